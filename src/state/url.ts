import { DEFAULT_VIEW, MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM, type LngLat } from '../config';
import type { AppState, Language, MapView } from './appState';
import {
  BASEMAPS,
  canonicalLayers,
  DEFAULT_VISIBLE_LAYERS,
  isLayerGroup,
  THEME_PREFERENCES,
  type Basemap,
  type LayerGroup,
  type ThemePreference,
} from './layers';

/**
 * The URL codec: the part of the app state a link carries, to and from a query string. Pure (no DOM,
 * no window), so it is unit-tested in Node. Decoding never throws: a missing, malformed or tampered
 * value falls back to that field's default and leaves the other fields alone.
 *
 * Example: `?center=116.58,40.07&zoom=12&bearing=30&zone=cbd-part&layers=ftz-area,subway&lang=zh&theme=dark&basemap=osm`
 */
export type UrlState = Pick<AppState, 'view' | 'selectedId' | 'visibleLayers' | 'language' | 'theme' | 'basemap'>;

/** The query parameters this codec owns; any other parameter in the URL is left as it is. */
export const URL_KEYS = ['center', 'zoom', 'bearing', 'zone', 'layers', 'lang', 'theme', 'basemap'] as const;

export const DEFAULT_URL_STATE: UrlState = {
  view: { center: DEFAULT_VIEW.center, zoom: DEFAULT_VIEW.zoom, bearing: DEFAULT_VIEW.bearing },
  selectedId: null,
  visibleLayers: DEFAULT_VISIBLE_LAYERS,
  language: 'en',
  theme: 'auto',
  basemap: 'offline',
};

/** Decimal places kept in links: about 1 m for the centre; finer would only make links longer. */
const PRECISION = { center: 5, zoom: 2, bearing: 1 } as const;
const NO_LAYERS = 'none';
const ZONE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Plain decimals only: rejects "Infinity", "1e999", "0x1f", "" and stray spaces that Number() accepts. */
const DECIMAL = /^-?\d{1,4}(\.\d{1,12})?$/;

function round(value: number, decimals: number): number {
  const rounded = Number(value.toFixed(decimals));
  return Object.is(rounded, -0) ? 0 : rounded;
}

function parseDecimal(text: string | null, min: number, max: number): number | null {
  if (text === null || !DECIMAL.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

function parseCenter(text: string | null): LngLat | null {
  const parts = text?.split(',') ?? [];
  if (parts.length !== 2) return null;
  const [[west, south], [east, north]] = MAX_BOUNDS;
  const lng = parseDecimal(parts[0]!, west, east);
  const lat = parseDecimal(parts[1]!, south, north);
  return lng === null || lat === null ? null : [lng, lat];
}

function parseLayers(text: string | null): LayerGroup[] | null {
  if (text === null) return null;
  if (text === NO_LAYERS) return [];
  // Unknown names (a typo, or a layer a newer version added) are dropped; if nothing known is left, default.
  const known = text.split(',').filter(isLayerGroup);
  return known.length > 0 ? canonicalLayers(known) : null;
}

function oneOf<T extends string>(allowed: readonly T[], text: string | null): T | null {
  return (allowed as readonly string[]).includes(text ?? '') ? (text as T) : null;
}

export interface DecodeOptions {
  /** Defaults for missing or invalid fields (e.g. the browser's language); DEFAULT_URL_STATE otherwise. */
  defaults?: Partial<UrlState>;
  /** When given, a `zone` that is not one of these ids is ignored. */
  zoneIds?: ReadonlySet<string>;
}

/** Reads the URL state from a query string (`?a=b…` or `a=b…`) or URLSearchParams. Never throws. */
export function decodeUrlState(query: string | URLSearchParams, options: DecodeOptions = {}): UrlState {
  const defaults = { ...DEFAULT_URL_STATE, ...options.defaults };
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const zone = params.get('zone');
  const zoneIsValid = zone !== null && ZONE_ID.test(zone) && (options.zoneIds?.has(zone) ?? true);
  const view: MapView = {
    center: parseCenter(params.get('center')) ?? defaults.view.center,
    zoom: parseDecimal(params.get('zoom'), MIN_ZOOM, MAX_ZOOM) ?? defaults.view.zoom,
    bearing: parseDecimal(params.get('bearing'), -180, 180) ?? defaults.view.bearing,
  };
  return {
    view,
    selectedId: zoneIsValid ? zone : defaults.selectedId,
    visibleLayers: parseLayers(params.get('layers')) ?? defaults.visibleLayers,
    language: oneOf<Language>(['en', 'zh'], params.get('lang')) ?? defaults.language,
    theme: oneOf<ThemePreference>(THEME_PREFERENCES, params.get('theme')) ?? defaults.theme,
    basemap: oneOf<Basemap>(BASEMAPS, params.get('basemap')) ?? defaults.basemap,
  };
}

const sameLayers = (a: readonly LayerGroup[], b: readonly LayerGroup[]) =>
  a.length === b.length && canonicalLayers(a).every((group, i) => group === canonicalLayers(b)[i]);

/**
 * The URL parameters for `state`. Fields at their default are left out to keep links short, except the
 * language, which is always written: the default language follows the browser, so a link must say it.
 */
export function encodeUrlState(state: UrlState): URLSearchParams {
  const params = new URLSearchParams();
  const { view } = state;
  const defaultView = DEFAULT_URL_STATE.view;
  const center = view.center.map((n) => round(n, PRECISION.center));
  const viewIsDefault =
    center[0] === defaultView.center[0] &&
    center[1] === defaultView.center[1] &&
    round(view.zoom, PRECISION.zoom) === defaultView.zoom &&
    round(view.bearing, PRECISION.bearing) === defaultView.bearing;
  if (!viewIsDefault) {
    params.set('center', center.join(','));
    params.set('zoom', String(round(view.zoom, PRECISION.zoom)));
    const bearing = round(view.bearing, PRECISION.bearing);
    if (bearing !== 0) params.set('bearing', String(bearing));
  }
  if (state.selectedId !== null) params.set('zone', state.selectedId);
  if (!sameLayers(state.visibleLayers, DEFAULT_VISIBLE_LAYERS)) {
    params.set('layers', state.visibleLayers.length === 0 ? NO_LAYERS : canonicalLayers(state.visibleLayers).join(','));
  }
  params.set('lang', state.language);
  if (state.theme !== DEFAULT_URL_STATE.theme) params.set('theme', state.theme);
  if (state.basemap !== DEFAULT_URL_STATE.basemap) params.set('basemap', state.basemap);
  return params;
}

/**
 * The query string `search` with this codec's keys replaced by those of `state`. Parameters that other
 * parts of the app own (embed flags, a compare list…) are kept as they are.
 */
export function mergeUrlState(search: string, state: UrlState): string {
  const params = new URLSearchParams(search);
  for (const key of URL_KEYS) params.delete(key);
  for (const [key, value] of encodeUrlState(state)) params.set(key, value);
  // Commas are safe in a query and read better than %2C in a shared link.
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}
