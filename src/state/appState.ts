import { DEFAULT_VIEW, type LngLat } from '../config';
import { createStore, type Store } from './store';
import {
  canonicalLayers,
  DEFAULT_VISIBLE_LAYERS,
  type Basemap,
  type LayerGroup,
  type SystemTheme,
  type ThemePreference,
} from './layers';

export type Language = 'en' | 'zh';
export const LANGUAGES: readonly Language[] = ['en', 'zh'];

/** The camera. The map view writes it when a move ends; the URL keeps it. */
export interface MapView {
  center: LngLat;
  zoom: number;
  bearing: number;
}

/** The tabs of the side panel (the bottom sheet on a phone). Charts live in their own drawer. */
export type PanelId = 'zones' | 'layers';

/**
 * A one-off request to move the map, e.g. from a timeline event: fit the outlines of some zones, or
 * fly to a point. The map view performs each new request object once; `padding` (px) keeps the
 * target clear of panels that cover part of the map.
 */
export type FlyToRequest = ({ zoneIds: string[] } | { center: [number, number]; zoom: number }) & {
  padding?: { top: number; right: number; bottom: number; left: number };
};

export interface AppState {
  /** The zone whose details are open, or null. */
  selectedId: string | null;
  /** The zone under the pointer (map, list or chart), or null. */
  hoveredId: string | null;
  language: Language;
  view: MapView;
  /** The layer groups drawn on the map, in the order of LAYER_GROUPS. */
  visibleLayers: readonly LayerGroup[];
  /** What the visitor chose; `systemTheme` is what the operating system prefers. */
  theme: ThemePreference;
  systemTheme: SystemTheme;
  basemap: Basemap;
  activePanel: PanelId;
  /** The latest request to move the map, or null. */
  flyTo: FlyToRequest | null;
}

export const initialAppState: AppState = {
  selectedId: null,
  hoveredId: null,
  language: 'en',
  view: { center: DEFAULT_VIEW.center, zoom: DEFAULT_VIEW.zoom, bearing: DEFAULT_VIEW.bearing },
  visibleLayers: DEFAULT_VISIBLE_LAYERS,
  theme: 'auto',
  systemTheme: 'light',
  basemap: 'offline',
  activePanel: 'zones',
  flyTo: null,
};

export type AppStore = Store<AppState>;

export function createAppStore(initial: Partial<AppState> = {}): AppStore {
  return createStore<AppState>({ ...initialAppState, ...initial });
}

/** Shows or hides one layer group, keeping the list in its canonical order. */
export function setLayerVisible(store: AppStore, group: LayerGroup, visible: boolean): void {
  const current = store.get().visibleLayers;
  if (current.includes(group) === visible) return;
  const next = visible ? [...current, group] : current.filter((g) => g !== group);
  store.update({ visibleLayers: canonicalLayers(next) });
}
