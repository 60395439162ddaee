import type { Map as MapLibreMap } from 'maplibre-gl';

/** A hidden map that has not drawn in this long has failed (a tile server that never answers). */
const TIMEOUT_MS = 30_000;

export interface DrawnOptions {
  /** Run at the map's `load` (the map is still loading); the wait is then for the `idle` after it. */
  onLoad?: () => void;
  /** Run once the listeners are on (a move, or a repaint asked for a picture that changes nothing). */
  start?: () => void;
  /** The message of the timeout's error: what took too long. */
  tooLong: string;
}

/**
 * Resolves at the hidden map's next `idle` (after its `load` with `onLoad`): everything requested is
 * drawn. Rejects when the style fails to load, or after TIMEOUT_MS. Shared by the map image and the
 * video's frames.
 */
export function drawn(map: MapLibreMap, { onLoad, start, tooLong }: DrawnOptions): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    // A style that fails to load never fires 'load'; a tile that fails later still ends in 'idle'.
    const onError = (event: { error: unknown }) => {
      if (map.loaded()) return;
      finish();
      reject(event.error instanceof Error ? event.error : new Error(String(event.error)));
    };
    const finish = () => {
      clearTimeout(timer);
      map.off('error', onError);
    };
    const timer = setTimeout(() => {
      finish();
      reject(new Error(tooLong));
    }, TIMEOUT_MS);
    const done = () => {
      finish();
      resolve();
    };
    map.on('error', onError);
    if (onLoad) {
      map.once('load', () => {
        onLoad();
        map.once('idle', done);
      });
    } else map.once('idle', done);
    start?.();
  });
}
