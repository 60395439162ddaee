import { DEFAULT_VIEW, MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM, type LngLat } from '../config';
import { round } from '../geo/round';
import type { UserFeature } from '../import/types';
import { MAX_COMPARED, MAX_REFERENCES, REFERENCE_ID } from './compareSet';
import {
  BASEMAPS,
  canonicalLayers,
  DEFAULT_VISIBLE_LAYERS,
  isLayerGroup,
  ONLINE_BASEMAP_AVAILABLE,
  type Basemap,
  type LayerGroup,
} from './layerGroups';
import { THEME_PREFERENCES, type SystemTheme, type ThemePreference } from './themes';
import { EMBED_PARTS, isZoneId, LANGUAGES, MAX_TOUR_STEP, type EmbedPart, type Language } from './vocabulary';

/**
 * The table of state fields: every field of the app state declared once, with its initial value and,
 * for the fields a link keeps, its URL parameters and codec. `AppState`, the store's defaults, the URL
 * codec (url.ts) and the URL sync (urlSync.ts) all read this table, so a new field that links keep —
 * a compare set, an embed flag, a tour step — is one entry here and nothing else.
 */

export { EMBED_PARTS, LANGUAGES, type EmbedPart, type Language } from './vocabulary';

/** The camera. The map writes it when a move ends; links keep it. */
export interface Camera {
  center: LngLat;
  zoom: number;
  bearing: number;
}

/** The tabs of the side panel (the bottom sheet on a phone). Charts live in their own drawer. */
export const PANEL_IDS = ['zones', 'layers'] as const;
export type PanelId = (typeof PANEL_IDS)[number];

/** What a decoder may check a value against, once the data has loaded. */
export interface DecodeContext {
  /** When given, a zone id that is not one of these is ignored. */
  zoneIds?: ReadonlySet<string>;
}

/** How a field travels in a link. Decoding never throws: what it cannot use, it replaces by `fallback`. */
export interface LinkCodec<T> {
  /** The query parameters this field owns; other parameters in a URL are left alone. */
  params: readonly string[];
  decode(params: URLSearchParams, fallback: T, context: DecodeContext): T;
  /** The parameters that say `value`, in order. */
  encode(value: T): [param: string, value: string][];
  /**
   * Written even when the value is the default. A field whose default depends on the reader (the
   * language follows the browser) must always be written, or a link would change between readers.
   */
  alwaysWritten?: boolean;
}

interface LinkedField<T> {
  initial: T;
  link: LinkCodec<T>;
}
interface LocalField<T> {
  initial: T;
  link: null;
}

const linked = <T>(initial: T, link: LinkCodec<T>): LinkedField<T> => ({ initial, link });
/** A field that lives only in this page (what the pointer is over, which tab is open). */
const local = <T>(initial: T): LocalField<T> => ({ initial, link: null });

/** Plain decimals only: rejects "Infinity", "1e999", "0x1f", "" and stray spaces that Number() accepts. */
const DECIMAL = /^-?\d{1,4}(\.\d{1,12})?$/;
const NO_LAYERS = 'none';
/** Decimal places kept in links: about 1 m for the centre; finer would only make links longer. */
const PRECISION = { center: 5, zoom: 2, bearing: 1 } as const;

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

/** A field that takes one of a few words, e.g. `theme=dark`. */
function oneOf<T extends string>(param: string, allowed: readonly T[], options: { alwaysWritten?: boolean } = {}) {
  return {
    params: [param],
    decode: (params: URLSearchParams, fallback: T) => {
      const text = params.get(param) ?? '';
      return (allowed as readonly string[]).includes(text) ? (text as T) : fallback;
    },
    encode: (value: T): [string, string][] => [[param, value]],
    ...options,
  } satisfies LinkCodec<T>;
}

const cameraLink: LinkCodec<Camera> = {
  params: ['center', 'zoom', 'bearing'],
  // Each part on its own: a bad zoom keeps the link's centre.
  decode: (params, fallback) => ({
    center: parseCenter(params.get('center')) ?? fallback.center,
    zoom: parseDecimal(params.get('zoom'), MIN_ZOOM, MAX_ZOOM) ?? fallback.zoom,
    bearing: parseDecimal(params.get('bearing'), -180, 180) ?? fallback.bearing,
  }),
  encode: ({ center, zoom, bearing }) => {
    const entries: [string, string][] = [
      ['center', center.map((n) => round(n, PRECISION.center)).join(',')],
      ['zoom', String(round(zoom, PRECISION.zoom))],
    ];
    const roundedBearing = round(bearing, PRECISION.bearing);
    if (roundedBearing !== 0) entries.push(['bearing', String(roundedBearing)]);
    return entries;
  },
};

/** An on/off flag, `param=1` when on; anything but `1` or `0` keeps the fallback. */
const flagLink = (param: string): LinkCodec<boolean> => ({
  params: [param],
  decode: (params, fallback) => {
    const text = params.get(param);
    return text === '1' ? true : text === '0' ? false : fallback;
  },
  encode: (on) => [[param, on ? '1' : '0']],
});

const zoneLink: LinkCodec<string | null> = {
  params: ['zone'],
  decode: (params, fallback, { zoneIds }) => {
    const zone = params.get('zone');
    return isZoneId(zone) && (zoneIds?.has(zone) ?? true) ? zone : fallback;
  },
  encode: (zone) => (zone === null ? [] : [['zone', zone]]),
};

const compareLink: LinkCodec<readonly string[]> = {
  params: ['compare'],
  // Order is kept (the first zone is the one the others are measured against); bad, repeated, unknown
  // and surplus ids are dropped one by one, so the rest of a link still applies.
  decode: (params, fallback, { zoneIds }) => {
    const text = params.get('compare');
    if (text === null) return fallback;
    const ids = text.split(',').filter((id) => isZoneId(id) && (zoneIds?.has(id) ?? true));
    return [...new Set(ids)].slice(0, MAX_COMPARED);
  },
  encode: (ids) => (ids.length === 0 ? [] : [['compare', ids.join(',')]]),
};

/**
 * The comparison's reference rows (`ref=shanghai,shanghai.lingang`): FTZs elsewhere in China, or their
 * areas, by id. Ids that are not well formed, repeats and surplus ones are dropped one by one; whether an
 * id names a real FTZ is known only once the national table loads, and the panel skips those that do not.
 */
const referencesLink: LinkCodec<readonly string[]> = {
  params: ['ref'],
  decode: (params, fallback) => {
    const text = params.get('ref');
    if (text === null) return fallback;
    const ids = text.split(',').filter((id) => id.length <= 80 && REFERENCE_ID.test(id));
    return [...new Set(ids)].slice(0, MAX_REFERENCES);
  },
  encode: (ids) => (ids.length === 0 ? [] : [['ref', ids.join(',')]]),
};

const embedHiddenLink: LinkCodec<readonly EmbedPart[]> = {
  params: ['hide'],
  // Unknown words are dropped one by one; the order is always EMBED_PARTS's, so one set has one link.
  decode: (params, fallback) => {
    const text = params.get('hide');
    if (text === null) return fallback;
    const words = new Set(text.split(','));
    return EMBED_PARTS.filter((part) => words.has(part));
  },
  encode: (parts) => {
    const words = EMBED_PARTS.filter((part) => parts.includes(part));
    return words.length === 0 ? [] : [['hide', words.join(',')]];
  },
};

const layersLink: LinkCodec<readonly LayerGroup[]> = {
  params: ['layers'],
  decode: (params, fallback) => {
    const text = params.get('layers');
    if (text === null) return fallback;
    if (text === NO_LAYERS) return [];
    // Unknown names (a typo, or a layer a newer version added) are dropped; if nothing known is left, default.
    const known = text.split(',').filter(isLayerGroup);
    return known.length > 0 ? canonicalLayers(known) : fallback;
  },
  encode: (layers) => [['layers', layers.length === 0 ? NO_LAYERS : canonicalLayers(layers).join(',')]],
};

/** A whole number from 1 to MAX_TOUR_STEP, written plainly (no sign, no leading zero, no exponent). */
const STEP = /^[1-9]\d{0,3}$/;

/**
 * The guided tour: `tour=1&step=3` is its third scene (1-based, as the caption counts). One field owns
 * both parameters, so a step cannot linger in a link without a tour, nor a tour lack its step. `tour=1`
 * alone, or with a step that is not a whole number in range, opens the first scene; a step past the
 * last scene is clamped by the tour panel, which alone knows how many there are. `step` without
 * `tour=1` is ignored.
 */
const tourLink: LinkCodec<number | null> = {
  params: ['tour', 'step'],
  decode: (params, fallback) => {
    const tour = params.get('tour');
    if (tour === '0') return null;
    if (tour !== '1') return fallback;
    const step = params.get('step') ?? '';
    return STEP.test(step) ? Math.min(Number(step), MAX_TOUR_STEP) : 1;
  },
  encode: (step) =>
    step === null
      ? []
      : [
          ['tour', '1'],
          ['step', String(step)],
        ],
};

export const STATE_FIELDS = {
  view: linked<Camera>(
    { center: DEFAULT_VIEW.center, zoom: DEFAULT_VIEW.zoom, bearing: DEFAULT_VIEW.bearing },
    cameraLink,
  ),
  /** The zone whose details are open, or null. */
  selectedId: linked<string | null>(null, zoneLink),
  /** The layer groups drawn on the map, in the order of LAYER_GROUPS. */
  visibleLayers: linked<readonly LayerGroup[]>(DEFAULT_VISIBLE_LAYERS, layersLink),
  language: linked<Language>('en', oneOf('lang', LANGUAGES, { alwaysWritten: true })),
  /** What the visitor chose; `systemTheme` is what the operating system prefers. */
  theme: linked<ThemePreference>('auto', oneOf('theme', THEME_PREFERENCES)),
  // The one-file offline build accepts only the bundled map (a link asking for `osm` opens it).
  basemap: linked<Basemap>('offline', oneOf('basemap', ONLINE_BASEMAP_AVAILABLE ? BASEMAPS : (['offline'] as const))),
  /** The zones in the comparison table, in the order they were added (at most MAX_COMPARED). */
  compare: linked<readonly string[]>([], compareLink),
  /** The comparison's reference rows: other FTZs or their areas (`ref=shanghai,shanghai.lingang`). */
  references: linked<readonly string[]>([], referencesLink),
  /** Embedded in another page (`embed=1`): minimal chrome, cooperative gestures, no focus taken on load. */
  embed: linked<boolean>(false, flagLink('embed')),
  /** What an embedded atlas leaves out (`hide=details,bar,controls`); ignored outside embed mode. */
  embedHidden: linked<readonly EmbedPart[]>([], embedHiddenLink),
  /** The guided tour's scene, 1-based, or null when no tour is running (`tour=1&step=N`). */
  tourStep: linked<number | null>(null, tourLink),
  /**
   * How many times an addition to a full comparison was refused: each one is said on the status line
   * (app.ts), whichever view was asked (map, search, list).
   */
  compareFullNotices: local<number>(0),
  /**
   * Zones drawn highlighted besides the selection: every zone a tour scene is about (the selection
   * opens the details of its main one). Not in the link: the tour's step brings it back.
   */
  highlightedIds: local<readonly string[]>([]),
  /** The zone under the pointer (map, list or chart), or null. */
  hoveredId: local<string | null>(null),
  systemTheme: local<SystemTheme>('light'),
  activePanel: local<PanelId>('zones'),
  /** Whether the charts drawer is open. */
  chartsOpen: local<boolean>(false),
  /** Whether the atlas fills the screen (or, embedded without `allowfullscreen`, its frame). */
  fullScreen: local<boolean>(false),
  /**
   * The visitor's imported features (issue 9). Not in the link: a file can be large and private; they
   * are kept in this browser's IndexedDB instead (features/sites/siteStorage.ts).
   */
  userFeatures: local<readonly UserFeature[]>([]),
};

type Fields = typeof STATE_FIELDS;
type ValueOf<F> = F extends { initial: infer T } ? T : never;

/** The whole app state, as the table declares it. */
export type AppState = { [K in keyof Fields]: ValueOf<Fields[K]> };

/** The fields a link keeps. */
export type LinkedKey = { [K in keyof Fields]: Fields[K] extends LinkedField<unknown> ? K : never }[keyof Fields];

export const LINKED_KEYS = (Object.keys(STATE_FIELDS) as (keyof Fields)[]).filter(
  (key): key is LinkedKey => STATE_FIELDS[key].link !== null,
);

/** The part of the state a link carries. */
export type UrlState = Pick<AppState, LinkedKey>;

/** The codec of a linked field, typed by its key. */
export const linkOf = <K extends LinkedKey>(key: K): LinkCodec<UrlState[K]> =>
  STATE_FIELDS[key].link as unknown as LinkCodec<UrlState[K]>;

/** Every field's initial value. */
export const initialAppState = Object.fromEntries(
  Object.entries(STATE_FIELDS).map(([key, field]) => [key, field.initial]),
) as AppState;
