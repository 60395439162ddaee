// Code that runs inside the page (passed to page.addInitScript / page.evaluate). Times are the page's
// performance.now(): milliseconds since navigation started.

/**
 * Installed before any page script: records `firstZones` (the end of the first MapLibre frame drawn
 * with the zones' data loaded), `wholeMap` (the first `idle` of the map, after every source has loaded,
 * with zones, basemap and, where the style has symbol layers, labels on screen),
 * `firstSvg` (the first animation frame in which the SVG map's zones exist), the WebGL programs linked
 * until then (`programs`) and every long task (> 50 ms) of the main thread.
 * @param {{ mapGlobal: 'atlas' | 'baseline', zoneLayers: string[], svgSelector: string }} config
 */
export function installProbe(config) {
  const bench = {
    firstZones: null,
    wholeMap: null,
    firstSvg: null,
    programs: 0,
    programsAtWholeMap: null,
    longTasks: [],
  };
  window.__bench = bench;
  // Both pages mark these frames as their map draws them (src/map/view.ts, bench/baseline/main.ts), so
  // a map the page exposes late (the atlas's, at its first idle) is timed at its frames, not at exposure.
  // A build from before the marks is timed as the probe sees it.
  const markAt = (name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? null;
  // Every program MapLibre links (it caches them by shader and paint-property configuration).
  if (typeof WebGL2RenderingContext !== 'undefined') {
    const link = WebGL2RenderingContext.prototype.linkProgram;
    WebGL2RenderingContext.prototype.linkProgram = function (program) {
      bench.programs++;
      return link.call(this, program);
    };
  }
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    bench.longTasks = null;
  }
  // `wholeMap`: the first `idle` (nothing left to load, place or fade in) at which every source of the
  // style is loaded and zones, basemap and labels are on screen. Nested: an init script is one
  // function's source.
  function watchWholeMap(map) {
    const drawn = (layers) => layers.length > 0 && map.queryRenderedFeatures({ layers }).length > 0;
    const check = () => {
      try {
        const style = map.getStyle();
        const sources = Object.keys(style.sources);
        if (!sources.every((id) => map.isSourceLoaded(id))) return;
        const ids = (test) => style.layers.filter(test).map((layer) => layer.id);
        const zones = config.zoneLayers.filter((id) => map.getLayer(id));
        const basemap = ids((layer) => layer.source === 'basemap' && layer.type !== 'symbol');
        const labels = ids((layer) => layer.type === 'symbol');
        if (drawn(zones) && drawn(basemap) && (labels.length === 0 || drawn(labels))) {
          // The first check may come after the map's first idle: the whole map was drawn then.
          bench.wholeMap = (firstCheck && markAt('map:idle')) || performance.now();
          bench.programsAtWholeMap = bench.programs;
          map.off('idle', check);
        }
      } catch {
        // The style is not loaded yet.
      }
    };
    let firstCheck = false;
    map.on('idle', check);
    // A map that was idle before the page exposed it (its first frame came before the app connected)
    // fires no 'idle' until something changes: checked at once.
    if (map.loaded() && !map.isMoving()) {
      firstCheck = true;
      check();
      firstCheck = false;
    }
  }

  let hooked = false;
  const tick = () => {
    if (bench.firstSvg === null && document.querySelector(config.svgSelector)) bench.firstSvg = performance.now();
    const map = window[config.mapGlobal]?.map;
    if (map && !hooked) {
      hooked = true;
      watchWholeMap(map);
      const zonesDrawn = () => {
        if (markAt('map:zones-drawn') !== null) return true;
        try {
          const layers = config.zoneLayers.filter((id) => map.getLayer(id));
          return layers.length > 0 && map.queryRenderedFeatures({ layers }).length > 0;
        } catch {
          // The style is not loaded yet.
          return false;
        }
      };
      // A map exposed only once it had drawn (the atlas sets window.atlas at its first complete frame,
      // which may come before the app connects to it) may render no more frames: taken as drawn now.
      const zonesAt = () => markAt('map:zones-drawn') ?? performance.now();
      if (zonesDrawn()) bench.firstZones = zonesAt();
      const subscription = map.on('render', () => {
        if (bench.firstZones === null && zonesDrawn()) bench.firstZones = zonesAt();
        if (bench.firstZones !== null) subscription.unsubscribe();
      });
      // The atlas exposes its map at its first `idle` (src/startMap.ts): a map that has nothing left to
      // draw then renders no more frames on its own, so it is asked for one, in which both are checked.
      map.triggerRepaint();
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
