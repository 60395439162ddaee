import { readFileSync } from 'node:fs';
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { testStyleInput } from './styleInput';
import { describe, expect, it } from 'vitest';
import { validateZones } from '../../src/data/validate.lazy';
import type { Language } from '../../src/state/appState';
import { buildStyle, SOURCES } from '../../src/map/style/style';
import { THEMES } from '../../src/map/style/theme';
import { square } from './userFeatureFixtures';

/**
 * The whole style, layer by layer, as it was when the style was written as one long list: splitting it
 * into groups must not change a layer, its order or a property. Regenerate (`vitest -u`) only for a
 * change meant to be seen on the map.
 */
const result = validateZones(JSON.parse(readFileSync('data/zones.geojson', 'utf8')));
if (!result.ok) throw result.error;
const zones = result.value;
const input = testStyleInput(zones, 'http://127.0.0.1/basemap.geojson');

/**
 * The style as text, a layer or source a line (a diff names the layer that changed). The zones file is
 * the input handed in as is, and is checked elsewhere: the snapshot names it only.
 */
const withoutZoneData = ({ layers, sources, ...rest }: StyleSpecification) =>
  [
    JSON.stringify(rest),
    ...Object.entries({ ...sources, [SOURCES.zones]: { ...sources[SOURCES.zones], data: 'zones.geojson' } }).map(
      ([id, source]) => `${id}: ${JSON.stringify(source)}`,
    ),
    ...layers.map((layer) => JSON.stringify(layer)),
  ].join('\n');

describe('the built style', () => {
  for (const theme of Object.values(THEMES)) {
    for (const language of ['en', 'zh'] as const satisfies readonly Language[]) {
      it(`is unchanged for the ${theme.name} theme in ${language}`, () => {
        expect(withoutZoneData(buildStyle({ ...input, theme, language }))).toMatchSnapshot();
      });
    }
  }

  it('is unchanged with the online basemap, imported features and some layers switched off', () => {
    const style = buildStyle({
      ...input,
      language: 'en',
      basemap: 'osm',
      visibleLayers: ['ftz-area', 'districts'],
      userFeatures: [square('a'), square('b', 'B', 116.6)],
    });
    expect(withoutZoneData(style)).toMatchSnapshot();
  });
});
