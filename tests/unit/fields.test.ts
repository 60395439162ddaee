import { describe, expect, it } from 'vitest';
import { initialAppState, LINKED_KEYS, linkOf, STATE_FIELDS, type UrlState } from '../../src/state/fields';
import { DEFAULT_URL_STATE, decodeUrlState, encodeUrlState, URL_KEYS } from '../../src/state/url';

/** A value for each linked field that differs from its default, to prove each field travels on its own. */
const awayFromDefault: UrlState = {
  view: { center: [116.5, 40.1], zoom: 11.5, bearing: 20 },
  selectedId: 'cbd-part',
  visibleLayers: ['ftz-area', 'subway'],
  language: 'zh',
  theme: 'projector',
  basemap: 'osm',
  compare: ['cbd-part', 'jinzhan-part'],
  references: ['shanghai', 'shanghai.lingang'],
  embed: true,
  embedHidden: ['details', 'controls'],
  tourStep: 3,
};

describe('the table of state fields', () => {
  it('gives every field of the state an initial value, and nothing else', () => {
    expect(Object.keys(initialAppState).sort()).toEqual(Object.keys(STATE_FIELDS).sort());
  });

  it('lets no two fields claim the same URL parameter', () => {
    expect(new Set(URL_KEYS).size).toBe(URL_KEYS.length);
    expect(URL_KEYS).toEqual([
      'center',
      'zoom',
      'bearing',
      'zone',
      'layers',
      'lang',
      'theme',
      'basemap',
      'compare',
      'ref',
      'embed',
      'hide',
      'tour',
      'step',
    ]);
  });

  for (const key of LINKED_KEYS) {
    it(`round-trips ${key}: default -> encode -> decode, and a changed value the same way`, () => {
      const link = linkOf(key);
      const roundTrip = (value: UrlState[typeof key]) =>
        link.decode(new URLSearchParams(link.encode(value)), DEFAULT_URL_STATE[key], {});
      expect(roundTrip(initialAppState[key])).toEqual(initialAppState[key]);
      expect(roundTrip(awayFromDefault[key])).toEqual(awayFromDefault[key]);
      // Only its own parameters are written.
      for (const [param] of link.encode(awayFromDefault[key])) expect(link.params).toContain(param);
    });

    it(`leaves ${key} out of a link at its default unless it must always be written`, () => {
      const params = encodeUrlState({ ...DEFAULT_URL_STATE });
      const written = linkOf(key).params.some((param) => params.has(param));
      expect(written).toBe(linkOf(key).alwaysWritten === true);
    });

    it(`decodes ${key} alone from a link, leaving the other fields at their defaults`, () => {
      const only = new URLSearchParams(linkOf(key).encode(awayFromDefault[key]));
      const decoded = decodeUrlState(only);
      expect(decoded[key]).toEqual(awayFromDefault[key]);
      for (const other of LINKED_KEYS.filter((k) => k !== key))
        expect(decoded[other]).toEqual(DEFAULT_URL_STATE[other]);
    });
  }

  it('keeps what the page alone knows out of links', () => {
    for (const key of ['hoveredId', 'systemTheme', 'activePanel', 'chartsOpen', 'fullScreen'] as const) {
      expect(STATE_FIELDS[key].link).toBeNull();
      expect(LINKED_KEYS).not.toContain(key);
    }
  });
});

describe('the embedHidden field (hide=)', () => {
  const decode = (query: string) => linkOf('embedHidden').decode(new URLSearchParams(query), [], {});

  it('keeps the known parts, in one order, whatever order or repeats a link has', () => {
    expect(decode('hide=controls,details')).toEqual(['details', 'controls']);
    expect(decode('hide=bar,bar,,BAR,<b>,legend')).toEqual(['bar']);
    expect(decode('hide=')).toEqual([]);
    expect(decode('')).toEqual([]);
  });

  it('writes one link per set, and nothing when nothing is hidden', () => {
    expect(linkOf('embedHidden').encode(['controls', 'details'])).toEqual([['hide', 'details,controls']]);
    expect(linkOf('embedHidden').encode([])).toEqual([]);
  });
});

describe('the compare field', () => {
  const decode = (query: string, zoneIds?: ReadonlySet<string>) =>
    linkOf('compare').decode(new URLSearchParams(query), [], zoneIds ? { zoneIds } : {});

  it('keeps the order of a link, and drops malformed and repeated ids', () => {
    expect(decode('compare=jinzhan-part,cbd-part')).toEqual(['jinzhan-part', 'cbd-part']);
    expect(decode('compare=cbd-part,,<script>,CBD,cbd-part,jinzhan-part')).toEqual(['cbd-part', 'jinzhan-part']);
    expect(decode('')).toEqual([]);
  });

  it('drops ids that are not zones once the zones are known', () => {
    expect(decode('compare=cbd-part,atlantis,jinzhan-part', new Set(['cbd-part', 'jinzhan-part']))).toEqual([
      'cbd-part',
      'jinzhan-part',
    ]);
  });

  it('keeps at most eight zones', () => {
    const ids = Array.from({ length: 10 }, (_, i) => `zone-${i}`);
    expect(decode(`compare=${ids.join(',')}`)).toEqual(ids.slice(0, 8));
  });

  it('writes nothing for an empty set', () => {
    expect(linkOf('compare').encode([])).toEqual([]);
  });
});

describe('the tour field', () => {
  const decode = (query: string, fallback: number | null = null) =>
    linkOf('tourStep').decode(new URLSearchParams(query), fallback, {});

  it('reads tour=1&step=N as scene N, 1-based as the caption counts', () => {
    expect(decode('tour=1&step=2')).toBe(2);
    expect(decode('step=4&tour=1')).toBe(4);
    expect(linkOf('tourStep').encode(5)).toEqual([
      ['tour', '1'],
      ['step', '5'],
    ]);
  });

  it('opens the first scene when the step is missing or not a plain whole number', () => {
    for (const step of ['', '0', '-2', '2.5', '1e2', '03', ' 3', 'abc', 'Infinity', '0x10'])
      expect(decode(`tour=1&step=${encodeURIComponent(step)}`), step).toBe(1);
    expect(decode('tour=1')).toBe(1);
  });

  it('clamps a huge step to the most a tour may have (the panel clamps to its scenes)', () => {
    expect(decode('tour=1&step=5000')).toBe(999);
    expect(decode('tour=1&step=99999999999')).toBe(1);
  });

  it('ignores a step without tour=1, and anything but 1 or 0 as the flag', () => {
    expect(decode('step=3')).toBeNull();
    expect(decode('tour=yes&step=3')).toBeNull();
    expect(decode('tour=yes&step=3', 2)).toBe(2);
    expect(decode('tour=0&step=3', 2)).toBeNull();
  });

  it('writes nothing when no tour is running', () => {
    expect(linkOf('tourStep').encode(null)).toEqual([]);
    expect(encodeUrlState({ ...DEFAULT_URL_STATE, tourStep: 2 }).toString()).toContain('tour=1&step=2');
  });
});

describe("the ref field (the comparison's reference rows)", () => {
  const decode = (query: string) => linkOf('references').decode(new URLSearchParams(query), [], {});

  it('keeps FTZ and area ids in order, once each, and at most six', () => {
    expect(decode('ref=shanghai,shanghai.lingang')).toEqual(['shanghai', 'shanghai.lingang']);
    expect(decode('ref=a,b,c,d,e,f,g')).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(decode('ref=hainan,hainan')).toEqual(['hainan']);
  });

  it('drops tampered ids one by one and keeps the rest', () => {
    expect(decode('ref=<script>,shanghai,a.b.c,Shanghai,,.lingang,x.,hebei.daxing-airport')).toEqual([
      'shanghai',
      'hebei.daxing-airport',
    ]);
    expect(decode(`ref=${'a'.repeat(200)},tianjin`)).toEqual(['tianjin']);
    expect(decode('')).toEqual([]);
  });

  it('is left out of a link when empty', () => {
    expect(linkOf('references').encode([])).toEqual([]);
    expect(linkOf('references').encode(['shanghai', 'shanghai.lingang'])).toEqual([
      ['ref', 'shanghai,shanghai.lingang'],
    ]);
  });
});
