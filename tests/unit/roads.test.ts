import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import {
  expression,
  featureFilter,
  validateStyleMin,
  type FilterSpecification,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { testStyleInput } from './styleInput';
import { describe, expect, it } from 'vitest';
import { validateZones } from '../../src/data/validate.lazy';
import { mapCredits } from '../../src/map/attribution';
import { bilingualLabel } from '../../src/map/style/labels';
import { LINE_CLASSES } from '../../src/map/style/basemapLine';
import { ROAD_LAYER_IDS } from '../../src/map/style/roadLayers';
import { layerGroupState } from '../../src/map/style/visibility';
import { BASEMAP_LAYERS, buildStyle } from '../../src/map/style/style';
import { DARK_THEME, LIGHT_THEME, PROJECTOR_THEME } from '../../src/map/style/theme';
import { BASEMAP_GROUPS, LAYER_GROUPS } from '../../src/state/layerGroups';
import { coreStrings as stringTables } from '../../src/i18n/index';

type Road = GeoJSON.Feature<
  GeoJSON.LineString,
  { layer: string; class: string; ring?: number; name_zh: string; name_en: string }
>;
const basemap = JSON.parse(readFileSync('data/basemap/beijing.geojson', 'utf8')) as GeoJSON.FeatureCollection;
const roads = basemap.features.filter((f) => f.properties?.layer === 'road') as Road[];

const result = validateZones(JSON.parse(readFileSync('data/zones.geojson', 'utf8')));
if (!result.ok) throw result.error;
const zones = result.value;
const input = testStyleInput(zones, 'b.geojson');
const style = (theme = LIGHT_THEME, language: 'en' | 'zh' = 'en') => buildStyle({ ...input, language, theme });
/** Every layer group's switch on, as the style's state starts. */
const layerGroupDefaults = Object.fromEntries(
  Object.entries(layerGroupState(LAYER_GROUPS)).map(([name, spec]) => [name, spec.default]),
);
const layer = (id: string, s = style()) => s.layers.find((l) => l.id === id) as unknown;
/** Which roads a layer draws at a zoom (its filter and minzoom, as MapLibre evaluates them). */
const drawnAt = (id: string, zoom: number, s = style()) => {
  const l = layer(id, s) as { filter: FilterSpecification; minzoom?: number };
  if (zoom < (l.minzoom ?? 0)) return [];
  const test = featureFilter(l.filter, `layers.${id}.filter`, layerGroupDefaults);
  return roads.filter((f) => test.filter({ zoom }, { type: 2, properties: f.properties } as never));
};
/** The roads of `classes` that the merged line layer draws at a zoom. */
const roadsAt = (zoom: number, ...classes: string[]) =>
  drawnAt('basemap-line', zoom).filter((f) => classes.includes(f.properties.class));

describe('roads in the bundled basemap', () => {
  it('has the four ring roads, expressways, trunk and primary roads from OpenStreetMap', () => {
    const count = (cls: string) => roads.filter((f) => f.properties.class === cls).length;
    expect(count('ring')).toBe(29);
    expect(count('expressway')).toBe(71);
    expect(count('trunk') + count('primary')).toBe(326);
    expect(new Set(roads.map((f) => f.properties.ring).filter(Boolean))).toEqual(new Set([2, 3, 4, 5]));
    for (const road of roads) expect(road.properties).toMatchObject({ source: 'osm-roads' });
  });

  it('keeps the 2nd Ring where it is: the piece the source mis-tags south of Caihuying is an expressway', () => {
    const secondRing = roads.filter((f) => f.properties.ring === 2).flatMap((f) => f.geometry.coordinates);
    expect(Math.min(...secondRing.map((position) => position[1]!))).toBeGreaterThan(39.86);
    expect(
      roads.filter((f) => f.properties.class === 'expressway' && !f.properties.name_zh && !f.properties.name_en).length,
    ).toBeGreaterThan(0);
  });

  it('names the rings as Beijing readers do, in both languages', () => {
    const ring3 = roads.find((f) => f.properties.ring === 3)!;
    expect(ring3.properties).toMatchObject({ name_zh: '三环', name_en: '3rd Ring Rd' });
    const names = new Set(roads.filter((f) => f.properties.ring).map((f) => f.properties.name_zh));
    expect(names).toEqual(new Set(['二环', '三环', '四环', '五环']));
    expect(roads.some((f) => f.properties.name_zh === '京密路')).toBe(true);
  });

  it('keeps the first-load data (basemap, SVG overview, zones) within the budget of 150 KB gzip', () => {
    const gzip = (path: string) => gzipSync(readFileSync(path)).length;
    const files = ['data/basemap/beijing.geojson', 'data/basemap/overview.geojson', 'data/zones.geojson'];
    expect(files.reduce((sum, file) => sum + gzip(file), 0)).toBeLessThanOrEqual(150_000);
  });
});

describe('road layers', () => {
  it('are one switchable group, "Roads", with a label in both languages', () => {
    expect(BASEMAP_GROUPS).toContain('roads');
    expect(BASEMAP_LAYERS.roads).toEqual(ROAD_LAYER_IDS);
    expect(stringTables['layers.roads']).toEqual({ en: 'Roads', zh: '道路' });
    expect(JSON.stringify((layer('road-label') as { layout: unknown }).layout)).toContain('"show-roads"');
    // The lines share their layer with rivers and the subway: the switch is a test of the feature's group.
    expect(JSON.stringify((layer('basemap-line') as { filter: unknown }).filter)).toContain('"show-roads"');
  });

  it('show the rings first, expressways next and trunk and primary roads only zoomed in', () => {
    expect(roadsAt(8, 'ring')).toHaveLength(29);
    expect(roadsAt(8, 'expressway')).toHaveLength(0);
    expect(roadsAt(10, 'expressway')).toHaveLength(71);
    expect(roadsAt(10, 'trunk', 'primary')).toHaveLength(0);
    expect(roadsAt(12, 'trunk', 'primary')).toHaveLength(326);
  });

  it('label the rings from zoom 9, other named roads later', () => {
    const at9 = drawnAt('road-label', 9);
    expect(at9.length).toBe(29);
    expect(drawnAt('road-label', 13).length).toBeGreaterThan(at9.length + 100);
    expect(drawnAt('road-label', 13).every((f) => f.properties.name_zh || f.properties.name_en)).toBe(true);
  });

  it('are valid in the light, dark and projector themes, each with its own colours', () => {
    const colors = [LIGHT_THEME, DARK_THEME, PROJECTOR_THEME].map((theme) => {
      const s = style(theme);
      expect(validateStyleMin(s)).toEqual([]);
      return JSON.stringify((layer('basemap-line', s) as { paint: Record<string, unknown> }).paint['line-color']);
    });
    expect(new Set(colors).size).toBe(3);
  });

  it('draw roads above the district lines and under the subway', () => {
    const ids = style().layers.map((l) => l.id);
    expect(ids.indexOf('basemap-line')).toBeGreaterThan(ids.indexOf('district-line'));
    // Within the line layer the subway's sort key is above every road class (basemapMerged.test.ts).
    expect(LINE_CLASSES.indexOf('subway')).toBeGreaterThan(LINE_CLASSES.indexOf('ring'));
  });
});

describe('bilingual labels', () => {
  const spec = { type: 'formatted', 'property-type': 'data-driven', expression: { parameters: ['zoom', 'feature'] } };
  const text = (language: 'en' | 'zh', properties: Record<string, string>) => {
    const parsed = expression.createExpression(
      bilingualLabel(language),
      'layers.road-label.layout.text-field',
      spec as unknown as StylePropertySpecification,
    );
    if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
    const value = parsed.value.evaluate({ zoom: 10 }, { type: 2, properties } as never) as { toString(): string };
    return value.toString();
  };

  it('put the chosen language first, the other below', () => {
    expect(text('en', { name_en: '3rd Ring Rd', name_zh: '三环' })).toBe('3rd Ring Rd\n三环');
    expect(text('zh', { name_en: '3rd Ring Rd', name_zh: '三环' })).toBe('三环\n3rd Ring Rd');
  });

  it('show the one name a road has, without a blank line, in either language', () => {
    expect(text('zh', { name_en: 'Fushi Road', name_zh: '' })).toBe('Fushi Road');
    expect(text('en', { name_en: '', name_zh: '京密路' })).toBe('京密路');
  });
});

describe('credits', () => {
  it('name OpenStreetMap for the roads in both languages', () => {
    expect(mapCredits('en', 'offline').join(' ')).toMatch(/contributors \([^)]*roads/);
    expect(mapCredits('zh', 'offline').join(' ')).toMatch(/贡献者（[^）]*道路/);
  });
});
