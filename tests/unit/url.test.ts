import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, decodeUrlState, encodeUrlState, mergeUrlState, type UrlState } from '../../src/state/url';
import { LAYER_GROUPS } from '../../src/state/layerGroups';

const shared: UrlState = {
  view: { center: [116.58123, 40.07456], zoom: 12.35, bearing: -30.5 },
  selectedId: 'capital-airport-part',
  visibleLayers: ['ftz-area', 'ftz-part', 'districts', 'water'],
  language: 'zh',
  theme: 'dark',
  basemap: 'osm',
  compare: ['cbd-part', 'jinzhan-part'],
  references: ['hainan'],
  embed: true,
  embedHidden: ['bar'],
  tourStep: 4,
};

const roundTrip = (state: UrlState) => decodeUrlState(encodeUrlState(state).toString());

describe('URL state codec', () => {
  it('round-trips a state with every field away from its default', () => {
    expect(roundTrip(shared)).toEqual(shared);
  });

  it('round-trips the default state, and writes only the language for it', () => {
    expect(roundTrip(DEFAULT_URL_STATE)).toEqual(DEFAULT_URL_STATE);
    expect(encodeUrlState(DEFAULT_URL_STATE).toString()).toBe('lang=en');
  });

  it('round-trips every theme, the projector theme included', () => {
    for (const theme of ['auto', 'light', 'dark', 'projector'] as const) {
      expect(roundTrip({ ...shared, theme }).theme).toBe(theme);
    }
  });

  it('round-trips an empty layer set and a single layer', () => {
    expect(roundTrip({ ...shared, visibleLayers: [] }).visibleLayers).toEqual([]);
    expect(roundTrip({ ...shared, visibleLayers: ['subway'] }).visibleLayers).toEqual(['subway']);
    expect(encodeUrlState({ ...shared, visibleLayers: [] }).get('layers')).toBe('none');
  });

  it('rounds the camera to link precision (about a metre) so links stay short', () => {
    const params = encodeUrlState({ ...shared, view: { center: [116.4412345678, 39.9], zoom: 9.87654, bearing: 0 } });
    expect(params.get('center')).toBe('116.44123,39.9');
    expect(params.get('zoom')).toBe('9.88');
    expect(params.has('bearing')).toBe(false);
  });

  it('writes layers in canonical order whatever order the state holds them in', () => {
    const params = encodeUrlState({ ...shared, visibleLayers: ['water', 'ftz-area', 'districts'] });
    expect(params.get('layers')).toBe('ftz-area,districts,water');
  });

  it('reads a link with a leading "?" and ignores parameters it does not own', () => {
    const state = decodeUrlState('?embed=1&zone=cbd-part&lang=zh&compare=a,b');
    expect(state.selectedId).toBe('cbd-part');
    expect(state.language).toBe('zh');
    expect(state.view).toEqual(DEFAULT_URL_STATE.view);
  });

  it('uses the defaults it is given for missing fields', () => {
    expect(decodeUrlState('', { defaults: { language: 'zh' } }).language).toBe('zh');
    expect(decodeUrlState('lang=en', { defaults: { language: 'zh' } }).language).toBe('en');
  });

  it('drops a zone id that is not in the data when it knows the ids', () => {
    const zoneIds = new Set(['cbd-part']);
    expect(decodeUrlState('zone=cbd-part', { zoneIds }).selectedId).toBe('cbd-part');
    expect(decodeUrlState('zone=tianzhu-cbz', { zoneIds }).selectedId).toBeNull();
  });

  it('keeps other parameters and the known ones in order when merging into an existing query', () => {
    const query = mergeUrlState('?origins=https://slides.example&zone=old&lang=en', shared);
    const params = new URLSearchParams(query);
    expect(params.get('origins')).toBe('https://slides.example');
    expect(params.get('embed')).toBe('1');
    expect(params.get('zone')).toBe('capital-airport-part');
    expect(query).toContain('center=116.58123,40.07456');
  });
});

describe('URL state codec with junk', () => {
  // Each bad value must fall back to that field's default and leave the other fields as given.
  const good = encodeUrlState(shared);
  const withValue = (key: string, value: string) => {
    const params = new URLSearchParams(good);
    params.set(key, value);
    return decodeUrlState(params);
  };

  const junkByField: [key: string, field: keyof UrlState, values: string[]][] = [
    [
      'center',
      'view',
      [
        '',
        'abc',
        '116.4',
        '116.4,39.9,1',
        '0,0',
        '200,39.9',
        'NaN,NaN',
        'Infinity,39',
        '1e2,39.9',
        '116.4, 39.9',
        '0x74,39.9',
      ],
    ],
    ['zoom', 'view', ['', 'x', '-3', '99', '1e1', 'Infinity', '12abc', ' 12']],
    ['bearing', 'view', ['', 'north', '361', '-181', 'NaN']],
    ['zone', 'selectedId', ['', 'CBD', '<script>alert(1)</script>', '../../etc', 'a--b', '-a', 'a'.repeat(0)]],
    ['layers', 'visibleLayers', ['', ',,,', 'bogus', 'SUBWAY', '%00']],
    ['lang', 'language', ['', 'fr', 'ZH', 'zh-CN', 'en ']],
    ['theme', 'theme', ['', 'blue', 'Dark', 'auto;']],
    ['basemap', 'basemap', ['', 'google', 'OSM', 'https://evil.example/{z}/{x}/{y}.png']],
    ['embed', 'embed', ['', 'true', 'yes', '2', ' 1']],
    ['hide', 'embedHidden', ['', ',,', 'everything', 'Details', 'bar;']],
    // A bad flag drops the tour; a bad step with tour=1 falls back to the first scene (fields.test.ts).
    ['tour', 'tourStep', ['', 'true', 'yes', '2', ' 1']],
  ];

  for (const [key, field, values] of junkByField) {
    it(`falls back to the default ${key} for ${values.length} bad values`, () => {
      for (const value of values) {
        const decoded = withValue(key, value);
        if (field === 'view') {
          const part = key as 'center' | 'zoom' | 'bearing';
          expect(decoded.view[part], `${key}=${value}`).toEqual(DEFAULT_URL_STATE.view[part]);
        } else {
          expect(decoded[field], `${key}=${value}`).toEqual(DEFAULT_URL_STATE[field]);
        }
        // Everything else is still what the link said.
        const rest = { ...decoded, view: shared.view, [field]: shared[field] };
        expect(rest).toEqual(shared);
      }
    });
  }

  it('keeps the known layers of a partly unknown list', () => {
    expect(withValue('layers', 'subway,bogus,ftz-area').visibleLayers).toEqual(['ftz-area', 'subway']);
  });

  it('never throws, whatever the query string', () => {
    const junk = [
      '%',
      '%E0%A4%A',
      '?&&&==&',
      'center=%ZZ',
      '\u0000\uffff',
      'zoom=' + '9'.repeat(10_000),
      'layers=' + LAYER_GROUPS.join(',').repeat(50),
      'zone=a&zone=b&zone=',
      '__proto__=1&constructor=2',
    ];
    for (const query of junk) expect(() => decodeUrlState(query)).not.toThrow();
    // A seeded pseudo-random fuzz over printable and odd characters.
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const alphabet = 'abcz019.,-=&?%#+ 中\u0000';
    for (let i = 0; i < 500; i++) {
      const query = Array.from({ length: next() % 60 }, () => alphabet[next() % alphabet.length]).join('');
      const state = decodeUrlState(query);
      expect(state.view.zoom).toBeGreaterThanOrEqual(7);
      expect(['en', 'zh']).toContain(state.language);
    }
  });
});
