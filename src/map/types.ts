import type { LngLat } from '../config';
import type { ImageSize, MapImage } from '../export/frame';
import type { ZoneCollection } from '../data/schema';
import type { Bounds } from '../geo/bounds';
import type { ZoneMetrics } from '../geo/metrics';
import type { AppState, AppStore } from '../state/appState';
import type { LayerGroup } from '../state/layerGroups';
import { resolveTheme } from '../state/themes';
import type { PlannerMap } from './plannerTypes';
import type { StyleInput } from './style/style';
import { THEMES } from './style/theme';

/**
 * What the rest of the app may ask of the map. Panels, the tour and the embed API hold this, never
 * the renderer: every move is awaitable and settles when the camera stops, when a later move takes
 * over, or at once when the visitor prefers reduced motion. No MapLibre type appears here, so another
 * renderer (an SVG map) can stand behind the same interface.
 */
export interface MapController {
  /** Frames the outlines of the named zones (points are zoomed to); unknown ids are skipped. */
  fitZones(ids: readonly string[], options?: MoveOptions): Promise<void>;
  /** Moves the camera to a place. */
  flyTo(camera: CameraTarget, options?: MoveOptions): Promise<void>;
  /** Back to the opening view: the three FTZ areas, north up. */
  reset(): Promise<void>;
  /**
   * Draws the current view again, off screen, at exactly `size` device pixels (the same place, not an
   * upscale; see src/export/frame.ts). With `view`, draws that view instead (a tour scene for a
   * deck), the live map left where it is. Rejects when the map cannot draw (no map, or it failed).
   */
  renderImage(size: ImageSize, view?: ImageView): Promise<MapImage>;
  /**
   * A hidden map drawing frame after frame at exactly `size` device pixels, each at a camera and with
   * zones and layers the caller gives (a video's frames); its code loaded on first call. Absent where
   * the map cannot (the SVG map). `destroy()` it when done: it holds a WebGL context.
   */
  frameMap?(size: ImageSize): Promise<FrameMap>;
  /** Removes the map and every listener it added; pending moves settle. */
  destroy(): void;
  /**
   * The planner tools' drawing surface, its code loaded on first call; null (or absent) where the map
   * cannot draw them (the SVG map without WebGL).
   */
  planner?(): Promise<PlannerMap | null>;
}

/** What one frame of a FrameMap shows. */
export interface FrameView {
  camera: CameraTarget;
  selectedId: string | null;
  highlightedIds: readonly string[];
  /** The layer groups shown (names from state/layerGroups.ts); the others are hidden. */
  visibleLayers: readonly string[];
  /** Room kept clear around the camera's centre (CSS pixels of FRAME_MAP_CSS), e.g. under a caption. */
  padding?: Padding;
}

/**
 * A FrameMap's cameras are those of a map this many CSS pixels across; a frame of another size is that
 * map drawn at another pixel ratio (1920 × 1080 at 1.5), so what a frame shows does not depend on its size.
 */
export const FRAME_MAP_CSS: ImageSize = { width: 1280, height: 720 };

/** See MapController.frameMap. */
export interface FrameMap {
  /** Draws `view` and resolves with a copy of the drawing (the caller may draw on it). */
  render(view: FrameView): Promise<MapImage>;
  destroy(): void;
}

export interface CameraTarget {
  center: LngLat;
  zoom: number;
  bearing?: number;
  pitch?: number;
}

/**
 * A view to draw off screen instead of the live one: the camera as it would be on a map of `frame` CSS
 * pixels (the image contains that area, as it contains the live map's), its zones and layer groups.
 */
export interface ImageView {
  camera: CameraTarget;
  frame: ImageSize;
  selectedId: string | null;
  highlightedIds: readonly string[];
  /** The layer groups shown; the live map's switches when absent. */
  visibleLayers?: readonly LayerGroup[];
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface MoveOptions {
  /**
   * Room to keep clear around the target, in pixels, e.g. beside a drawer that covers the map. The
   * boxes over the map (details overlay, tour caption) are always kept clear as well (framing.ts).
   */
  padding?: number | Padding;
  /**
   * For `flyTo`: zones that must end up in view, clear of the boxes over the map. When the camera would
   * leave any of them out (a small frame, a caption over them), the move fits them instead.
   */
  keepInView?: readonly string[];
  /**
   * Land at once, without the flight: for what is too heavy to draw in flight (a big import, whose every
   * frame in a move costs as much as its first).
   */
  jump?: boolean;
}

/** The style inputs that do not change while the page is open. */
export type StaticStyleInput = Omit<StyleInput, 'language' | 'theme' | 'visibleLayers' | 'basemap' | 'userFeatures'>;

export interface MapViewOptions extends StaticStyleInput {
  container: HTMLElement;
  store: AppStore;
  /** Each zone's box, for framing a selection; the imported features' boxes join it (userSync.ts). */
  bounds: Map<string, Bounds>;
  /** The opening frame: every zone (geo/bounds.ts openingBounds). */
  opening: Bounds;
  /** Embedded: a plain wheel scrolls the host page; Ctrl/⌘ + wheel zooms, two fingers pan. */
  cooperativeGestures?: boolean;
  /** Called once, when the map has drawn its first complete frame. */
  onReady?: () => void;
  /** Called when a tile, source or image fails; the map keeps working. */
  onError?: (error: { message: string }) => void;
  /** Called when the bundled basemap (roads, rivers, districts) fails; the zones are drawn without it. */
  onBasemapError?: (error: { message: string }) => void;
  /** Called when the online basemap failed and the bundled one has taken its place (basemapFallback.ts). */
  onBasemapFallback?: () => void;
  /** Settles once the panels that may cover the map (an embed's details) have mounted. */
  panelsMounted?: Promise<void>;
}

/** The data a map needs besides the store. */
export interface MapData {
  zones: ZoneCollection;
  metrics: ReadonlyMap<string, ZoneMetrics>;
  colors: ReadonlyMap<string, string>;
}

/** The style for the current state: the same pure builder serves the first frame and every theme change. */
export function styleInputFor(options: StaticStyleInput, state: AppState): StyleInput {
  return {
    zonesUrl: options.zonesUrl,
    zoneLabels: options.zoneLabels,
    colors: options.colors,
    basemapUrl: options.basemapUrl,
    language: state.language,
    theme: THEMES[resolveTheme(state.theme, state.systemTheme)],
    visibleLayers: state.visibleLayers,
    basemap: state.basemap,
    userFeatures: state.userFeatures,
  };
}
