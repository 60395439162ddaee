import turfBbox from '@turf/bbox';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Bounds } from '../geo/bounds';
import type { AppStore } from '../state/appState';
import { isUserFeatureId } from '../state/userFeatures';
import { USER_OUTLINE_LAYERS, USER_SOURCE, userFeatureCollection, userOutlineMinZoom } from './style/userLayers';

/**
 * Keeps the imported features' source in step with the store (an import or a remove is a data
 * change, so setData; hover and selection never are, they go through feature-state in sync.ts), and
 * their boxes in the map's table of bounds, so selecting one frames it as selecting a zone does.
 */
export function syncUserFeatures(map: MapLibreMap, store: AppStore, bounds: Map<string, Bounds>): () => void {
  const apply = () => {
    const { userFeatures } = store.get();
    for (const id of [...bounds.keys()]) if (isUserFeatureId(id)) bounds.delete(id);
    for (const feature of userFeatures) bounds.set(feature.id, turfBbox(feature.geometry).slice(0, 4) as Bounds);
    // Before the style has loaded, the style built from the state already holds them.
    map.getSource<GeoJSONSource>(USER_SOURCE)?.setData(userFeatureCollection(userFeatures));
    const minzoom = userOutlineMinZoom(userFeatures.length);
    for (const id of USER_OUTLINE_LAYERS) if (map.getLayer(id)) map.setLayerZoomRange(id, minzoom, 24);
  };
  apply();
  return store.select((state) => state.userFeatures, apply);
}
