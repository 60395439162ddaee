import { readFileSync } from 'node:fs';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { zoneColors, colorScale } from '../../src/color/palette';
import { validateZones } from '../../src/data/validate';
import { computeZoneMetrics } from '../../src/geo/metrics';
import { bilingualLabel, buildStyle, INTERACTIVE_ZONE_LAYERS, SOURCES, zoneColorExpression } from '../../src/map/style';

const result = validateZones(JSON.parse(readFileSync('data/zones.geojson', 'utf8')));
if (!result.ok) throw result.error;
const zones = result.value;
const input = {
  zones,
  metrics: computeZoneMetrics(zones),
  colors: zoneColors(zones),
  basemapUrl: 'http://127.0.0.1/basemap.geojson',
};

describe('buildStyle', () => {
  const style = buildStyle({ ...input, language: 'en' });

  it('produces a style the MapLibre style specification accepts', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('asks no glyph or sprite server, and fetches nothing but the basemap handed in', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    const fetched = Object.values(style.sources).flatMap((source) => {
      const s = source as { data?: unknown; url?: string; tiles?: string[] };
      return [typeof s.data === 'string' ? s.data : [], s.url ?? [], s.tiles ?? []].flat();
    });
    expect(fetched).toEqual([input.basemapUrl]);
    expect(JSON.stringify(style.layers)).not.toMatch(/https?:/);
  });

  it('gives the zones source promoteId so hover and selection can use feature-state', () => {
    expect(style.sources[SOURCES.zones]).toMatchObject({ type: 'geojson', promoteId: 'id' });
  });

  it('credits OpenStreetMap on the basemap source', () => {
    expect(String((style.sources[SOURCES.basemap] as { attribution?: string }).attribution)).toContain(
      'OpenStreetMap</a> contributors',
    );
  });

  it('has the interactive zone layers the map view queries', () => {
    const ids = style.layers.map((l) => l.id);
    for (const id of INTERACTIVE_ZONE_LAYERS) expect(ids).toContain(id);
  });

  it('places one label per zone', () => {
    const labels = style.sources[SOURCES.zoneLabels] as { data: GeoJSON.FeatureCollection };
    expect(labels.data.features).toHaveLength(zones.features.length);
  });
});

describe('labels', () => {
  it('put the chosen language first', () => {
    expect(bilingualLabel('en')[1]).toEqual(['get', 'name_en']);
    expect(bilingualLabel('zh')[1]).toEqual(['get', 'name_zh']);
  });
});

describe('zone colours', () => {
  const colors = zoneColors(zones);

  it('gives the three FTZ areas three different colours from the shared scale', () => {
    const areaColors = [
      'sci-tech-innovation-area',
      'international-business-services-area',
      'high-end-industry-area',
    ].map((id) => colors.get(id));
    expect(new Set(areaColors).size).toBe(3);
    expect(areaColors[0]).toBe(colorScale('sci-tech-innovation-area'));
  });

  it('paints a part in its area’s colour', () => {
    expect(colors.get('cbd-part')).toBe(colors.get('international-business-services-area'));
    expect(colors.get('yizhuang-part')).toBe(colors.get('high-end-industry-area'));
  });

  it('turns the colours into a match expression on the zone id', () => {
    const expression = zoneColorExpression(
      new Map([
        ['a', '#111111'],
        ['b', '#222222'],
      ]),
    );
    expect(expression).toEqual(['match', ['get', 'id'], 'a', '#111111', 'b', '#222222', '#777777']);
  });
});
