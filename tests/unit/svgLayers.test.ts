// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { zoneColors } from '../../src/color/palette';
import { readOverview } from '../../src/data/overview';
import { validateZones } from '../../src/data/validate.lazy';
import { openingBounds, zoneBounds } from '../../src/geo/bounds';
import { pathData } from '../../src/map/svg/pathData';
import { cameraForBounds, projectionFor } from '../../src/map/svg/projection';
import { basemapGroup, zoneGroup, zonePoints } from '../../src/map/svg/svgLayers';
import { markZoomBands } from '../../src/map/svg/svgPaint';

const result = validateZones(JSON.parse(readFileSync('data/zones.geojson', 'utf8')));
if (!result.ok) throw result.error;
const zones = result.value;
const colors = zoneColors(zones);
const size = { width: 1000, height: 700 };
const project = projectionFor(cameraForBounds(openingBounds(zones, zoneBounds(zones)), size, 98, 13.5), size);
const PATH = /^(M-?\d+(\.\d)?,-?\d+(\.\d)?(L-?\d+(\.\d)?,-?\d+(\.\d)?)*Z?)+$/;

describe('the SVG map layers', () => {
  it('give every zone one <path> with its id, outlines and points alike', () => {
    const outlines = [...zoneGroup(zones, colors, project).querySelectorAll('path')];
    const points = zonePoints(zones, colors).map((mark) => mark.element);
    const ids = [...outlines, ...points].map((path) => path.getAttribute('data-zone-id'));
    expect([...outlines, ...points].every((node) => node.tagName === 'path')).toBe(true);
    expect(ids.sort()).toEqual(zones.features.map((f) => f.properties.id).sort());
  });

  it('write valid path data: finite numbers, rings closed', () => {
    const outlines = [...zoneGroup(zones, colors, project).querySelectorAll('path')];
    for (const path of outlines) {
      const d = path.getAttribute('d') ?? '';
      expect(d, path.getAttribute('data-zone-id')!).toMatch(PATH);
      expect(d).not.toMatch(/NaN|Infinity/);
      expect(d.endsWith('Z')).toBe(true);
    }
  });

  it('draw the overview basemap: districts, water, ring roads and subway lines', () => {
    const overview = readOverview(JSON.parse(readFileSync('data/basemap/overview.geojson', 'utf8')));
    const group = basemapGroup(overview, project);
    for (const className of ['svg-district-fill', 'svg-river', 'svg-ring-road', 'svg-subway']) {
      expect(group.querySelectorAll(`.${className}`).length, className).toBeGreaterThan(0);
    }
    for (const path of group.querySelectorAll('path')) expect(path.getAttribute('d')).toMatch(PATH);
  });

  it('mute the subway and the ring roads at the overview, as MapLibre does (its colour blended in by zoom)', () => {
    const overview = readOverview(JSON.parse(readFileSync('data/basemap/overview.geojson', 'utf8')));
    const subway = [...basemapGroup(overview, project).querySelectorAll('.svg-subway')];
    // Each line's own colour is its `color`, which the style sheet blends with the theme's grey, not a
    // fixed stroke that would win over it at every zoom.
    expect(subway.every((path) => /^#[0-9a-f]{6}$/i.test(path.getAttribute('color') ?? ''))).toBe(true);
    expect(subway.some((path) => path.hasAttribute('stroke'))).toBe(false);
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const shares = [9.5, 11.5, 13].map((zoom) => {
      markZoomBands(svg, zoom);
      return svg.style.getPropertyValue('--basemap-full');
    });
    expect(shares).toEqual(['0.00', '0.50', '1.00']);
    const css = readFileSync('src/map/svg/svgMap.css', 'utf8');
    expect(css).toMatch(
      /\.svg-subway \{[^}]*color-mix\(in srgb, currentcolor calc\(var\(--basemap-full\) \* 100%\), var\(--map-subway-muted\)\)/,
    );
    expect(css).toMatch(
      /\.svg-ring-road \{[^}]*color-mix\(in srgb, var\(--map-ring\) calc\(var\(--basemap-full\) \* 100%\), var\(--map-ring-muted\)\)/,
    );
  });

  it('projects lines open and polygons closed, and skips points', () => {
    const identity = ([x, y]: [number, number]): [number, number] => [x, y];
    expect(
      pathData(
        {
          type: 'LineString',
          coordinates: [
            [0, 0],
            [1, 2],
          ],
        },
        identity,
      ),
    ).toBe('M0,0L1,2');
    expect(
      pathData(
        {
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [1, 0],
              [1, 1],
              [0, 0],
            ],
          ],
        },
        identity,
      ),
    ).toBe('M0,0L1,0L1,1L0,0Z');
    expect(pathData({ type: 'Point', coordinates: [1, 1] }, identity)).toBeNull();
  });
});
