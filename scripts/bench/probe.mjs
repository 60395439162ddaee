// Code that runs inside the page (passed to page.addInitScript / page.evaluate). Times are the page's
// performance.now(): milliseconds since navigation started.

/**
 * Installed before any page script: records `firstZones` (the end of the first MapLibre frame in which
 * queryRenderedFeatures finds the zone layers), `firstSvg` (the first animation frame in which the SVG
 * map's zones exist) and every long task (> 50 ms) of the main thread.
 * @param {{ mapGlobal: 'atlas' | 'baseline', zoneLayers: string[], svgSelector: string }} config
 */
export function installProbe(config) {
  const bench = { firstZones: null, firstSvg: null, longTasks: [] };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    bench.longTasks = null;
  }
  let hooked = false;
  const tick = () => {
    if (bench.firstSvg === null && document.querySelector(config.svgSelector)) bench.firstSvg = performance.now();
    const map = window[config.mapGlobal]?.map;
    if (map && !hooked) {
      hooked = true;
      const subscription = map.on('render', () => {
        if (bench.firstZones !== null) return;
        try {
          const layers = config.zoneLayers.filter((id) => map.getLayer(id));
          if (layers.length && map.queryRenderedFeatures({ layers }).length > 0) {
            bench.firstZones = performance.now();
            subscription.unsubscribe();
          }
        } catch {
          // The style is not loaded yet.
        }
      });
    }
    if (performance.now() < 60_000 && (bench.firstZones === null || bench.firstSvg === null)) {
      requestAnimationFrame(tick);
    }
  };
  requestAnimationFrame(tick);
}

/** The longest main-thread task that started at or after `since` (ms), or 0 when none passed 50 ms. */
export function longestTaskSince(since) {
  const tasks = window.__bench?.longTasks;
  if (!tasks) return null;
  return tasks.filter(([start]) => start >= since).reduce((max, [, duration]) => Math.max(max, duration), 0);
}

/** Resolves when the map has nothing left to draw (at once if it is already idle). */
export function mapIdle(mapGlobal) {
  const map = window[mapGlobal].map;
  return new Promise((resolve) => {
    if (map.loaded() && !map.isMoving()) requestAnimationFrame(() => resolve());
    else map.once('idle', () => resolve());
  });
}
