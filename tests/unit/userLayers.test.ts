import { readFileSync } from 'node:fs';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { testStyleInput } from './styleInput';
import { describe, expect, it } from 'vitest';
import { validateZones } from '../../src/data/validate.lazy';
import { perFeatureAlongZoom } from '../../src/map/style/binding';
import { buildStyle } from '../../src/map/style/style';
import { THEMES } from '../../src/map/style/theme';
import {
  DENSE_FEATURES,
  DENSE_OUTLINE_MIN_ZOOM,
  USER_FILL_LAYER,
  USER_LINE_LAYER,
  USER_OUTLINE_LAYERS,
  USER_SOURCE,
  USER_SOURCE_LAYER,
  userTileUrl,
} from '../../src/map/style/userLayers';
import { square } from './userFeatureFixtures';

const result = validateZones(JSON.parse(readFileSync('data/zones.geojson', 'utf8')));
if (!result.ok) throw result.error;
const zones = result.value;
const input = { ...testStyleInput(zones, 'http://127.0.0.1/basemap.geojson'), language: 'en' as const };

describe('imported features in the map style', () => {
  const features = [square('user-a', '<img src=x onerror=alert(1)>')];

  it('is valid in every theme, with and without imports', () => {
    for (const theme of Object.values(THEMES)) {
      expect(validateStyleMin(buildStyle({ ...input, theme }))).toEqual([]);
      expect(validateStyleMin(buildStyle({ ...input, theme, userFeatures: features }))).toEqual([]);
    }
  });

  it('puts the imports in their own source of vector tiles, ids promoted for feature-state, every layer on its source-layer', () => {
    const style = buildStyle({ ...input, userFeatures: features });
    const source = style.sources[USER_SOURCE] as { type: string; tiles: string[]; promoteId: Record<string, string> };
    expect(source.type).toBe('vector');
    expect(source.tiles).toEqual([userTileUrl(features)]);
    expect(source.promoteId).toEqual({ [USER_SOURCE_LAYER]: 'id' });
    for (const layer of style.layers.filter((l) => 'source' in l && l.source === USER_SOURCE)) {
      expect('source-layer' in layer && layer['source-layer'], layer.id).toBe(USER_SOURCE_LAYER);
    }
  });

  it('draws them above the zones and under the labels, with a dashed outline in the theme’s colour', () => {
    for (const theme of Object.values(THEMES)) {
      const ids = buildStyle({ ...input, theme }).layers.map((l) => l.id);
      expect(ids.indexOf(USER_FILL_LAYER)).toBeGreaterThan(ids.indexOf('zones-area-fill'));
      expect(ids.indexOf(USER_LINE_LAYER)).toBeLessThan(ids.indexOf('zone-labels'));
      const line = buildStyle({ ...input, theme }).layers.find((l) => l.id === USER_LINE_LAYER)!;
      expect(line.type === 'line' && line.paint?.['line-dasharray']).toBeTruthy();
      // Written per feature along the zoom, to share the zone outlines' program (binding.ts).
      expect(line.type === 'line' && line.paint?.['line-color']).toEqual(perFeatureAlongZoom(theme.userOutline));
    }
  });

  it('draws the dashed outlines of a dense import only from a street-level zoom, the fill’s outline below', () => {
    const minZooms = (count: number) => {
      const many = Array.from({ length: count }, (_, i) => square(`user-${i}`, `Plot ${i}`));
      const layers = buildStyle({ ...input, userFeatures: many }).layers;
      const fill = layers.find((l) => l.id === USER_FILL_LAYER)!;
      expect(fill.type === 'fill' && fill.paint?.['fill-outline-color']).toBeTruthy();
      return USER_OUTLINE_LAYERS.map((id) => layers.find((l) => l.id === id)?.minzoom ?? 0);
    };
    expect(minZooms(1)).toEqual([0, 0]);
    expect(minZooms(DENSE_FEATURES)).toEqual([0, 0]);
    expect(minZooms(DENSE_FEATURES + 1)).toEqual([DENSE_OUTLINE_MIN_ZOOM, DENSE_OUTLINE_MIN_ZOOM]);
  });
});
