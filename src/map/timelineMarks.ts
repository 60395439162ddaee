import type { Map as MapLibreMap } from 'maplibre-gl';
import { SOURCES } from './style/style';

/**
 * Marks on the page's timeline (performance.mark), read by the benchmark (scripts/bench/probe.mjs; its
 * bare MapLibre page makes the same): the first frame MapLibre drew with the zones' data loaded, and its
 * first idle (every source loaded, nothing left to place or fade in).
 */
export function markFirstFrames(map: MapLibreMap): void {
  const zonesFrame = () => {
    if (!map.getSource(SOURCES.zones) || !map.isSourceLoaded(SOURCES.zones)) return;
    performance.mark('map:zones-drawn');
    map.off('render', zonesFrame);
  };
  map.on('render', zonesFrame);
  map.once('idle', () => performance.mark('map:idle'));
}
