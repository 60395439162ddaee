import turfBbox from '@turf/bbox';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Bounds } from '../geo/bounds';
import { packedBounds, packedPlace } from '../import/packed';
import type { UserFeature } from '../import/types';
import type { AppStore } from '../state/appState';
import { isUserFeatureId } from '../state/userFeatures';
import { USER_OUTLINE_LAYERS, USER_SOURCE, userFeatureCollection, userOutlineMinZoom } from './style/userLayers';
import { userMapUrl } from './userData';

/** A feature's box: the pack's, computed by the import worker, or measured here for a feature not packed. */
function boundsOf(feature: UserFeature): Bounds {
  const place = packedPlace(feature);
  return place ? packedBounds(place.pack, place.index) : (turfBbox(feature.geometry).slice(0, 4) as Bounds);
}

/**
 * Whether MapLibre's worker can fetch a `blob:` URL of this page. Not from `file://` (the one-file
 * build): the page's origin is opaque there and the worker's fetch of `blob:null/…` fails. There the
 * source gets the features as objects (cloned to MapLibre's worker on the page's thread, as before).
 */
const WORKER_READS_BLOBS = typeof location === 'undefined' || location.protocol !== 'file:';

/**
 * Keeps the imported features' source in step with the store (an import or a remove is a data
 * change, so setData; hover and selection never are, they go through feature-state in sync.ts), and
 * their boxes in the map's table of bounds, so selecting one frames it as selecting a zone does. The
 * data goes as a `blob:` URL (src/map/userData.ts) that MapLibre's worker reads; the URLs it no longer
 * needs are revoked when the map is next idle (every source loaded).
 */
export function syncUserFeatures(map: MapLibreMap, store: AppStore, bounds: Map<string, Bounds>): () => void {
  let current: string | null = null;
  const stale: string[] = [];
  const revokeStale = () => stale.splice(0).forEach((url) => URL.revokeObjectURL(url));
  const apply = () => {
    const { userFeatures } = store.get();
    for (const id of [...bounds.keys()]) if (isUserFeatureId(id)) bounds.delete(id);
    for (const feature of userFeatures) bounds.set(feature.id, boundsOf(feature));
    // Before the style has loaded, the style built from the state already holds them.
    const source = map.getSource<GeoJSONSource>(USER_SOURCE);
    if (source) {
      if (current) stale.push(current);
      current = WORKER_READS_BLOBS && userFeatures.length > 0 ? userMapUrl(userFeatures) : null;
      source.setData(current ?? userFeatureCollection(userFeatures));
    }
    const minzoom = userOutlineMinZoom(userFeatures.length);
    for (const id of USER_OUTLINE_LAYERS) if (map.getLayer(id)) map.setLayerZoomRange(id, minzoom, 24);
  };
  apply();
  map.on('idle', revokeStale);
  const stop = store.select((state) => state.userFeatures, apply);
  return () => {
    stop();
    map.off('idle', revokeStale);
    revokeStale();
    if (current) URL.revokeObjectURL(current);
  };
}
