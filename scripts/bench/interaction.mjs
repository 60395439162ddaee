// Hover and select in the atlas, timed inside the page from the input event to the frame that shows it.
import { mapIdle } from './probe.mjs';
import { ATLAS_INTERACTIVE_LAYERS, ATLAS_ZONE_LAYERS, DETAILS, DETAILS_TITLE } from './selectors.mjs';

/** The map's camera and size, so the baseline can draw the same view on a canvas of the same size. */
export function atlasView(page) {
  return page.evaluate(() => {
    const { map } = window.atlas;
    const { lng, lat } = map.getCenter();
    const canvas = map.getCanvas();
    return { center: [lng, lat], zoom: map.getZoom(), width: canvas.clientWidth, height: canvas.clientHeight };
  });
}

/** Screen points (page coordinates) where a person would point at each zone on screen: its label point, if that zone is on top there. */
function zonePoints(page) {
  return page.evaluate(
    ({ fills, interactive }) => {
      const { map, metrics } = window.atlas;
      const box = map.getCanvas().getBoundingClientRect();
      const present = (ids) => ids.filter((id) => map.getLayer(id));
      const ids = new Set(map.queryRenderedFeatures({ layers: present(fills) }).map((f) => f.properties.id));
      const points = [];
      for (const id of ids) {
        const label = metrics.get(id)?.labelPoint;
        if (!label) continue;
        const p = map.project(label);
        if (p.x < 5 || p.y < 5 || p.x > box.width - 5 || p.y > box.height - 5) continue;
        const [top] = map.queryRenderedFeatures([p.x, p.y], { layers: present(interactive) });
        if (top?.properties.id === id) points.push({ id, x: box.left + p.x, y: box.top + p.y });
      }
      return points;
    },
    { fills: ATLAS_ZONE_LAYERS, interactive: ATLAS_INTERACTIVE_LAYERS },
  );
}

/**
 * Hover latency over `moves` pointer moves from zone to zone: from the mousemove event's timestamp to
 * the end of the first MapLibre frame drawn after the zone's feature-state says `hover`. Also `work`:
 * the same, from the moment the page was handed the event. Chromium hands mouse moves to the page at
 * the start of the next frame, so the latency holds a wait of up to a frame (16.7 ms at 60 Hz) that no
 * page code can shorten; `work` is the part that is the atlas's.
 */
export async function measureHover(page, moves = 200) {
  await page.evaluate(mapIdle, 'atlas');
  const points = await zonePoints(page);
  if (points.length < 2) return { latencies: [], zones: points.length };
  await page.evaluate(() => {
    const { map } = window.atlas;
    const probe = { expected: null, start: null, handled: null, latency: null, work: null };
    window.__hover = probe;
    window.addEventListener(
      'mousemove',
      (event) => {
        if (probe.expected !== null && probe.start === null) {
          probe.start = event.timeStamp;
          // When the page got to handle it: the browser hands mouse moves over at the start of a frame.
          probe.handled = performance.now();
        }
      },
      { capture: true },
    );
    map.on('render', () => {
      if (probe.start === null || probe.latency !== null) return;
      if (map.getFeatureState({ source: 'zones', id: probe.expected })?.hover) {
        probe.latency = performance.now() - probe.start;
        probe.work = performance.now() - probe.handled;
      }
    });
  });
  const latencies = [];
  const work = [];
  for (let move = 0; move < moves; move++) {
    const target = points[move % points.length];
    await page.evaluate(
      (id) => Object.assign(window.__hover, { expected: id, start: null, handled: null, latency: null, work: null }),
      target.id,
    );
    await page.mouse.move(target.x, target.y);
    const handle = await page
      .waitForFunction(() => window.__hover.latency, null, { timeout: 5_000, polling: 'raf' })
      .catch(() => null);
    if (handle) {
      latencies.push(await handle.jsonValue());
      work.push(await page.evaluate(() => window.__hover.work));
    }
  }
  await page.evaluate(() => Object.assign(window.__hover, { expected: null }));
  return { latencies, work, zones: points.length, missed: moves - latencies.length };
}

/**
 * Select → details: click a zone, time from the click event to the first animation frame in which the
 * details panel is shown with that zone's heading. Each click starts from the opening view, nothing selected.
 */
export async function measureSelect(page, view, clicks = 7) {
  const points = await zonePoints(page);
  const times = [];
  for (let click = 0; click < clicks && points.length; click++) {
    const target = points[click % points.length];
    await page.evaluate(
      async ({ view, id, details, title }) => {
        const { map, store } = window.atlas;
        store.update({ selectedId: null });
        map.jumpTo({ center: view.center, zoom: view.zoom });
        await new Promise((resolve) => setTimeout(resolve, 50));
        const probe = { start: null, shown: null };
        window.__select = probe;
        window.addEventListener('click', (event) => (probe.start ??= event.timeStamp), { capture: true, once: true });
        const check = () => {
          const panel = document.querySelector(details);
          const heading = document.querySelector(title);
          const visible = panel && !panel.hidden && panel.getBoundingClientRect().width > 0;
          if (probe.start !== null && visible && heading?.textContent && store.get().selectedId === id) {
            probe.shown = performance.now() - probe.start;
          } else if (performance.now() < 120_000) requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      },
      { view, id: target.id, details: DETAILS, title: DETAILS_TITLE },
    );
    await page.evaluate(mapIdle, 'atlas');
    await page.mouse.click(target.x, target.y);
    const handle = await page
      .waitForFunction(() => window.__select.shown, null, { timeout: 10_000, polling: 'raf' })
      .catch(() => null);
    if (handle) times.push(await handle.jsonValue());
  }
  // Back to the opening view with nothing selected, for what is measured next.
  await page.evaluate((view) => {
    window.atlas.store.update({ selectedId: null });
    window.atlas.map.jumpTo({ center: view.center, zoom: view.zoom });
  }, view);
  await page.evaluate(mapIdle, 'atlas');
  return times;
}
