import { describe, expect, it } from 'vitest';
import { bundledChartData, withExtraZone, zoneInputs } from './chartData';
import * as zoneAreas from '../../src/features/charts/catalog/zoneAreasModel';
import * as composition from '../../src/features/charts/catalog/areaCompositionModel';
import * as servicesShare from '../../src/features/charts/catalog/servicesShare';
import * as keyFigures from '../../src/features/charts/catalog/keyFigures';
import * as timeline from '../../src/features/charts/catalog/timeline';
import * as pilot from '../../src/features/charts/catalog/pilotRegionsModel';
import * as shunyi from '../../src/features/charts/catalog/shunyiModel';

const data = bundledChartData();
const en = { width: 560, language: 'en' as const };
const zh = { width: 560, language: 'zh' as const };

describe('zone areas chart model', () => {
  const m = zoneAreas.model(data, en);

  it('draws bars whose lengths are proportional to the official and the mapped areas', () => {
    const published = m.rows.filter((r) => r.official !== null);
    expect(published.length).toBeGreaterThanOrEqual(9);
    for (const row of published) expect(row.officialWidth / row.official!).toBeCloseTo(m.pxPerKm2, 6);
    for (const row of m.rows) expect(row.mappedWidth / row.mapped).toBeCloseTo(m.pxPerKm2, 6);
    const byId = new Map(m.rows.map((r) => [r.id, r]));
    expect(byId.get('capital-airport-part')!.officialWidth / byId.get('cbd-part')!.officialWidth).toBeCloseTo(
      28.5 / 4.96,
      6,
    );
  });

  it('gives zones without a published area no bar, and says so', () => {
    const yizhuang = m.rows.find((r) => r.id === 'yizhuang-part')!;
    expect(yizhuang.official).toBeNull();
    expect(yizhuang.officialWidth).toBe(0);
    expect(yizhuang.officialText).toBe('area not published');
    expect(yizhuang.mapped).toBeGreaterThan(0);
  });

  it('states the 119.68 km² total and the 31.85 / 48.34 / 39.49 split', () => {
    expect(m.totalLine).toBe('Total 119.68 km² = 31.85 + 48.34 + 39.49 km²');
    expect(zoneAreas.text(data, 'en').takeaway).toContain('Capital International Airport surroundings (28.5 km²)');
  });

  it('groups the parts under their areas and keeps the published order by default', () => {
    expect(m.rows.map((r) => [r.id, r.groupId, r.depth]).slice(0, 4)).toEqual([
      ['sci-tech-innovation-area', 'sci-tech-innovation-area', 0],
      ['zhongguancun-science-city-part', 'sci-tech-innovation-area', 1],
      ['life-science-park-part', 'sci-tech-innovation-area', 1],
      ['international-business-services-area', 'international-business-services-area', 0],
    ]);
    for (let i = 1; i < m.rows.length; i++)
      expect(m.rows[i]!.y).toBeGreaterThanOrEqual(m.rows[i - 1]!.y + m.rows[i - 1]!.height);
  });

  it('sorts by official area within each group, unpublished areas last', () => {
    const rows = zoneAreas.model(data, { ...en, sort: 'area' }).rows;
    expect(rows.filter((r) => r.depth === 0).map((r) => r.official)).toEqual([48.34, 39.49, 31.85]);
    expect(
      rows.filter((r) => r.groupId === 'international-business-services-area' && r.depth === 1).map((r) => r.official),
    ).toEqual([28.5, 10.87, 4.96, 2.96]);
    expect(rows.filter((r) => r.groupId === 'high-end-industry-area').map((r) => r.official)).toEqual([
      39.49,
      null,
      null,
    ]);
  });

  it('sorts by name in the reader’s language', () => {
    const names = (language: 'en' | 'zh') =>
      zoneAreas
        .model(data, { width: 560, language, sort: 'name' })
        .rows.filter((r) => r.depth === 0)
        .map((r) => r.labelLines.join(' '));
    expect(names('en')).toEqual([
      'High-end Industry Area',
      'International Business Services Area',
      'Sci-Tech Innovation Area',
    ]);
    // Chinese collation orders by pinyin: gao (高), guo (国), ke (科).
    expect(names('zh')).toEqual(['高端产业片区', '国际商务服务片区', '科技创新片区']);
  });

  it('labels rows in both languages', () => {
    expect(zoneAreas.model(data, zh).rows[0]!.labelLines).toEqual(['科技创新片区']);
    expect(zoneAreas.model(data, zh).totalLine).toBe('合计 119.68 平方公里 = 31.85 + 48.34 + 39.49 平方公里');
    expect(zoneAreas.text(data, 'zh').title).toBe('自贸试验区各片区及组团的官方面积');
  });

  it('takes in zones nested inside parts, such as a bonded zone, one level deeper, and leaves out points', () => {
    const rows = zoneAreas.model(zoneInputs(data.zones), en).rows;
    const index = rows.findIndex((r) => r.id === 'tianzhu-comprehensive-bonded-zone');
    expect(rows[index]!.depth).toBe(2);
    expect(rows[index - 1]!.id).toBe('capital-airport-part');
    expect(rows.map((r) => r.id)).not.toContain('china-international-exhibition-center');
  });

  it('has a table with the same numbers', () => {
    const [table] = zoneAreas.table(data, 'en');
    const cbd = table!.rows.find((row) => row[0] === 'Beijing CBD part')!;
    expect(cbd.slice(1, 3)).toEqual(['International Business Services Area', '4.96']);
  });
});

describe('composition chart model', () => {
  const m = composition.model(data, en);

  it('shows the unexplained 1.05 km² of the International Business Services Area', () => {
    const gap = m.tiles.find((tile) => tile.kind === 'unexplained')!;
    expect(gap.areaId).toBe('international-business-services-area');
    expect(gap.km2).toBeCloseTo(1.05, 6);
    expect(gap.label).toBe('Unexplained 1.05 km²');
  });

  it('shows the High-end Industry parts as unpublished, not as zero or guessed', () => {
    const unpublished = m.tiles.filter((tile) => tile.kind === 'unpublished');
    expect(unpublished).toHaveLength(1);
    expect(unpublished[0]!.km2).toBeCloseTo(39.49, 6);
    expect(unpublished[0]!.label).toContain('Yizhuang');
    expect(unpublished[0]!.label).toContain('Daxing biomedicine');
    expect(m.tiles.some((tile) => tile.id === 'yizhuang-part')).toBe(false);
  });

  it('makes every tile’s area proportional to its km², adding up to 119.68', () => {
    for (const tile of m.tiles)
      expect(((tile.x1 - tile.x0) * (tile.y1 - tile.y0)) / tile.km2).toBeCloseTo(m.pxPerKm2, 3);
    expect(m.tiles.reduce((sum, tile) => sum + tile.km2, 0)).toBeCloseTo(119.68, 6);
    expect(m.bands.map((b) => b.valueText)).toEqual(['31.85 km²', '48.34 km²', '39.49 km²']);
  });

  it('does not count a bonded zone inside a part a second time', () => {
    const zones = withExtraZone(data.zones, {
      id: 'tianzhu-cbz',
      kind: 'bonded-zone',
      parent: 'capital-airport-part',
      official_area_km2: 5.466,
    });
    const tiles = composition.model(zoneInputs(zones), en).tiles;
    expect(tiles.find((tile) => tile.kind === 'unexplained')!.km2).toBeCloseTo(1.05, 6);
    expect(tiles.some((tile) => tile.id === 'tianzhu-cbz')).toBe(false);
  });

  it('says in both languages what is known, unexplained and unpublished', () => {
    expect(composition.text(data, 'en').takeaway).toBe(
      'Published parts account for 79.14 km² of the 119.68 km²; 1.05 km² is not explained by any source and 39.49 km² belongs to parts whose areas are not published.',
    );
    expect(composition.model(data, zh).tiles.find((tile) => tile.kind === 'unexplained')!.label).toBe(
      '未说明 1.05 平方公里',
    );
  });
});

describe('services share chart model', () => {
  const m = servicesShare.model(data, en);

  it('plots 2018–2024 with higher shares higher up, and highlights 83.5% in 2019', () => {
    expect(m.points.map((p) => p.year)).toEqual(['2018', '2019', '2020', '2021', '2022', '2023', '2024']);
    const highlighted = m.points.filter((p) => p.highlighted);
    expect(highlighted.map((p) => [p.year, p.label])).toEqual([['2019', '83.5%']]);
    const y = Object.fromEntries(m.points.map((p) => [p.year, p.y]));
    expect(y['2021']).toBeGreaterThan(y['2019']!);
    expect(y['2024']).toBeLessThan(y['2023']!);
    expect(m.points[3]!.dip).toBe(true);
  });

  it('marks the 2018 revision from 81.0%', () => {
    const [first] = m.points;
    expect(first!.label).toBe('83.1% (revised)');
    expect(first!.revision).toMatchObject({ original: 81, label: '81.0% as first published' });
    expect(first!.revision!.y).toBeGreaterThan(first!.y);
  });

  it('names its sources in the caption and says where the axis starts', () => {
    expect(servicesShare.text(data, 'en').source).toMatch(/^Source: Beijing Municipal Bureau of Statistics/);
    expect(m.axisNote).toBe('The axis starts at 80%');
    expect(servicesShare.text(data, 'zh').title).toBe('北京服务业占地区生产总值比重（2018—2024年）');
  });
});

describe('key figures chart model', () => {
  it('lays out the nine cards in as many columns as fit, without overlap', () => {
    expect(keyFigures.model(data, { ...en, width: 300 }).columns).toBe(1);
    const m = keyFigures.model(data, en);
    expect(m.columns).toBe(3);
    // One card per headline figure, in the data's order (statsData.test.ts pins the values themselves).
    expect(m.cards.map((c) => c.value)).toEqual(data.stats.figures.filter((f) => f.card).map((f) => f.display_en));
    expect(m.cards).toHaveLength(9);
    for (const a of m.cards) {
      for (const b of m.cards) {
        if (a === b) continue;
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart).toBe(true);
      }
    }
  });

  it('links the Shunyi cards to their zone, in the map’s colour', () => {
    const card = keyFigures.model(data, en).cards.find((c) => c.id === 'shunyi-zone-area')!;
    expect(card.zoneId).toBe('capital-airport-part');
    expect(card.zoneColor).toBe(data.colors.get('capital-airport-part'));
  });

  it('shows each card in Chinese too, with its source', () => {
    const m = keyFigures.model(data, zh);
    expect(m.cards[1]!.value).toBe('762亿美元');
    expect(m.cards[0]!.sourceLines.join(' ')).toContain('Global Times, 2020年9月6日');
  });
});

describe('timeline chart model', () => {
  const m = timeline.model(data, en);
  const events = m.rows.filter((r) => r.kind === 'event');

  it('lists the milestones from 2020 in date order under year headings', () => {
    const dates = events.map((r) => r.event!.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]!.startsWith('2020')).toBe(true);
    expect(m.rows.filter((r) => r.kind === 'year').map((r) => r.year)).toEqual([
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
    ]);
    for (let i = 1; i < m.rows.length; i++) expect(m.rows[i]!.y).toBe(m.rows[i - 1]!.y + m.rows[i - 1]!.height);
  });

  it('offers "Show on map" for events with a place, and links single-zone events to their zone', () => {
    const sciTech = events.find((r) => r.event!.id === 'sci-tech-area-inaugurated')!;
    expect(sciTech.titleLines.at(-1)).toBe('◎ Show on map');
    expect(sciTech.zoneId).toBe('sci-tech-innovation-area');
    const meeting = events.find((r) => r.event!.id === 'two-zones-mobilization-meeting')!;
    expect(meeting.titleLines.join(' ')).not.toContain('Show on map');
  });

  it('counts the 24 days from announcement to the last inauguration', () => {
    expect(timeline.text(data, 'en').takeaway).toContain('within 24 days');
    expect(timeline.text(data, 'zh').takeaway).toContain('2020年9月4日');
  });
});

describe('pilot regions chart model', () => {
  const m = pilot.model(data, en);

  it('puts the 28 regions on the map, Beijing highlighted', () => {
    expect(m.points).toHaveLength(28);
    expect(m.points.filter((p) => p.home).map((p) => p.name)).toEqual(['Beijing']);
    for (const p of m.points) expect(p.x > 0 && p.x < m.width && p.y > 0 && p.y < m.height).toBe(true);
    expect(m.provinces).toHaveLength(34);
  });

  it('draws the cases by group as bars proportional to the counts, derived groups marked', () => {
    expect(m.bars.map((b) => [b.cases, b.derived])).toEqual([
      [16, false],
      [17, true],
      [25, true],
      [25, false],
    ]);
    for (const bar of m.bars) expect(bar.height / bar.cases).toBeCloseTo(m.bars[3]!.height / 25, 6);
    expect(m.totalText).toBe('83 cases');
    expect(pilot.model(data, zh).bars[1]!.label).toBe('第2批');
  });

  it('stacks the bars under the map when the chart is narrow', () => {
    const narrow = pilot.model(data, { ...en, width: 360 });
    expect(narrow.barsOrigin.x).toBe(0);
    expect(narrow.barsOrigin.y).toBeGreaterThan(Math.max(...narrow.points.map((p) => p.y)));
  });
});

describe('Shunyi 3+7+N chart model', () => {
  const m = shunyi.model(data, en);

  it('has the model, its three parts, three parks, seven sectors and the goal', () => {
    expect(m.nodes.filter((n) => n.depth === 1).map((n) => n.lines.join(' '))).toEqual([
      '3 parks',
      '7 sectors',
      'N: the goal',
    ]);
    expect(m.nodes.filter((n) => n.depth === 2 && n.group === 'parks')).toHaveLength(3);
    expect(m.nodes.filter((n) => n.depth === 2 && n.group === 'sectors')).toHaveLength(7);
    expect(m.links).toHaveLength(14);
    expect(m.nodes[0]!.zoneId).toBe('shunyi-demonstration-zone');
    expect(m.nodes.find((n) => n.id === 'tianzhu-free-trade-zone')?.zoneId).toBe('tianzhu-comprehensive-bonded-zone');
  });

  it('keeps the leaf labels from overlapping', () => {
    const leaves = m.nodes.filter((n) => n.depth === 2).sort((a, b) => a.y - b.y);
    for (let i = 1; i < leaves.length; i++) {
      expect(leaves[i]!.y - leaves[i - 1]!.y).toBeGreaterThanOrEqual(leaves[i - 1]!.lines.length * 13);
    }
  });

  it('labels the diagram in Chinese', () => {
    const labels = shunyi.model(data, zh).nodes.map((n) => n.lines.join(''));
    expect(labels).toContain('航空服务');
    expect(labels).toContain('3个园区');
  });
});
