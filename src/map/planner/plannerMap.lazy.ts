import type { GeoJSONSource, Map as MapLibreMap, MapLayerMouseEvent, MapLayerTouchEvent } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { LngLat, OverlayDragHandlers, OverlayDrawing, PlannerMap, PointPicker } from '../plannerTypes';
import { setPointerCaptured } from '../pointerCapture';
import { ensurePlannerLayers, MEASURE_SOURCE, OVERLAY_FILL_LAYER, OVERLAY_SOURCE } from './plannerLayers';

const toLngLat = ({ lng, lat }: { lng: number; lat: number }): LngLat => [lng, lat];

/**
 * The planner tools on a MapLibre map. Loaded on the first use of a tool (its own chunk). The tools'
 * drawings are GeoJSON sources updated with setData when a point is added or the overlay moves, which
 * is when their geometry changes; hover elsewhere still uses feature-state.
 */
export function createPlannerMap(map: MapLibreMap): PlannerMap {
  return new MapLibrePlannerMap(map);
}

class MapLibrePlannerMap implements PlannerMap {
  readonly keyTarget: HTMLElement;
  private readonly container: HTMLElement;
  /** The tools' drawings by source, set again whenever a style change has dropped the sources. */
  private readonly data = new Map<string, object | null>();

  constructor(private readonly map: MapLibreMap) {
    this.keyTarget = map.getCanvas();
    this.container = map.getCanvasContainer();
    if (map.isStyleLoaded()) this.ensure();
    else void map.once('load', () => this.ensure());
    map.on('styledata', () => {
      if (map.isStyleLoaded() && !map.getSource(OVERLAY_SOURCE)) this.ensure();
    });
  }

  centre(): LngLat {
    return toLngLat(this.map.unproject(this.middle()));
  }

  kmPerPixels(pixels: number): number {
    const [x, y] = this.middle();
    return this.map.unproject([x - pixels / 2, y]).distanceTo(this.map.unproject([x + pixels / 2, y])) / 1000;
  }

  drawMeasure(collection: FeatureCollection | null): void {
    this.setSource(MEASURE_SOURCE, collection);
  }

  pickPoints(picker: PointPicker): () => void {
    const { map, container } = this;
    setPointerCaptured(map, true);
    const zoomOnDoubleClick = map.doubleClickZoom.isEnabled();
    map.doubleClickZoom.disable();
    container.classList.add('is-measuring');
    const click = map.on('click', (event) => picker.onPoint(toLngLat(event.lngLat)));
    const dblclick = map.on('dblclick', (event) => {
      event.preventDefault();
      picker.onFinish();
    });
    return () => {
      click.unsubscribe();
      dblclick.unsubscribe();
      container.classList.remove('is-measuring');
      if (zoomOnDoubleClick) map.doubleClickZoom.enable();
      setPointerCaptured(map, false);
    };
  }

  drawOverlay(overlay: OverlayDrawing | null): void {
    this.setSource(
      OVERLAY_SOURCE,
      overlay && { type: 'Feature', properties: { label: overlay.label }, geometry: overlay.geometry },
    );
  }

  dragOverlay(handlers: OverlayDragHandlers): () => void {
    return listenToOverlayDrags(this.map, this.container, handlers);
  }

  private ensure(): void {
    ensurePlannerLayers(this.map, (source) => this.data.get(source) ?? null);
  }

  private setSource(source: string, value: object | null): void {
    this.data.set(source, value);
    if (!this.map.getSource(source)) this.ensure();
    (this.map.getSource(source) as GeoJSONSource | undefined)?.setData(
      (value ?? { type: 'FeatureCollection', features: [] }) as never,
    );
  }

  /** The middle of the map element, which has the size (the canvas container is an unsized wrapper). */
  private middle(): [number, number] {
    const element = this.map.getContainer();
    return [element.clientWidth / 2, element.clientHeight / 2];
  }
}

/** Reports drags of the overlay with the mouse or one finger; returns the function that stops. */
function listenToOverlayDrags(map: MapLibreMap, container: HTMLElement, handlers: OverlayDragHandlers): () => void {
  let last: LngLat | null = null;
  const start = (event: MapLayerMouseEvent | MapLayerTouchEvent) => {
    // Keeps the map from panning under the pointer; the overlay moves instead.
    event.preventDefault();
    last = toLngLat(event.lngLat);
    container.classList.add('is-dragging-overlay');
  };
  const move = (event: { lngLat: { lng: number; lat: number } }) => {
    if (!last) return;
    const next = toLngLat(event.lngLat);
    handlers.onMove(last, next);
    last = next;
  };
  const end = () => {
    if (!last) return;
    last = null;
    container.classList.remove('is-dragging-overlay');
    handlers.onEnd();
  };
  const subscriptions = [
    map.on('mousedown', OVERLAY_FILL_LAYER, (event) => {
      if (event.originalEvent.button === 0 && !event.originalEvent.shiftKey) start(event);
    }),
    map.on('touchstart', OVERLAY_FILL_LAYER, (event) => {
      if (event.points.length === 1) start(event);
    }),
    map.on('mousemove', move),
    map.on('touchmove', move),
    map.on('mouseup', end),
    map.on('touchend', end),
    map.on('touchcancel', end),
    map.on('mouseenter', OVERLAY_FILL_LAYER, () => container.classList.add('is-over-overlay')),
    map.on('mouseleave', OVERLAY_FILL_LAYER, () => container.classList.remove('is-over-overlay')),
  ];
  return () => {
    subscriptions.forEach((subscription) => subscription.unsubscribe());
    container.classList.remove('is-dragging-overlay', 'is-over-overlay');
  };
}
