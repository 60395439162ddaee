import 'd3-transition';
import { select } from 'd3-selection';
import { zoom as d3Zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM } from '../../config';
import { boundsOfZones, type Bounds } from '../../geo/bounds';
import { round } from '../../geo/round';
import type { AppStore, Camera } from '../../state/appState';
import { FOCUS_MAX_ZOOM, framePadding, prefersReducedMotion } from '../framing';
import type { CameraTarget, MapController, MoveOptions } from '../types';
import { cameraForBounds, scaleBetween } from './projection';
import type { SvgMap } from './svgMap';
import { mountSvgControls } from './svgControls';

const MOVE_MS = 750;
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
    const padding = options.padding ?? framePadding(svg);
    return moveTo(cameraForBounds(box, map.size(), padding, FOCUS_MAX_ZOOM, MIN_ZOOM));
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
    flyTo: (camera: CameraTarget) => moveTo(camera),
    reset: () => fit(opening),
    renderImage: (size) => import('./svgImage').then((module) => module.renderSvgMapImage(map, size)),
    destroy() {
      destroyed = true;
      selection.interrupt().on('.zoom', null);
      svg.removeEventListener('keydown', onKey);
      unsubscribe();
      removeControls();
    },
  };
  const removeControls = mountSvgControls(svg, store, {
    zoomIn: () => behaviour.scaleBy(selection.transition().duration(200), 2),
    zoomOut: () => behaviour.scaleBy(selection.transition().duration(200), 0.5),
    reset: () => void controller.reset(),
  });
  // As with MapLibre, choosing a zone anywhere frames it on the map.
  const unsubscribe = store.select(
    (state) => state.selectedId,
    (selected) => {
      if (selected !== null) void controller.fitZones([selected]);
    },
  );
  return controller;
}
