import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

/**
 * What the planner tools (measure, true-size overlay) may ask of the map: draw their own GeoJSON,
 * report points the visitor picks and drags of the overlay. Like MapController it names no MapLibre
 * type, so the tools' UI (src/features/planner/) never touches the renderer.
 */
export type LngLat = [number, number];

export interface PointPicker {
  /** A click (or tap) on the map, at this ground point. */
  onPoint(point: LngLat): void;
  /** A double-click: the measurement is done. */
  onFinish(): void;
}

export interface OverlayDragHandlers {
  /** The pointer (mouse or one finger) moved the overlay's grab point from `from` to `to`. */
  onMove(from: LngLat, to: LngLat): void;
  onEnd(): void;
}

export interface OverlayDrawing {
  geometry: Polygon | MultiPolygon;
  /** Shown on the map beside the outline, e.g. "CBD part (true size)". */
  label: string;
}

export interface PlannerMap {
  /** The map's focusable element (its canvas): keys for the tools are read there. */
  readonly keyTarget: HTMLElement;
  /** The ground point at the centre of the map, under the keyboard crosshair. */
  centre(): LngLat;
  /** Ground distance, km, of `pixels` screen pixels across the centre of the map. */
  kmPerPixels(pixels: number): number;
  /** Draws the measurement (vertices, line, area), or removes it with null. */
  drawMeasure(data: FeatureCollection | null): void;
  /**
   * While picking, a click adds a point (and opens no zone), a double-click finishes, and the map's
   * double-click zoom is off. Returns the function that stops picking.
   */
  pickPoints(picker: PointPicker): () => void;
  /** Draws the true-size overlay, or removes it with null. */
  drawOverlay(overlay: OverlayDrawing | null): void;
  /** Reports drags of the overlay with the mouse or one finger (the map does not pan meanwhile). */
  dragOverlay(handlers: OverlayDragHandlers): () => void;
}
