import { parseOrigins } from '../../state/origins';
import type { ThemePreference } from '../../state/themes';
import type { UrlState } from '../../state/url';
import { EMBED_PARTS, type EmbedPart, type Language } from '../../state/vocabulary';

/**
 * The embed-code builder's model: the options a presenter picks in the Share dialog, turned into the
 * embed link and the `<iframe>` snippet. Pure (no DOM), so the escaping and the link are unit-tested.
 * The link's parameters are written by the state table's own codecs (state/url.ts), so an embed link
 * reads back exactly as any other link does.
 *
 * Example: `embedSnippet(embedUrl(siteUrl, state, options, codec), 'Beijing FTZ Atlas', options)`
 * → `<iframe src="<siteUrl>?zone=cbd-part&amp;lang=en&amp;embed=1" title="Beijing FTZ Atlas" …>`.
 */

/**
 * The URL codec of the state table (state/url.ts), handed in by the panel registry instead of imported:
 * when a lazy chunk imports state/url.ts or state/fields.ts, Rolldown splits the state table's imports
 * out of the first chunk into five small chunks of their own (+640 B gzip on the first load, measured).
 */
export interface LinkCodec {
  encode(state: UrlState): URLSearchParams;
  defaults: UrlState;
}

export const SIZE_CHOICES = ['800x450', '1280x720', 'responsive', 'custom'] as const;
export type SizeChoice = (typeof SIZE_CHOICES)[number];

export interface PixelSize {
  width: number;
  height: number;
}

/** What a custom size may be: a thumbnail at the least, a 4K slide at the most. */
export const CUSTOM_SIZE_LIMITS = { width: [200, 3840], height: [150, 2160] } as const;

/**
 * The first step of the tour, as the tour's links count it (`tour=1&step=N`). The tour is built
 * separately; this is the one place to change if its links count from 0.
 */
export const FIRST_TOUR_STEP = 1;
/** The highest step a link or a host message may name (MAX_TOUR_STEP in features/embed/hostMessages.ts). */
export const LAST_TOUR_STEP = 999;

export interface EmbedOptions {
  size: SizeChoice;
  /** Used when `size` is 'custom'; clamped to CUSTOM_SIZE_LIMITS. */
  custom: PixelSize;
  /** The camera, layers and background map on screen now, or the atlas's opening view. */
  view: 'current' | 'default';
  language: Language;
  theme: ThemePreference;
  /** The zone selected now (if any), or none. */
  zone: 'current' | 'none';
  /** The parts of the embedded atlas left out (`hide=`). */
  hidden: readonly EmbedPart[];
  /** The parent pages that may control the atlas (`origins=`); empty: any may. */
  origins: readonly string[];
  /** Open the guided tour at this step (`tour=1&step=N`), or not at all. */
  tourStep: number | null;
}

/** The options a Share dialog opens with: what is on screen, at 800 × 450, with nothing left out. */
export function defaultEmbedOptions(state: Pick<UrlState, 'language' | 'theme' | 'selectedId'>): EmbedOptions {
  return {
    size: '800x450',
    custom: { width: 800, height: 450 },
    view: 'current',
    language: state.language,
    theme: state.theme,
    zone: state.selectedId === null ? 'none' : 'current',
    hidden: [],
    origins: [],
    tourStep: null,
  };
}

/**
 * The step the dialog's tour field starts at: the scene on screen while a tour runs (the presenter is
 * sharing that scene), else the first. The box that adds the tour to the link stays unticked either way.
 */
export const initialTourStep = (state: Pick<UrlState, 'tourStep'>): number =>
  Math.min(LAST_TOUR_STEP, Math.max(FIRST_TOUR_STEP, state.tourStep ?? FIRST_TOUR_STEP));

/** The tour step a link carries: none unless the box is ticked; what was typed, or the first step if it is not a number. */
export const readTourStep = (ticked: boolean, typed: string): number | null =>
  ticked ? Number(typed) || FIRST_TOUR_STEP : null;

const clamp = (value: number, [min, max]: readonly [number, number]) =>
  Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : min;

/** The frame's size in pixels, or null for the responsive frame (full width, 16:9). */
export function embedSize(options: Pick<EmbedOptions, 'size' | 'custom'>): PixelSize | null {
  switch (options.size) {
    case 'responsive':
      return null;
    case 'custom':
      return {
        width: clamp(options.custom.width, CUSTOM_SIZE_LIMITS.width),
        height: clamp(options.custom.height, CUSTOM_SIZE_LIMITS.height),
      };
    default: {
      const [width, height] = options.size.split('x').map(Number) as [number, number];
      return { width, height };
    }
  }
}

/** The atlas's own address without its query and fragment: what embed links are built on. */
export function atlasBase(href: string): string {
  const url = new URL(href);
  url.search = '';
  url.hash = '';
  return url.href;
}

/**
 * The embed link for `options`, from the current link state. With the default view, the camera,
 * layers and background map are left at their defaults, which the codec leaves out of the link.
 * The comparison is never carried: an embedded atlas does not show it.
 */
export function embedUrl(base: string, state: UrlState, options: EmbedOptions, codec: LinkCodec): string {
  const current = options.view === 'current';
  const { defaults } = codec;
  const linked: UrlState = {
    ...defaults,
    view: current ? state.view : defaults.view,
    visibleLayers: current ? state.visibleLayers : defaults.visibleLayers,
    basemap: current ? state.basemap : defaults.basemap,
    selectedId: options.zone === 'current' ? state.selectedId : null,
    language: options.language,
    theme: options.theme,
    embed: true,
    embedHidden: EMBED_PARTS.filter((part) => options.hidden.includes(part)),
  };
  const params = codec.encode(linked);
  if (options.origins.length > 0) params.set('origins', options.origins.join(','));
  if (options.tourStep !== null) {
    params.set('tour', '1');
    params.set('step', String(Math.min(LAST_TOUR_STEP, Math.max(FIRST_TOUR_STEP, Math.round(options.tourStep)))));
  }
  // Commas, colons and slashes are legal in a query and make a pasted link readable.
  const query = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%2F/g, '/');
  return `${base}?${query}`;
}

/** `value` made safe inside a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Only the host's origin, never its path: with `origins=` the atlas reads the parent's origin from the
 * referrer where the browser does not list ancestor origins (Firefox); a slide's address stays private.
 */
export const EMBED_REFERRER_POLICY = 'strict-origin';

/**
 * The `<iframe>` snippet for `url`, as text (it is shown in a textarea and pasted into other pages,
 * never parsed here). A fixed size is written as width and height; the responsive frame is as wide as
 * its container, 16:9.
 */
export function embedSnippet(url: string, title: string, options: Pick<EmbedOptions, 'size' | 'custom'>): string {
  const size = embedSize(options);
  const attributes: [string, string][] = [
    ['src', url],
    ['title', title],
    ...(size
      ? ([
          ['width', String(size.width)],
          ['height', String(size.height)],
          ['style', 'border:0'],
        ] as [string, string][])
      : ([['style', 'width:100%;height:auto;aspect-ratio:16/9;border:0']] as [string, string][])),
    ['loading', 'lazy'],
    ['allow', 'fullscreen'],
    ['referrerpolicy', EMBED_REFERRER_POLICY],
  ];
  return `<iframe ${attributes.map(([name, value]) => `${name}="${escapeAttribute(value)}"`).join(' ')}></iframe>`;
}

/**
 * The `origins=` list from what a presenter typed (commas, spaces or new lines between entries). An
 * address with a path is read as its origin (`https://<host>/deck/` → `https://<host>`); what is
 * not an http(s) address is returned in `rejected`, so the dialog can say it was left out.
 */
export function readOrigins(text: string): { origins: string[]; rejected: string[] } {
  const origins: string[] = [];
  const rejected: string[] = [];
  for (const part of text.split(/[\s,]+/).filter(Boolean)) {
    const origin = URL.canParse(part) ? new URL(part).origin : null;
    // parseOrigins has the last word (http(s) only, length, how many), as when the atlas reads the link.
    if (origin !== null && parseOrigins(origin)?.length === 1) origins.push(origin);
    else rejected.push(part);
  }
  return { origins: parseOrigins([...new Set(origins)].join(',')) ?? [], rejected };
}
