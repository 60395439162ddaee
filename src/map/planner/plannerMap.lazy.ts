import type { GeoJSONSource, Map as MapLibreMap, MapLayerMouseEvent, MapLayerTouchEvent } from 'maplibre-gl';
import type { LngLat, OverlayDragHandlers, PlannerMap, PointPicker } from '../plannerTypes';
import { setPointerCaptured } from '../pointerCapture';
import { ensurePlannerLayers, MEASURE_SOURCE, OVERLAY_FILL_LAYER, OVERLAY_SOURCE } from './plannerLayers';

/**
 * The planner tools on a MapLibre map. Loaded on the first use of a tool (its own chunk). The tools'
 * drawings are GeoJSON sources updated with setData when a point is added or the overlay moves, which
 * is when their geometry changes; hover elsewhere still uses feature-state.
 */
export function createPlannerMap(map: MapLibreMap): PlannerMap {
  const data = new Map<string, object | null>();
  const ensure = () => ensurePlannerLayers(map, (source) => data.get(source) ?? null);
  if (map.isStyleLoaded()) ensure();
  else void map.once('load', ensure);
  map.on('styledata', () => {
    if (map.isStyleLoaded() && !map.getSource(OVERLAY_SOURCE)) ensure();
  });

  const setSource = (source: string, value: object | null) => {
    data.set(source, value);
    if (!map.getSource(source)) ensure();
    (map.getSource(source) as GeoJSONSource | undefined)?.setData(
      (value ?? { type: 'FeatureCollection', features: [] }) as never,
    );
  };
  const toLngLat = ({ lng, lat }: { lng: number; lat: number }): LngLat => [lng, lat];
  const container = map.getCanvasContainer();
  // The map element has the size (the canvas container is an unsized wrapper).
  const middle = (): [number, number] => {
    const element = map.getContainer();
    return [element.clientWidth / 2, element.clientHeight / 2];
  };

  return {
    keyTarget: map.getCanvas(),
    centre() {
      return toLngLat(map.unproject(middle()));
    },
    kmPerPixels(pixels) {
      const [x, y] = middle();
      return map.unproject([x - pixels / 2, y]).distanceTo(map.unproject([x + pixels / 2, y])) / 1000;
    },
    drawMeasure(collection) {
      setSource(MEASURE_SOURCE, collection);
    },
    pickPoints(picker: PointPicker) {
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
    },
    drawOverlay(overlay) {
      setSource(
        OVERLAY_SOURCE,
        overlay && {
          type: 'Feature',
          properties: { label: overlay.label },
          geometry: overlay.geometry,
        },
      );
    },
    dragOverlay(handlers: OverlayDragHandlers) {
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
    },
  };
}
