import turfBbox from '@turf/bbox';
import type { Map as MapLibreMap, VectorTileSource } from 'maplibre-gl';
import type { Bounds } from '../geo/bounds';
import { packedBounds, packedPlace } from '../import/packed';
import type { UserFeature } from '../import/types';
import type { AppStore } from '../state/appState';
import { isUserFeatureId } from '../state/userFeatures';
import { USER_OUTLINE_LAYERS, USER_SOURCE, userOutlineMinZoom, userTileUrl } from './style/userLayers';
import { registerUserTiles } from './userTiles';

/** A feature's box: the pack's, computed by the import worker, or measured here for a feature not packed. */
function boundsOf(feature: UserFeature): Bounds {
  const place = packedPlace(feature);
  return place ? packedBounds(place.pack, place.index) : (turfBbox(feature.geometry).slice(0, 4) as Bounds);
}

/**
 * Keeps the imported features' source in step with the store (an import or a remove is a new tile URL,
 * so MapLibre drops its tiles and asks for new ones; hover and selection never are, they go through
 * feature-state in sync.ts), and their boxes in the map's table of bounds, so selecting one frames it as
 * selecting a zone does. The tiles are cut off the page (userTiles.ts): the page hands MapLibre one
 * tile's bytes at a time, never the features' GeoJSON.
 */
export function syncUserFeatures(map: MapLibreMap, store: AppStore, bounds: Map<string, Bounds>): () => void {
  registerUserTiles();
  const apply = () => {
    const { userFeatures } = store.get();
    for (const id of [...bounds.keys()]) if (isUserFeatureId(id)) bounds.delete(id);
    for (const feature of userFeatures) bounds.set(feature.id, boundsOf(feature));
    const url = userTileUrl(userFeatures);
    // The source's options, not its `tiles`, which it sets only once it has loaded (a frame later).
    const source = map.getSource<VectorTileSource>(USER_SOURCE);
    if (source && (source.serialize() as { tiles?: string[] }).tiles?.[0] !== url) source.setTiles([url]);
    const minzoom = userOutlineMinZoom(userFeatures.length);
    for (const id of USER_OUTLINE_LAYERS) if (map.getLayer(id)) map.setLayerZoomRange(id, minzoom, 24);
  };
  apply();
  // Features restored before the style had loaded: the style was built with the list of then.
  map.on('style.load', apply);
  const stop = store.select((state) => state.userFeatures, apply);
  return () => {
    stop();
    map.off('style.load', apply);
  };
}
