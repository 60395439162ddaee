import type { OverviewCollection } from '../../data/overview';
import type { ZoneCollection, ZoneFeature } from '../../data/schema';
import type { ZoneMetrics } from '../../geo/metrics';
import type { UserFeature } from '../../import/types';
import { pathData } from './pathData';
import type { ScreenProjection } from './projection';

export const SVG_NS = 'http://www.w3.org/2000/svg';

export function svgElement<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number> = {},
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}

/** A label or point drawn in screen space, so it keeps its size while the map zooms. */
export interface ScreenMark {
  element: SVGElement;
  lngLat: [number, number];
}

/** How a zone is drawn, mirroring the MapLibre style's zone layers. */
function zoneRole(zone: ZoneFeature): 'area' | 'part' | 'other' | 'shared' | 'point' {
  const { kind, parent, same_outline_as: shares } = zone.properties;
  if (zone.geometry.type === 'Point') return 'point';
  if (shares) return 'shared';
  if (kind === 'ftz-area') return 'area';
  return parent ? 'part' : 'other';
}
const DRAW_ORDER = ['other', 'area', 'part', 'shared'] as const;

/** The basemap groups: district fills, water, district lines, ring roads, subway lines. */
export function basemapGroup(overview: OverviewCollection, project: ScreenProjection): SVGGElement {
  const path = (feature: GeoJSON.Feature) => pathData(feature.geometry, project);
  const root = svgElement('g', { class: 'svg-basemap' });
  const draw = (
    layer: string,
    group: string,
    className: string,
    attributes: (f: (typeof overview.features)[number]) => Record<string, string> = () => ({}),
  ) => {
    for (const feature of overview.features.filter((f) => f.properties.layer === layer)) {
      const d = path(feature);
      if (d) root.append(svgElement('path', { d, class: className, 'data-group': group, ...attributes(feature) }));
    }
  };
  draw('district', 'districts', 'svg-district-fill');
  draw('reservoir', 'water', 'svg-water-fill');
  draw('river', 'water', 'svg-river');
  draw('district', 'districts', 'svg-district-line');
  draw('road', 'roads', 'svg-ring-road');
  // Its own colour as `color`: the stylesheet blends it with the overview's grey by zoom (svgMap.css).
  draw('subway-line', 'subway', 'svg-subway', (f) => ({ color: f.properties.colour ?? '#888' }));
  return root;
}

/** Every outlined zone as a <path data-zone-id>, in MapLibre's drawing order, coloured by the palette. */
export function zoneGroup(zones: ZoneCollection, colors: ReadonlyMap<string, string>, project: ScreenProjection) {
  const path = (feature: GeoJSON.Feature) => pathData(feature.geometry, project);
  const root = svgElement('g', { class: 'svg-zones' });
  for (const role of DRAW_ORDER) {
    for (const zone of zones.features.filter((f) => zoneRole(f) === role)) {
      const d = path(zone);
      if (!d) continue;
      const color = colors.get(zone.properties.id) ?? '#777777';
      root.append(
        svgElement('path', {
          d,
          class: `svg-zone is-${role}`,
          'data-zone-id': zone.properties.id,
          'data-group': zone.properties.kind,
          fill: color,
          stroke: color,
        }),
      );
    }
  }
  return root;
}

/** The visitor's imported features, drawn over the zones: dashed paths with `data-user-feature-id`. */
export function userFeaturePaths(features: readonly UserFeature[], project: ScreenProjection): SVGPathElement[] {
  return features.flatMap((feature) => {
    const d = pathData(feature.geometry, project);
    return d ? [svgElement('path', { d, class: 'svg-user-feature', 'data-user-feature-id': feature.id })] : [];
  });
}

/** A circle of radius `r` around the origin, as path data: placed with a translate, in screen space. */
const circlePath = (r: number) => `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;

/** Zone points: a <path> each (every zone shape is a path with its id), kept the same size at any zoom. */
export function zonePoints(zones: ZoneCollection, colors: ReadonlyMap<string, string>): ScreenMark[] {
  return zones.features
    .filter((zone) => zone.geometry.type === 'Point')
    .map((zone) => ({
      lngLat: zone.geometry.coordinates as [number, number],
      element: svgElement('path', {
        d: circlePath(7),
        class: `svg-zone is-point${zone.properties.parent ? ' needs-zoom-10' : ''}`,
        'data-zone-id': zone.properties.id,
        'data-group': zone.properties.kind,
        fill: colors.get(zone.properties.id) ?? '#777777',
      }),
    }));
}

/** Text that follows the language: its English and Chinese, and when it shows. */
export interface LabelMark extends ScreenMark {
  names: { en: string; zh: string };
}

/**
 * District names and zone names at their label points. As on the MapLibre map, FTZ areas are named
 * until zoom 10.5 and their parts from then on; other zones always.
 */
export function labels(
  overview: OverviewCollection,
  zones: ZoneCollection,
  metrics: ReadonlyMap<string, ZoneMetrics>,
  colors: ReadonlyMap<string, string>,
): LabelMark[] {
  const label = (className: string, group: string, fill?: string) =>
    svgElement('text', { class: className, 'data-group': group, 'text-anchor': 'middle', ...(fill ? { fill } : {}) });
  const districts = overview.features
    .filter((f) => f.properties.layer === 'district-label' && f.geometry.type === 'Point')
    .map((f) => ({
      lngLat: (f.geometry as GeoJSON.Point).coordinates as [number, number],
      names: { en: f.properties.name_en ?? '', zh: f.properties.name_zh ?? '' },
      element: label('svg-district-label', 'districts'),
    }));
  const zoneLabels = zones.features
    .filter((zone) => zone.properties.kind !== 'reference-point')
    .map((zone) => {
      const { kind, parent, id } = zone.properties;
      const band = kind === 'ftz-area' ? ' below-zoom-10-5' : parent ? ' needs-zoom-10-5' : '';
      return {
        lngLat: metrics.get(id)?.labelPoint ?? [0, 0],
        names: { en: zone.properties.name_en, zh: zone.properties.name_zh },
        element: label(`svg-zone-label${band}`, kind, colors.get(id)),
      };
    });
  return [...districts, ...zoneLabels];
}
