// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, decodeUrlState, encodeUrlState, type UrlState } from '../../src/state/url';
import {
  atlasBase,
  defaultEmbedOptions,
  embedSize,
  embedSnippet,
  embedUrl,
  escapeAttribute,
  initialTourStep,
  readOrigins,
  readTourStep,
  type EmbedOptions,
} from '../../src/features/share/shareModel';
import { embedFrameTitle } from '../../src/features/share/shareEmbed';
import { embedForm } from '../../src/features/share/shareEmbedForm';

const codec = { encode: encodeUrlState, defaults: DEFAULT_URL_STATE };
const BASE = 'https://atlas.example.org/ftz/';

/** What is on screen: a zone open, a turned camera, fewer layers, the dark theme, a comparison. */
const onScreen: UrlState = {
  ...DEFAULT_URL_STATE,
  view: { center: [116.46123, 39.91456], zoom: 13.25, bearing: -20 },
  selectedId: 'cbd-part',
  visibleLayers: ['ftz-area', 'subway'],
  language: 'zh',
  theme: 'dark',
  compare: ['cbd-part', 'jinzhan-part'],
};
const options = (more: Partial<EmbedOptions> = {}): EmbedOptions => ({ ...defaultEmbedOptions(onScreen), ...more });
const paramsOf = (url: string) => new URL(url).searchParams;
/** The first element of `html`, parsed as a browser parses a pasted snippet. */
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html').body.firstElementChild!;

describe('the embed link', () => {
  it('reads back, through the link codec, as the view on screen, embedded, without the comparison', () => {
    const url = embedUrl(BASE, onScreen, options(), codec);
    expect(url.startsWith(`${BASE}?`)).toBe(true);
    expect(decodeUrlState(paramsOf(url))).toEqual({ ...onScreen, compare: [], embed: true });
    // Commas stay commas, so a pasted link reads well.
    expect(url).toContain('center=116.46123,39.91456');
  });

  it('leaves the camera, layers and background map out for the default view', () => {
    const params = paramsOf(embedUrl(BASE, { ...onScreen, basemap: 'osm' }, options({ view: 'default' }), codec));
    for (const param of ['center', 'zoom', 'bearing', 'layers', 'basemap'])
      expect(params.has(param), param).toBe(false);
    expect(params.get('zone')).toBe('cbd-part');
    expect(params.get('embed')).toBe('1');
  });

  it('writes the chosen language, theme and zone, and no zone for "none"', () => {
    const params = paramsOf(
      embedUrl(BASE, onScreen, options({ language: 'en', theme: 'projector', zone: 'none' }), codec),
    );
    expect(params.get('lang')).toBe('en');
    expect(params.get('theme')).toBe('projector');
    expect(params.has('zone')).toBe(false);
    // The automatic theme is the default, so it is left out.
    expect(paramsOf(embedUrl(BASE, onScreen, options({ theme: 'auto' }), codec)).has('theme')).toBe(false);
  });

  it('writes hidden parts in one order, origins as typed origins, and the tour step', () => {
    const url = embedUrl(
      BASE,
      onScreen,
      options({ hidden: ['controls', 'details'], origins: ['https://slides.example.org'], tourStep: 3 }),
      codec,
    );
    const params = paramsOf(url);
    expect(params.get('hide')).toBe('details,controls');
    expect(params.get('origins')).toBe('https://slides.example.org');
    expect(url).toContain('origins=https://slides.example.org');
    expect([params.get('tour'), params.get('step')]).toEqual(['1', '3']);
    expect(decodeUrlState(params).embedHidden).toEqual(['details', 'controls']);
  });

  it('keeps the tour step within the steps a link may name', () => {
    const step = (tourStep: number) => paramsOf(embedUrl(BASE, onScreen, options({ tourStep }), codec)).get('step');
    expect([step(0), step(2.4), step(5000)]).toEqual(['1', '2', '999']);
  });

  it('writes no tour, origins or hide parameters when none are chosen', () => {
    const params = paramsOf(embedUrl(BASE, onScreen, options(), codec));
    for (const param of ['tour', 'step', 'origins', 'hide']) expect(params.has(param), param).toBe(false);
  });

  it('is built on the atlas’s address without its query or fragment', () => {
    expect(atlasBase('https://atlas.example.org/ftz/?zone=cbd-part&lang=en#map')).toBe(BASE);
  });
});

describe('the snippet', () => {
  it('is an iframe with a title, lazy loading, full screen allowed and an origin-only referrer', () => {
    const url = embedUrl(BASE, onScreen, options(), codec);
    const frame = parse(embedSnippet(url, 'Beijing FTZ Atlas: Beijing CBD part', options()));
    expect(frame.tagName).toBe('IFRAME');
    expect(frame.getAttribute('src')).toBe(url);
    expect(frame.getAttribute('title')).toBe('Beijing FTZ Atlas: Beijing CBD part');
    expect(frame.getAttribute('width')).toBe('800');
    expect(frame.getAttribute('height')).toBe('450');
    expect(frame.getAttribute('loading')).toBe('lazy');
    expect(frame.getAttribute('allow')).toBe('fullscreen');
    expect(frame.getAttribute('referrerpolicy')).toBe('strict-origin');
  });

  it('escapes attribute values: a title or link cannot close the attribute or open a tag', () => {
    const title = 'A "quoted" <b>bold</b> & co';
    const url = `${BASE}?zone=cbd-part&lang=en&x="><script>`;
    const snippet = embedSnippet(url, title, options());
    expect(snippet).not.toContain('<script>');
    expect(snippet).not.toContain('<b>');
    const frame = parse(snippet);
    expect(frame.getAttribute('title')).toBe(title);
    expect(frame.getAttribute('src')).toBe(url);
    // Nothing leaked out of a value into an attribute of its own.
    expect(frame.getAttributeNames()).toEqual([
      'src',
      'title',
      'width',
      'height',
      'style',
      'loading',
      'allow',
      'referrerpolicy',
    ]);
    expect(escapeAttribute(`&"<>'`)).toBe(`&amp;&quot;&lt;&gt;'`);
  });

  it('writes the 1280 × 720 preset, a clamped custom size, and a responsive 16:9 frame', () => {
    expect(embedSize({ size: '1280x720', custom: { width: 1, height: 1 } })).toEqual({ width: 1280, height: 720 });
    expect(embedSize({ size: 'custom', custom: { width: 640.4, height: 99999 } })).toEqual({
      width: 640,
      height: 2160,
    });
    expect(embedSize({ size: 'custom', custom: { width: Number.NaN, height: 10 } })).toEqual({
      width: 200,
      height: 150,
    });
    const responsive = parse(embedSnippet(BASE, 'Atlas', { size: 'responsive', custom: { width: 800, height: 450 } }));
    expect(responsive.hasAttribute('width')).toBe(false);
    expect(responsive.getAttribute('style')).toContain('width:100%');
    expect(responsive.getAttribute('style')).toContain('aspect-ratio:16/9');
  });
});

describe('the dialog’s first options', () => {
  it('follow the page: its language and theme, its zone if one is open, at 800 × 450', () => {
    expect(defaultEmbedOptions(onScreen)).toMatchObject({
      language: 'zh',
      theme: 'dark',
      zone: 'current',
      size: '800x450',
    });
    expect(defaultEmbedOptions({ ...onScreen, selectedId: null }).zone).toBe('none');
  });

  it('start the tour step at the scene on screen while a tour runs, else at the first', () => {
    expect(initialTourStep({ tourStep: 5 })).toBe(5);
    expect(initialTourStep({ tourStep: null })).toBe(1);
    // The box that adds the tour stays unticked: the step is only where it starts.
    expect(defaultEmbedOptions({ ...onScreen, tourStep: 5 } as UrlState).tourStep).toBeNull();
  });

  it('carry a tour step only while its box is ticked, the first step if what was typed is not one', () => {
    expect(readTourStep(false, '5')).toBeNull();
    expect(readTourStep(true, '5')).toBe(5);
    expect(readTourStep(true, '')).toBe(1);
    expect(readTourStep(true, 'x')).toBe(1);
  });
});

describe('the dialog’s fields', () => {
  const cbd = { name_en: 'Beijing CBD part', name_zh: '北京商务中心区片区' } as Parameters<typeof embedFrameTitle>[1];

  it('read back the first options until something is changed', () => {
    const form = embedForm('en', onScreen, cbd);
    expect(form.read()).toEqual(defaultEmbedOptions(onScreen));
    const tour = form.element.querySelector<HTMLInputElement>('#share-tour')!;
    tour.checked = true;
    expect(form.read().tourStep).toBe(1);
  });

  it('say which typed origins were left out', () => {
    const form = embedForm('en', onScreen, cbd);
    form.element.querySelector<HTMLInputElement>('#share-origins')!.value = 'https://slides.example.org nowhere';
    expect(form.read().origins).toEqual(['https://slides.example.org']);
    expect(form.element.querySelector('#share-origins-rejected')!.textContent).toBe(
      'Not a web origin, left out: nowhere',
    );
  });

  it('title the frame in the embedded atlas’s language, with the zone it opens on', () => {
    expect(embedFrameTitle({ zone: 'current', language: 'zh' }, cbd)).toBe('北京自贸区地图集：北京商务中心区片区');
    expect(embedFrameTitle({ zone: 'current', language: 'en' }, cbd)).toBe('Beijing FTZ Atlas: Beijing CBD part');
    expect(embedFrameTitle({ zone: 'none', language: 'en' }, cbd)).toBe('Beijing FTZ Atlas');
    expect(embedFrameTitle({ zone: 'current', language: 'en' }, null)).toBe('Beijing FTZ Atlas');
  });
});

describe('reading typed origins', () => {
  it('keeps origins, reads an address as its origin, and lists what is not one', () => {
    expect(
      readOrigins('https://slides.example.org, http://127.0.0.1:8080/deck/index.html\nhttps://slides.example.org'),
    ).toEqual({ origins: ['https://slides.example.org', 'http://127.0.0.1:8080'], rejected: [] });
    expect(readOrigins('slides.example.org ftp://files.example.org javascript:alert(1)')).toEqual({
      origins: [],
      rejected: ['slides.example.org', 'ftp://files.example.org', 'javascript:alert(1)'],
    });
    expect(readOrigins('  ')).toEqual({ origins: [], rejected: [] });
  });
});
