import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateNationalFtz } from '../../src/data/validateStats';
import { checkNationalFtz } from '../../scripts/build/nationalFtzCheck.mjs';

const FILE = 'data/national-ftz.json';
// A deliberately loose view of the file, to break it in place.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- fixtures poke at nested fields
const raw = () => JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, any>;
const provinces = JSON.parse(readFileSync('data/provinces.geojson', 'utf8')) as {
  features: { properties: { id: string } }[];
};

describe('national-ftz.json', () => {
  const result = validateNationalFtz(raw());
  const data = result.ok ? result.value : null;

  it('passes its check', () => {
    expect(result.ok ? null : result.error.message).toBeNull();
  });

  it('lists 22 FTZs in seven batches, with Beijing at 119.68 km² in 2020', () => {
    expect(data!.ftzs).toHaveLength(22);
    expect([...new Set(data!.ftzs.map((f) => f.batch))]).toEqual([2013, 2015, 2017, 2018, 2019, 2020, 2023]);
    const beijing = data!.ftzs.find((f) => f.id === 'beijing')!;
    expect([beijing.batch, beijing.current.km2, beijing.plan.document]).toEqual([2020, 119.68, '国发〔2020〕10号']);
  });

  it('places each FTZ in a province of the charts’ map of China', () => {
    const ids = new Set(provinces.features.map((f) => f.properties.id));
    expect(data!.ftzs.filter((f) => !ids.has(f.province)).map((f) => f.id)).toEqual([]);
  });

  it('publishes no unverified number (Chongqing’s and Hebei’s areas)', () => {
    const unverified = data!.ftzs.flatMap((f) => f.areas.filter((a) => a.area.status === 'unverified'));
    expect(unverified.length).toBe(7);
    expect(unverified.every((a) => a.area.km2 === null)).toBe(true);
  });
});

describe('the national FTZ check refuses', () => {
  it('an area figure without a source', () => {
    const input = raw();
    input['ftzs'][0]['areas'][1]['area']['sources'] = [];
    const result = validateNationalFtz(input);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error.message).toMatch(/shanghai.*areas\.lujiazui\.area.*without a source/);
  });

  it('a total without a source', () => {
    const input = raw();
    input['ftzs'][3]['current']['sources'] = [];
    const result = validateNationalFtz(input);
    expect(result.ok ? '' : result.error.message).toMatch(/fujian.*current.*without a source/);
  });

  it('a source id missing from the source list', () => {
    const input = raw();
    input['ftzs'][0]['approval']['sources'] = ['S99'];
    expect(validateNationalFtz(input).ok).toBe(false);
  });

  it('an unverified figure given as a number', () => {
    const input = raw();
    const hebei = (input['ftzs'] as { id: string; areas: { area: Record<string, unknown> }[] }[]).find(
      (f) => f.id === 'hebei',
    )!;
    hebei.areas[0]!.area['km2'] = 33.23;
    const result = validateNationalFtz(input);
    expect(result.ok ? '' : result.error.message).toMatch(/unverified/);
  });

  it('areas that do not add up to the total', () => {
    const input = raw();
    input['ftzs'][1]['areas'][0]['area']['km2'] = 61;
    expect(validateNationalFtz(input).ok).toBe(false);
  });

  it('at build time: a file with an unsourced figure fails the build check', async () => {
    const input = raw();
    input['ftzs'][0]['areas'][1]['area']['sources'] = [];
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const bad = join(mkdtempSync(join(tmpdir(), 'ftz-')), 'national-ftz.json');
    writeFileSync(bad, JSON.stringify(input));
    await expect(checkNationalFtz(bad)).rejects.toThrow(/without a source/);
    await expect(checkNationalFtz(FILE)).resolves.toBe(22);
  });
});

describe('the chart "Beijing among China\'s FTZs"', async () => {
  const { model, table, text } = await import('../../src/features/charts/catalog/nationalFtzModel');
  const { bundledChartData } = await import('./chartData');
  const data = bundledChartData();

  it('draws a bar for each of the 22 FTZs in seven batches, Beijing highlighted, Hainan off the scale', () => {
    const m = model(data, { width: 560, language: 'en' });
    expect(m.rows).toHaveLength(data.nationalFtz.ftzs.length);
    expect(m.batches.map((b) => b.label)).toEqual(['2013', '2015', '2017', '2018', '2019', '2020', '2023']);
    expect(m.rows.filter((r) => r.home).map((r) => r.id)).toEqual(['beijing']);
    const hainan = m.rows.find((r) => r.id === 'hainan')!;
    const shanghai = m.rows.find((r) => r.id === 'shanghai')!;
    expect(hainan.offScale).toBe(true);
    expect(hainan.barWidth).toBeGreaterThanOrEqual(shanghai.barWidth);
    expect(hainan.valueText).toMatch(/whole island.*off the scale/);
    // Bars are proportional to the totals on the scale.
    const beijing = m.rows.find((r) => r.id === 'beijing')!;
    expect(shanghai.barWidth / beijing.barWidth).toBeCloseTo(240.22 / 119.68, 3);
    expect(m.homeProvince).toBe('110000');
  });

  it('puts the areas side by side on request, and says where they are not published', () => {
    const m = model(data, { width: 560, language: 'zh', detail: true });
    const shanghai = m.rows.find((r) => r.id === 'shanghai')!;
    expect(shanghai.segments).toHaveLength(5);
    const sum = shanghai.segments!.reduce((total, s) => total + s.width, 0);
    expect(sum).toBeCloseTo(shanghai.barWidth, 3);
    const hebei = m.rows.find((r) => r.id === 'hebei')!;
    expect([hebei.segments, hebei.areasUnpublished]).toEqual([null, true]);
    expect(hebei.valueText).toContain('片区面积未公布');
    expect(model(data, { width: 560, language: 'en' }).rows.every((r) => r.segments === null)).toBe(true);
  });

  it('sorts by area on request', () => {
    const m = model(data, { width: 560, language: 'en', sort: 'area' });
    expect(m.rows.slice(0, 3).map((r) => r.id)).toEqual(['hainan', 'shanghai', 'zhejiang']);
    expect(m.batches).toEqual([]);
  });

  it('gives each figure its source in the table, and unverified areas as not published', () => {
    const [ftzs, areas, sources] = table(data, 'en');
    expect(ftzs!.rows).toHaveLength(22);
    expect(ftzs!.rows.every((row) => /S\d{2}/.test(row.at(-1)!))).toBe(true);
    const liangjiang = areas!.rows.find((row) => row[1] === 'Liangjiang')!;
    expect(liangjiang[2]).toBe('area not published');
    expect(sources!.rows.map((row) => row[0])).toEqual(data.nationalFtz.sources.map((s) => s.id));
    expect(text(data, 'en').source).toMatch(/^Source: .*\[S03\] China Daily/);
  });
});
