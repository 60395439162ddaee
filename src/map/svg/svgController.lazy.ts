import 'd3-transition';
import { select } from 'd3-selection';
import { zoom as d3Zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { DEFAULT_VIEW, MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM } from '../../config';
import { boundsOfZones, type Bounds } from '../../geo/bounds';
import { round } from '../../geo/round';
import type { AppStore, Camera } from '../../state/appState';
import { offsetFor, paddingAround } from '../coverPadding';
import { coveringBoxes, FOCUS_MAX_ZOOM, prefersReducedMotion, visiblePadding } from '../framing';
import type { CameraTarget, MapController, MoveOptions } from '../types';
import { boundsInView, cameraForBounds, fromMercator, scaleBetween, toMercator, TILE_SIZE } from './projection';
import type { SvgMap } from './svgMap';
import { mountSvgControls } from './svgControls';
import { mountGestureHint, takesGesture, type GestureEvent } from './svgGestures';

const MOVE_MS = 750;

const sameCamera = (a: Camera, b: Camera) =>
  a.center[0] === b.center[0] && a.center[1] === b.center[1] && a.zoom === b.zoom && a.bearing === b.bearing;
const KEY_PAN_PX = 80;

/**
 * The SVG map as the whole map (no WebGL2): d3-zoom for wheel, drag, pinch, double-click, buttons and
 * keys, and the MapController contract for everything else, so panels, links and charts behave as
 * they do with MapLibre. Loaded only when it is needed.
 */
export function createSvgController(
  map: SvgMap,
  store: AppStore,
  bounds: ReadonlyMap<string, Bounds>,
  opening: Bounds,
): MapController {
  const svg = map.element;
  const selection = select(svg);
  let destroyed = false;

  const behaviour: ZoomBehavior<SVGSVGElement, unknown> = d3Zoom<SVGSVGElement, unknown>()
    .on('zoom', (event: { transform: ZoomTransform }) => map.setTransform(event.transform))
    .on('end', () => {
      const { center, zoom, bearing } = map.camera();
      store.update({ view: { center: [round(center[0], 6), round(center[1], 6)], zoom: round(zoom, 4), bearing } });
    });

  /** Limits from the drawing's camera: MapLibre's zoom range, and no panning past the Beijing region. */
  const applyLimits = () => {
    const base = map.baseCamera().zoom;
    const project = map.projection();
    const [[west, south], [east, north]] = MAX_BOUNDS;
    const topLeft = project([west, north]);
    const bottomRight = project([east, south]);
    behaviour.scaleExtent([scaleBetween(base, MIN_ZOOM), scaleBetween(base, MAX_ZOOM)]);
    behaviour.translateExtent([topLeft, bottomRight]);
  };
  applyLimits();
  // Embedded, the map shares the wheel and one-finger touches with the host page (svgGestures.ts).
  const cooperative = () => store.get().embed && !store.get().fullScreen;
  behaviour.filter((event: GestureEvent) => takesGesture(event, cooperative()));
  // d3-zoom's own wheel step, except that it multiplies Ctrl + wheel by 10 (a trackpad pinch): with
  // cooperative gestures every zooming wheel holds Ctrl, and a mouse notch would zoom ten levels.
  behaviour.wheelDelta(
    (event: WheelEvent) =>
      -event.deltaY *
      (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002) *
      (event.ctrlKey && !cooperative() ? 10 : 1),
  );
  const hint = mountGestureHint(svg, store);
  const leftToPage = (event: WheelEvent | TouchEvent) => {
    if (!cooperative()) return;
    if (event instanceof WheelEvent && !event.ctrlKey && !event.metaKey) hint.show('wheel');
    else if (!(event instanceof WheelEvent) && event.touches.length === 1) hint.show('touch');
  };
  svg.addEventListener('wheel', leftToPage, { passive: true });
  svg.addEventListener('touchstart', leftToPage, { passive: true });
  const applyTouchAction = () => svg.classList.toggle('is-cooperative', cooperative());
  applyTouchAction();
  const stopTouchAction = store.select((state) => [state.embed, state.fullScreen], applyTouchAction);
  selection.call(behaviour);
  svg.setAttribute('tabindex', '0');

  /** The d3-zoom transform that shows `camera`, relative to the drawing. */
  const transformFor = (camera: Pick<Camera, 'center' | 'zoom'>) => {
    const k = scaleBetween(map.baseCamera().zoom, camera.zoom);
    const [x, y] = map.projection()(camera.center);
    const { width, height } = map.size();
    return zoomIdentity.translate(width / 2 - k * x, height / 2 - k * y).scale(k);
  };

  /** Every move: a transition that settles its promise at its end, or when another move interrupts it. */
  const moveTo = (camera: Pick<Camera, 'center' | 'zoom'>): Promise<void> => {
    if (destroyed) return Promise.resolve();
    const target = transformFor(camera);
    if (prefersReducedMotion()) {
      selection.interrupt().call(behaviour.transform, target);
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      selection
        .transition()
        .duration(MOVE_MS)
        .call(behaviour.transform, target)
        .on('end interrupt', () => resolve());
    });
  };

  const fit = (box: Bounds | null, options: MoveOptions = {}) => {
    if (!box) return Promise.resolve();
    const padding = visiblePadding(svg, options.padding);
    return moveTo(cameraForBounds(box, map.size(), padding, FOCUS_MAX_ZOOM, MIN_ZOOM));
  };

  /**
   * As MapLibre's controller: the camera's centre in the middle of the room the boxes over the map
   * leave, unless that would hide one of `keepInView`'s zones, which are then fitted.
   */
  const flyTo = (camera: CameraTarget, options: MoveOptions = {}) => {
    const offset = offsetFor(visiblePadding(svg, options.padding));
    const keep = boundsOfZones(bounds, options.keepInView ?? []);
    if (keep) {
      const margins = paddingAround(svg.getBoundingClientRect(), coveringBoxes(svg), 12);
      if (!boundsInView(keep, { bearing: 0, ...camera }, map.size(), offset, margins)) return fit(keep, options);
    }
    // The point shown at the centre of the map, so that camera.center lands `offset` away from it.
    const world = TILE_SIZE * 2 ** camera.zoom;
    const [x, y] = toMercator(camera.center);
    return moveTo({ center: fromMercator([x - offset[0] / world, y - offset[1] / world]), zoom: camera.zoom });
  };

  const onKey = (event: KeyboardEvent) => {
    const moves: Record<string, () => void> = {
      '+': () => behaviour.scaleBy(selection.transition().duration(200), 2),
      '=': () => behaviour.scaleBy(selection.transition().duration(200), 2),
      '-': () => behaviour.scaleBy(selection.transition().duration(200), 0.5),
      ArrowLeft: () => behaviour.translateBy(selection, KEY_PAN_PX / map.transform().k, 0),
      ArrowRight: () => behaviour.translateBy(selection, -KEY_PAN_PX / map.transform().k, 0),
      ArrowUp: () => behaviour.translateBy(selection, 0, KEY_PAN_PX / map.transform().k),
      ArrowDown: () => behaviour.translateBy(selection, 0, -KEY_PAN_PX / map.transform().k),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  };
  svg.addEventListener('keydown', onKey);

  const controller: MapController = {
    fitZones: (ids, options) => fit(boundsOfZones(bounds, ids), options),
    flyTo,
    reset: () => fit(opening),
    renderImage: (size) => import('./svgImage.lazy').then((module) => module.renderSvgMapImage(map, size)),
    destroy() {
      destroyed = true;
      selection.interrupt().on('.zoom', null);
      svg.removeEventListener('keydown', onKey);
      svg.removeEventListener('wheel', leftToPage);
      svg.removeEventListener('touchstart', leftToPage);
      hint.remove();
      stopTouchAction();
      unsubscribe();
      removeControls();
    },
  };
  const removeControls = mountSvgControls(svg, store, {
    zoomIn: () => behaviour.scaleBy(selection.transition().duration(200), 2),
    zoomOut: () => behaviour.scaleBy(selection.transition().duration(200), 0.5),
    reset: () => void controller.reset(),
  });
  // As with MapLibre, choosing a zone anywhere frames it on the map: once the details it opens are on
  // screen (after the store's other listeners), unless a move was asked for meanwhile (a tour scene).
  let movesStarted = 0;
  const counted =
    <A extends unknown[]>(move: (...args: A) => Promise<void>) =>
    (...args: A) => {
      movesStarted++;
      return move(...args);
    };
  controller.fitZones = counted(controller.fitZones);
  controller.flyTo = counted(controller.flyTo);
  controller.reset = counted(controller.reset);
  const unsubscribe = store.select(
    (state) => state.selectedId,
    (selected) => {
      if (selected === null) return;
      const before = movesStarted;
      queueMicrotask(() => {
        if (movesStarted === before && store.get().selectedId === selected) void controller.fitZones([selected]);
      });
    },
  );
  // The drawing was framed before the panels existed: keep the side of a box over the map clear.
  const { view, selectedId } = store.get();
  if (sameCamera(view, DEFAULT_VIEW) && coveringBoxes(svg).length > 0) {
    const box = (selectedId !== null && bounds.get(selectedId)) || opening;
    selection.call(
      behaviour.transform,
      transformFor(cameraForBounds(box, map.size(), visiblePadding(svg), FOCUS_MAX_ZOOM, MIN_ZOOM)),
    );
  }
  return controller;
}
