import 'd3-transition';
import { select, type Selection } from 'd3-selection';
import { zoom as d3Zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { DEFAULT_VIEW, MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM } from '../../config';
import { boundsOfZones, type Bounds } from '../../geo/bounds';
import type { AppStore, Camera } from '../../state/appState';
import type { ImageSize, MapImage } from '../../export/frame';
import { offsetFor, paddingAround } from '../coverPadding';
import { coveringBoxes, FOCUS_MAX_ZOOM, prefersReducedMotion, visiblePadding } from '../framing';
import type { CameraTarget, ImageView, MapController, MoveOptions } from '../types';
import { boundsInView, cameraForBounds, sameCamera, scaleBetween } from './projection';
import { openingFrame } from './openingFrame';
import type { SvgMap } from './svgMap';
import { mountSvgControls } from './svgControls';
import { isCooperative, shareGesturesWithPage, takesGesture, type GestureEvent } from './svgGestures';
import { centreFor, keyMove, restingView, transformFor, wheelDelta } from './svgZoomModel';

const MOVE_MS = 750;
const KEY_ZOOM_MS = 200;
/** How close to the map's edge (or a box over it) `keepInView`'s zones may come, px. */
const KEEP_IN_VIEW_MARGIN = 12;

/**
 * The SVG map as the whole map (no WebGL2): d3-zoom for wheel, drag, pinch, double-click, buttons and
 * keys, and the MapController contract for everything else, so panels, links and charts behave as
 * they do with MapLibre. Loaded only when it is needed.
 */
class SvgController implements MapController {
  private readonly svg: SVGSVGElement;
  private readonly selection: Selection<SVGSVGElement, unknown, null, undefined>;
  private readonly behaviour: ZoomBehavior<SVGSVGElement, unknown>;
  private readonly cleanups: (() => void)[] = [];
  private destroyed = false;
  /** Moves asked for so far: choosing a zone frames it only when no other move was asked for meanwhile. */
  private movesStarted = 0;

  constructor(
    private readonly map: SvgMap,
    private readonly store: AppStore,
    private readonly bounds: ReadonlyMap<string, Bounds>,
    private readonly opening: Bounds,
  ) {
    this.svg = map.element;
    this.selection = select(this.svg);
    this.behaviour = this.zoomBehaviour();
    // Embedded, the map shares the wheel and one-finger touches with the host page (svgGestures.ts).
    this.cleanups.push(shareGesturesWithPage(this.svg, store));
    this.selection.call(this.behaviour);
    this.svg.setAttribute('tabindex', '0');
    this.svg.addEventListener('keydown', this.onKey);
    this.cleanups.push(
      () => this.svg.removeEventListener('keydown', this.onKey),
      mountSvgControls(this.svg, store, {
        zoomIn: () => this.zoomBy(2),
        zoomOut: () => this.zoomBy(0.5),
        reset: () => void this.reset(),
      }),
      this.frameEachChoice(),
    );
    this.keepBoxesClear();
  }

  fitZones(ids: readonly string[], options?: MoveOptions): Promise<void> {
    this.movesStarted++;
    return this.fit(boundsOfZones(this.bounds, ids), options);
  }

  /**
   * As MapLibre's controller: the camera's centre in the middle of the room the boxes over the map
   * leave, unless that would hide one of `keepInView`'s zones, which are then fitted.
   */
  flyTo(camera: CameraTarget, options: MoveOptions = {}): Promise<void> {
    this.movesStarted++;
    const offset = offsetFor(visiblePadding(this.svg, options.padding));
    const keep = boundsOfZones(this.bounds, options.keepInView ?? []);
    if (keep && !this.shows(keep, { bearing: 0, ...camera }, offset)) return this.fit(keep, options);
    return this.moveTo({ center: centreFor(camera.center, camera.zoom, offset), zoom: camera.zoom });
  }

  reset(): Promise<void> {
    this.movesStarted++;
    return this.fit(this.opening, { padding: openingFrame(this.svg, null, this.bounds, this.opening).padding });
  }

  renderImage(size: ImageSize, view?: ImageView): Promise<MapImage> {
    // The SVG map draws what it shows; another view (a tour scene) would need a second drawing.
    if (view) return Promise.reject(new Error('The map without WebGL can draw only the view on screen'));
    return import('./svgImage.lazy').then((module) => module.renderSvgMapImage(this.map, size));
  }

  destroy(): void {
    this.destroyed = true;
    this.selection.interrupt().on('.zoom', null);
    this.cleanups.splice(0).forEach((cleanup) => cleanup());
  }

  /** d3-zoom, limited as MapLibre is: its zoom range, and no panning past the Beijing region. */
  private zoomBehaviour(): ZoomBehavior<SVGSVGElement, unknown> {
    const { map, store } = this;
    const base = map.baseCamera().zoom;
    const [[west, south], [east, north]] = MAX_BOUNDS;
    return d3Zoom<SVGSVGElement, unknown>()
      .on('zoom', (event: { transform: ZoomTransform }) => map.setTransform(event.transform))
      .on('end', () => store.update({ view: restingView(map.camera()) }))
      .scaleExtent([scaleBetween(base, MIN_ZOOM), scaleBetween(base, MAX_ZOOM)])
      .translateExtent([map.projection()([west, north]), map.projection()([east, south])])
      .filter((event: GestureEvent) => takesGesture(event, isCooperative(store)))
      .wheelDelta((event: WheelEvent) => wheelDelta(event, isCooperative(store)));
  }

  /** The d3-zoom transform that shows `camera`, relative to the drawing. */
  private transformFor(camera: Pick<Camera, 'center' | 'zoom'>): ZoomTransform {
    const { k, x, y } = transformFor(camera, this.map.baseCamera().zoom, this.map.projection(), this.map.size());
    return zoomIdentity.translate(x, y).scale(k);
  }

  /** Every move: a transition that settles its promise at its end, or when another move interrupts it. */
  private moveTo(camera: Pick<Camera, 'center' | 'zoom'>, jump = false): Promise<void> {
    if (this.destroyed) return Promise.resolve();
    const target = this.transformFor(camera);
    if (jump || prefersReducedMotion()) {
      this.selection.interrupt().call(this.behaviour.transform, target);
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      this.selection
        .transition()
        .duration(MOVE_MS)
        .call(this.behaviour.transform, target)
        .on('end interrupt', () => resolve());
    });
  }

  private fit(box: Bounds | null, options: MoveOptions = {}): Promise<void> {
    if (!box) return Promise.resolve();
    return this.moveTo(this.cameraFor(box, options.padding), options.jump);
  }

  private cameraFor(box: Bounds, padding?: MoveOptions['padding']): Camera {
    return cameraForBounds(box, this.map.size(), visiblePadding(this.svg, padding), FOCUS_MAX_ZOOM, MIN_ZOOM);
  }

  /** Whether `camera`, moved by `offset`, shows `box` clear of the boxes over the map. */
  private shows(box: Bounds, camera: Camera, offset: [number, number]): boolean {
    const margins = paddingAround(this.svg.getBoundingClientRect(), coveringBoxes(this.svg), KEEP_IN_VIEW_MARGIN);
    return boundsInView(box, camera, this.map.size(), offset, margins);
  }

  private zoomBy(factor: number): void {
    this.behaviour.scaleBy(this.selection.transition().duration(KEY_ZOOM_MS), factor);
  }

  private readonly onKey = (event: KeyboardEvent) => {
    const move = keyMove(event.key);
    if (!move) return;
    event.preventDefault();
    if ('scaleBy' in move) this.zoomBy(move.scaleBy);
    else {
      const { k } = this.map.transform();
      this.behaviour.translateBy(this.selection, move.panBy[0] / k, move.panBy[1] / k);
    }
  };

  /**
   * As with MapLibre, choosing a zone anywhere frames it on the map: once the details it opens are on
   * screen (after the store's other listeners), unless a move was asked for meanwhile (a tour scene).
   */
  private frameEachChoice(): () => void {
    return this.store.select(
      (state) => state.selectedId,
      (selected) => {
        if (selected === null) return;
        const before = this.movesStarted;
        queueMicrotask(() => {
          if (this.movesStarted === before && this.store.get().selectedId === selected) void this.fitZones([selected]);
        });
      },
    );
  }

  /** The drawing was framed before the panels existed: keep the side of a box over the map clear. */
  private keepBoxesClear(): void {
    const { view, selectedId } = this.store.get();
    if (!sameCamera(view, DEFAULT_VIEW) || coveringBoxes(this.svg).length === 0) return;
    const { box, padding } = openingFrame(this.svg, selectedId, this.bounds, this.opening);
    this.selection.call(this.behaviour.transform, this.transformFor(this.cameraFor(box, padding)));
  }
}

export function createSvgController(
  map: SvgMap,
  store: AppStore,
  bounds: ReadonlyMap<string, Bounds>,
  opening: Bounds,
): MapController {
  return new SvgController(map, store, bounds, opening);
}
