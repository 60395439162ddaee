import type { Map as MapLibreMap } from 'maplibre-gl';
import { boundsOfZones, outsideMap, type Bounds } from '../geo/bounds';
import { createCameraMoves, type CameraHost } from './cameraMoves';
import { offsetFor, paddingAround } from './coverPadding';
import { coveringBoxes, visiblePadding, prefersReducedMotion } from './framing';
import { openingFrame } from './svg/openingFrame';
import { boundsInView } from './svg/projection';
import type { PlannerMap } from './plannerTypes';
import type { CameraTarget, MapController, MoveOptions } from './types';

/** How close to the map's edge (or a box over it) a scene's zones may come before it is refitted, px. */
const KEEP_IN_VIEW_MARGIN = 12;

/** A box that is never outside the map: unknown ids stay in the list (and are skipped later). */
const MAP_ANYWHERE: Bounds = [-180, -90, 180, 90];

/** The controller, plus what the map's own store sync needs: the count of moves started so far. */
export type MapLibreController = MapController & { movesStarted(): number };

/**
 * The MapLibre implementation of MapController: the only code that moves the camera for the app.
 * `bounds` are the zones' boxes and `opening` the box the opening view frames; `selectedId` and
 * `highlightedIds` name the zones an exported image highlights.
 */
export function createMapController(
  map: MapLibreMap,
  bounds: ReadonlyMap<string, Bounds>,
  opening: Bounds,
  selectedId: () => string | null = () => null,
  highlightedIds: () => readonly string[] = () => [],
): MapLibreController {
  // MapLibre's option types are richer than CameraHost's plain records; the calls are the same.
  const moves = createCameraMoves(map as unknown as CameraHost);
  const container = map.getContainer();
  const style = (options: MoveOptions = {}) => ({
    // MapLibre already jumps under prefers-reduced-motion; saying so here keeps the intent visible.
    animate: !options.jump && !prefersReducedMotion(),
    padding: visiblePadding(container, options.padding),
  });
  /** Whether `camera` shows every zone of `ids` clear of the boxes over the map (a small margin left). */
  const showsZones = (camera: CameraTarget, ids: readonly string[], offset: [number, number]) => {
    const box = boundsOfZones(bounds, ids);
    if (!box) return true;
    const rect = container.getBoundingClientRect();
    const margins = paddingAround(rect, coveringBoxes(container), KEEP_IN_VIEW_MARGIN);
    const size = { width: container.clientWidth, height: container.clientHeight };
    return boundsInView(box, { bearing: 0, ...camera }, size, offset, margins);
  };
  let destroyed = false;
  let planner: Promise<PlannerMap> | null = null;

  return {
    fitZones(ids, options) {
      // A site the map cannot show (imported from Shanghai) is not framed: the camera would stop at
      // Beijing's edge over empty ground. The import offers to lay it over Beijing instead.
      const box = boundsOfZones(
        bounds,
        ids.filter((id) => !outsideMap(bounds.get(id) ?? MAP_ANYWHERE)),
      );
      return box && !destroyed ? moves.fitBounds(box, style(options)) : Promise.resolve();
    },
    flyTo(camera, options = {}) {
      if (destroyed) return Promise.resolve();
      const move = style(options);
      const keep = options.keepInView ?? [];
      if (keep.length > 0 && !showsZones(camera, keep, offsetFor(move.padding))) {
        // The camera would hide part of what the move is about: frame it instead, turned as asked.
        const box = boundsOfZones(bounds, keep)!;
        return moves.fitBounds(box, move, { bearing: camera.bearing ?? 0, pitch: camera.pitch ?? 0 });
      }
      return moves.flyTo(camera, move);
    },
    reset() {
      if (destroyed) return Promise.resolve();
      const { padding } = openingFrame(container, null, bounds, opening);
      return moves.fitBounds(opening, style({ padding }), { bearing: 0, pitch: 0 });
    },
    planner() {
      // The tools' code is its own chunk, fetched when a tool is first used.
      planner ??= import('./planner/plannerMap.lazy').then((module) => module.createPlannerMap(map));
      return planner;
    },
    renderImage(size, view) {
      if (destroyed) return Promise.reject(new Error('The map has been removed'));
      // Its own chunk: the first export pays for it, the first frame does not.
      return import('./image/offscreenImage.lazy').then((module) =>
        module.renderMapImage(map, size, view ?? { selectedId: selectedId(), highlightedIds: highlightedIds() }),
      );
    },
    frameMap(size) {
      if (destroyed) return Promise.reject(new Error('The map has been removed'));
      // Its own chunk, loaded when a video is first made.
      return import('./image/frameMap.lazy').then((module) => module.createFrameMap(map, size));
    },
    movesStarted: moves.started,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      moves.settle();
      map.remove();
    },
  };
}
