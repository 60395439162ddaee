import { readFileSync } from 'node:fs';
import { featureFilter, validateStyleMin, type FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import { testStyleInput } from './styleInput';
import { describe, expect, it } from 'vitest';
import { zoneColors, colorScale } from '../../src/color/palette';
import { validateZones } from '../../src/data/validate.lazy';
import { OSM_LAYER_ID, OSM_SOURCE_ID } from '../../src/map/onlineBasemap';
import {
  BASEMAP_LAYERS,
  BILINGUAL_LABEL_LAYERS,
  buildStyle,
  INTERACTIVE_ZONE_LAYERS,
  SOURCES,
  ZONE_SHARED_OUTLINE_LAYER,
  zoneColorExpression,
} from '../../src/map/style/style';
import { zoneLabelCollection } from '../../src/map/style/zoneStyleData';
import { DARK_THEME, PROJECTOR_THEME } from '../../src/map/style/theme';
import { bilingualLabel } from '../../src/map/style/labels';

const result = validateZones(JSON.parse(readFileSync('data/zones.geojson', 'utf8')));
if (!result.ok) throw result.error;
const zones = result.value;
const input = testStyleInput(zones, 'http://127.0.0.1/basemap.geojson');

describe('buildStyle', () => {
  const style = buildStyle({ ...input, language: 'en' });

  it('produces a style the MapLibre style specification accepts', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('asks no glyph or sprite server, and fetches nothing but the basemap and zones files handed in', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    const fetched = Object.values(style.sources).flatMap((source) => {
      const s = source as { data?: unknown; url?: string; tiles?: string[] };
      return [typeof s.data === 'string' ? s.data : [], s.url ?? [], s.tiles ?? []].flat();
    });
    // The imported features' tiles are cut on the page (src/map/userTiles.ts): no request is made.
    expect(fetched.filter((url) => !url.startsWith('atlas-user://'))).toEqual([input.basemapUrl, input.zonesUrl]);
    expect(JSON.stringify(style.layers)).not.toMatch(/https?:/);
  });

  it('draws every label from local fonts whose stack ends in a generic family (a machine without Noto still labels)', () => {
    // Fault "the map's fonts missing" (docs/faults.md): with no glyph server there is no font request to
    // fail; a missing font falls through to the browser's own sans-serif.
    const stacks = style.layers.flatMap((layer) => {
      const font = (layer.layout as { 'text-font'?: unknown } | undefined)?.['text-font'];
      return font === undefined ? [] : [font];
    });
    expect(stacks.length).toBeGreaterThan(0);
    for (const stack of stacks) expect((stack as string[]).at(-1)).toBe('sans-serif');
  });

  it('gives the zones source promoteId so hover and selection can use feature-state', () => {
    expect(style.sources[SOURCES.zones]).toMatchObject({ type: 'geojson', promoteId: 'id' });
  });

  it('keeps its sources the same in both languages, so a language switch never reloads them', () => {
    expect(buildStyle({ ...input, language: 'zh' }).sources).toEqual(style.sources);
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

  it('gives every zone a colour from the shared scale, none the fallback grey', () => {
    const range = new Set(colorScale.domain().map((key) => colorScale(key)));
    for (const [id, color] of colors) expect({ id, inScale: range.has(color) }).toEqual({ id, inScale: true });
  });

  it('paints bonded zones and venues in the colour of the zone they lie in', () => {
    expect(colors.get('tianzhu-comprehensive-bonded-zone')).toBe(colors.get('international-business-services-area'));
    expect(colors.get('china-international-exhibition-center')).toBe(
      colors.get('international-business-services-area'),
    );
    expect(colors.get('daxing-airport-comprehensive-bonded-zone')).toBe(colorScale('airport-zone'));
    expect(colors.get('shunyi-demonstration-zone')).toBe(colorScale('demo-zone'));
    expect(colors.get('financial-street')).toBe(colorScale('demo-park'));
    expect(colors.get('tiananmen')).toBe(colorScale('reference-point'));
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

describe('which zone layers draw which zones', () => {
  const style = buildStyle({ ...input, language: 'en' });
  /** The ids of the zones a layer's filter lets through at a zoom, as MapLibre evaluates it. */
  const drawnBy = (layerId: string, zoom: number) => {
    const layer = style.layers.find((l) => l.id === layerId) as { filter?: FilterSpecification };
    const defaults = Object.fromEntries(
      Object.entries(style.state ?? {}).map(([key, value]) => [key, (value as { default: unknown }).default]),
    );
    const filter = featureFilter(layer.filter, `layers.${layerId}.filter`, defaults);
    const source = layerId.startsWith('zone-') ? zoneLabelFeatures : zones.features;
    return source
      .filter((f) =>
        filter.filter(
          { zoom },
          { type: f.geometry.type === 'Point' ? 1 : 3, properties: f.properties as Record<string, unknown> },
        ),
      )
      .map((f) => String(f.properties.id));
  };
  const zoneLabelFeatures = zoneLabelCollection(zones, input.metrics).features;

  it('fills the parks and the airport zone outside the FTZ at every zoom, the FTZ parts once zoomed in', () => {
    expect(drawnBy('zones-other-fill', 9)).toEqual(
      expect.arrayContaining(['financial-street', 'lize-financial-business-district', 'daxing-airport-economic-zone']),
    );
    // Parts wait for zoom 10 (the layer's minzoom), so at first their area takes the clicks.
    expect(style.layers.find((l) => l.id === 'zones-part-fill')?.minzoom).toBe(10);
    expect(drawnBy('zones-other-fill', 9)).not.toContain('cbd-part');
    expect(drawnBy('zones-part-fill', 11)).toEqual(
      expect.arrayContaining([
        'cbd-part',
        'tianzhu-comprehensive-bonded-zone',
        'daxing-airport-comprehensive-bonded-zone',
      ]),
    );
  });

  it('draws the Shunyi zone only as a clickable ring around the outline it shares', () => {
    for (const layer of ['zones-area-fill', 'zones-part-fill', 'zones-other-fill', 'zones-part-line']) {
      expect(drawnBy(layer, 11)).not.toContain('shunyi-demonstration-zone');
    }
    expect(drawnBy(ZONE_SHARED_OUTLINE_LAYER, 11)).toEqual(['shunyi-demonstration-zone']);
    expect(INTERACTIVE_ZONE_LAYERS).toContain(ZONE_SHARED_OUTLINE_LAYER);
    expect(drawnBy('zones-part-fill', 11)).toContain('capital-airport-part');
  });

  it('labels the points of reference with their own layer, at the opening zoom too', () => {
    expect(drawnBy('zone-point-labels', 9).sort()).toEqual(
      zones.features
        .filter((f) => f.properties.kind === 'reference-point' && f.properties.parent === null)
        .map((f) => f.properties.id)
        .sort(),
    );
    expect(drawnBy('zone-labels', 9)).not.toContain('tiananmen');
    // The exhibition centre lies inside the airport part: it waits until zoomed in, like the part.
    expect(drawnBy('zone-point-labels', 9)).not.toContain('china-international-exhibition-center');
    expect(drawnBy('zone-point-labels', 11)).toContain('china-international-exhibition-center');
  });
});

describe('layer switches, themes and the online basemap', () => {
  it('defaults every layer group’s switch in the style state to whether it is visible', () => {
    const style = buildStyle({ ...input, language: 'en', visibleLayers: ['ftz-area', 'subway'] });
    expect(style.state?.['show-ftz-area']).toEqual({ default: true });
    expect(style.state?.['show-subway']).toEqual({ default: true });
    expect(style.state?.['show-ftz-part']).toEqual({ default: false });
    expect(style.state?.['show-districts']).toEqual({ default: false });
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('ties every basemap layer to its group’s switch: by visibility, or per feature where it draws several', () => {
    const style = buildStyle({ ...input, language: 'en' });
    for (const [group, ids] of Object.entries(BASEMAP_LAYERS)) {
      for (const id of ids) {
        const layer = style.layers.find((l) => l.id === id) as { layout?: { visibility?: unknown }; filter?: unknown };
        const shared = Object.values(BASEMAP_LAYERS).filter((other) => (other as readonly string[]).includes(id));
        const switched = shared.length > 1 ? layer.filter : layer.layout?.visibility;
        expect(JSON.stringify(switched), id).toContain(`"show-${group}"`);
      }
    }
  });

  it('filters every zone layer by its kind’s switch', () => {
    const style = buildStyle({ ...input, language: 'en' });
    const zoneLayers = style.layers.filter(
      (l) => 'source' in l && (l.source === SOURCES.zones || l.source === SOURCES.zoneLabels),
    );
    expect(zoneLayers.length).toBeGreaterThanOrEqual(6);
    for (const layer of zoneLayers) {
      const filter = JSON.stringify((layer as { filter?: unknown }).filter);
      for (const kind of ['ftz-area', 'ftz-part', 'demo-park', 'reference-point']) {
        expect(filter, layer.id).toContain(`"show-${kind}"`);
      }
    }
  });

  it('adds OpenStreetMap tiles, with their own credit, only when asked', () => {
    const offline = buildStyle({ ...input, language: 'en', basemap: 'offline' });
    expect(JSON.stringify(offline)).not.toContain('openstreetmap.org/{z}');
    const online = buildStyle({ ...input, language: 'en', basemap: 'osm' });
    expect(validateStyleMin(online)).toEqual([]);
    const raster = online.sources[OSM_SOURCE_ID] as { tiles: string[] };
    expect(raster.tiles).toEqual(['https://tile.openstreetmap.org/{z}/{x}/{y}.png']);
    const ids = online.layers.map((l) => l.id);
    // Above the land, below the district lines and the zones.
    expect(ids.indexOf(OSM_LAYER_ID)).toBeLessThan(ids.indexOf('district-line'));
    expect(ids.indexOf(OSM_LAYER_ID)).toBeGreaterThan(ids.indexOf('background'));
  });

  it('paints the dark theme’s background and keeps the zone fills in palette colours', () => {
    const dark = buildStyle({ ...input, language: 'en', theme: DARK_THEME });
    const background = dark.layers.find((l) => l.id === 'background') as { paint: Record<string, unknown> };
    expect(background.paint['background-color']).toBe(DARK_THEME.land);
    const fill = dark.layers.find((l) => l.id === 'zones-area-fill') as { paint: Record<string, unknown> };
    expect(fill.paint['fill-color']).toEqual(zoneColorExpression(input.colors));
    expect(validateStyleMin(dark)).toEqual([]);
  });

  it('builds a valid projector style with a white background and black labels', () => {
    const projector = buildStyle({ ...input, language: 'en', theme: PROJECTOR_THEME });
    expect(validateStyleMin(projector)).toEqual([]);
    const background = projector.layers.find((l) => l.id === 'background') as { paint: Record<string, unknown> };
    expect(background.paint['background-color']).toBe('#ffffff');
    const label = projector.layers.find((l) => l.id === 'basemap-label') as { paint: Record<string, unknown> };
    expect(label.paint['text-halo-color']).toBe('#ffffff');
  });

  it('labels with the chosen language first on every bilingual label layer', () => {
    const style = buildStyle({ ...input, language: 'zh' });
    for (const id of BILINGUAL_LABEL_LAYERS) {
      const layer = style.layers.find((l) => l.id === id) as { layout: Record<string, unknown> };
      expect(layer.layout['text-field'], id).toEqual(bilingualLabel('zh'));
    }
  });
});
