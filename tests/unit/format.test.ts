import { describe, expect, it } from 'vitest';
import { formatArea, localized, zoneName, zoneNames } from '../../src/i18n/format';
import { round } from '../../src/geo/round';

describe('localized', () => {
  const zone = { name_en: 'CBD part', name_zh: 'CBD组团', area_scope: 'whole part', area_scope_zh: '全部' };
  it('reads the _en or _zh field', () => {
    expect(localized(zone, 'name', 'en')).toBe('CBD part');
    expect(localized(zone, 'name', 'zh')).toBe('CBD组团');
  });
  it('reads a plain field as the English value when there is no _en twin', () => {
    expect(localized(zone, 'area_scope', 'en')).toBe('whole part');
    expect(localized(zone, 'area_scope', 'zh')).toBe('全部');
  });
  it('keeps null values (a list that exists in one language only)', () => {
    expect(localized({ sectors_en: null, sectors_zh: null }, 'sectors', 'en')).toBeNull();
  });
});

describe('zone names', () => {
  it('gives the name in the language first', () => {
    expect(zoneNames({ name_en: 'A', name_zh: '甲' }, 'zh')).toEqual(['甲', 'A']);
    expect(zoneName({ name_en: 'A', name_zh: '甲' }, 'en')).toBe('A');
  });
});

describe('formatArea', () => {
  it('keeps published precision and localises the unit', () => {
    expect(formatArea('en', 5.466)).toBe('5.466 km²');
    expect(formatArea('zh', 119.68)).toBe('119.68 平方公里');
    expect(formatArea('en', 4.9, 2, 2)).toBe('4.90 km²');
  });
});

describe('round', () => {
  it('rounds half away from zero and never gives -0', () => {
    expect(round(2.345, 2)).toBe(2.35);
    expect(round(-2.5)).toBe(-3);
    expect(Object.is(round(-0.0001, 2), 0)).toBe(true);
    expect(round(116.4412345, 5)).toBe(116.44123);
  });
});
