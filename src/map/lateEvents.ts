/** What the map tells the page: its first complete frame, and what failed. */
export interface MapEvents {
  /** The map has drawn its first complete frame. */
  onReady(): void;
  /** A tile, source or image failed (or the engine: see firstFrameWatch.ts); the map keeps working. */
  onError(error: { message: string }): void;
  /** The bundled basemap (roads, rivers, districts) failed; the zones are drawn without it. */
  onBasemapError(error: { message: string }): void;
  /** The online basemap failed and the bundled one has taken its place (basemapFallback.ts). */
  onBasemapFallback(): void;
}

/** What the page hands the map once its code and the zones have arrived. */
export interface MapConnection extends MapEvents {
  /** Settles once the panels that may cover the map (an embed's details) have mounted. */
  panelsMounted: Promise<void>;
}

/**
 * The map is made before the page's code that listens to it has arrived (main.ts): its events wait,
 * in order, until `connect` hands over the page's listeners, which then hear them at once (a map may
 * well have drawn, or failed, before the app's chunk arrived).
 */
export function lateEvents(): { events: MapEvents; panelsMounted: Promise<void>; connect(to: MapConnection): void } {
  const waiting: ((to: MapEvents) => void)[] = [];
  let connected: MapEvents | null = null;
  let panelsMounted: (mounted: Promise<void>) => void = () => {};
  const deliver = (event: (to: MapEvents) => void) => (connected ? event(connected) : waiting.push(event));
  return {
    events: {
      onReady: () => deliver((to) => to.onReady()),
      onError: (error) => deliver((to) => to.onError(error)),
      onBasemapError: (error) => deliver((to) => to.onBasemapError(error)),
      onBasemapFallback: () => deliver((to) => to.onBasemapFallback()),
    },
    panelsMounted: new Promise<Promise<void>>((resolve) => (panelsMounted = resolve)).then((mounted) => mounted),
    connect(to) {
      if (connected) return;
      connected = to;
      panelsMounted(to.panelsMounted);
      waiting.splice(0).forEach((event) => event(to));
    },
  };
}
