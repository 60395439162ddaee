import type { Map as MapLibreMap } from 'maplibre-gl';
import { boundsOfZones, type Bounds } from '../geo/bounds';
import { createCameraMoves, type CameraHost } from './cameraMoves';
import { framePadding, prefersReducedMotion } from './framing';
import type { PlannerMap } from './plannerTypes';
import type { MapController, MoveOptions } from './types';

/**
 * The MapLibre implementation of MapController: the only code that moves the camera for the app.
 * `bounds` are the zones' boxes and `opening` the box the opening view frames; `selectedId` names the
 * zone an exported image highlights.
 */
export function createMapController(
  map: MapLibreMap,
  bounds: ReadonlyMap<string, Bounds>,
  opening: Bounds,
  selectedId: () => string | null = () => null,
): MapController {
  // MapLibre's option types are richer than CameraHost's plain records; the calls are the same.
  const moves = createCameraMoves(map as unknown as CameraHost);
  const style = (options: MoveOptions = {}) => ({
    // MapLibre already jumps under prefers-reduced-motion; saying so here keeps the intent visible.
    animate: !prefersReducedMotion(),
    padding: options.padding ?? framePadding(map.getContainer()),
  });
  let destroyed = false;
  let planner: Promise<PlannerMap> | null = null;

  return {
    fitZones(ids, options) {
      const box = boundsOfZones(bounds, ids);
      return box && !destroyed ? moves.fitBounds(box, style(options)) : Promise.resolve();
    },
    flyTo(camera, options) {
      return destroyed ? Promise.resolve() : moves.flyTo(camera, style(options));
    },
    reset() {
      return destroyed ? Promise.resolve() : moves.fitBounds(opening, style(), { bearing: 0, pitch: 0 });
    },
    planner() {
      // The tools' code is its own chunk, fetched when a tool is first used.
      planner ??= import('./planner/plannerMap').then((module) => module.createPlannerMap(map));
      return planner;
    },
    renderImage(size) {
      if (destroyed) return Promise.reject(new Error('The map has been removed'));
      // Its own chunk: the first export pays for it, the first frame does not.
      return import('./offscreenImage').then((module) => module.renderMapImage(map, size, selectedId()));
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      moves.settle();
      map.remove();
    },
  };
}
