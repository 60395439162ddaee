// The charts' small map of China, shared by the pilot-regions chart and "Beijing among China's FTZs":
// provinces in an equal-area conic, the South China Sea islands in an inset. `chinaMap` is pure (paths
// only); `drawInset` draws the inset's frame and caption for both charts' renders.
import { geoConicEqualArea, geoPath, type GeoProjection } from 'd3-geo';
import type { Provinces } from '../../../data/nationalSchema';
import { round } from '../../../geo/round';
import type { SvgGroup } from '../svg';

export interface ProvincePath {
  id: string;
  path: string;
  /** The centroid of its drawn shape, where a marker can point out a small province. */
  centre: [number, number];
}

export interface ChinaMap {
  provinces: ProvincePath[];
  /** The South China Sea inset: its frame and the provinces clipped to it. */
  inset: { x: number; y: number; width: number; height: number; provinces: ProvincePath[] };
  /** The main map's projection, for placing points. */
  projection: GeoProjection;
}

/** The corners of the South China Sea inset (lon, lat). */
const SOUTH_CHINA_SEA: [number, number][] = [
  [107, 3],
  [122, 3],
  [107, 23],
  [122, 23],
];

/** The provinces without the polygons that lie wholly south of 17°N (the South China Sea islands). */
function mainland(provinces: Provinces): GeoJSON.FeatureCollection {
  const north = (polygon: number[][][]) => polygon[0]!.some(([, lat]) => lat! >= 17);
  return {
    type: 'FeatureCollection',
    features: provinces.features.map((f) => ({
      type: 'Feature',
      properties: {},
      geometry:
        f.geometry.type === 'MultiPolygon'
          ? { type: 'MultiPolygon', coordinates: f.geometry.coordinates.filter(north) }
          : f.geometry,
    })),
  };
}

/** An Albers-like equal-area conic for China (standard parallels 25°N and 47°N, centred on 105°E). */
const conic = () => geoConicEqualArea().parallels([25, 47]).rotate([-105, 0]);

type Box = { x: number; y: number; width: number; height: number };

/** The inset's frame: a tall box in the bottom right corner of the map. */
function insetBox(mapWidth: number, mapHeight: number): Box {
  const width = Math.round(mapWidth * 0.14);
  const height = Math.round(width * 1.45);
  return { x: mapWidth - width - 2, y: mapHeight - height - 2, width, height };
}

/** The South China Sea islands, fitted into the inset's frame and clipped to it. */
function insetProvinces(provinces: Provinces, inset: Box): ProvincePath[] {
  const projection = conic()
    .fitExtent(
      [
        [inset.x + 2, inset.y + 2],
        [inset.x + inset.width - 2, inset.y + inset.height - 2],
      ],
      { type: 'MultiPoint', coordinates: SOUTH_CHINA_SEA },
    )
    .clipExtent([
      [inset.x, inset.y],
      [inset.x + inset.width, inset.y + inset.height],
    ]);
  const path = geoPath(projection).digits(1);
  return provinces.features
    .map((f) => ({ id: f.properties.id, path: path(f) ?? '', centre: path.centroid(f) }))
    .filter((p) => p.path !== '');
}

/**
 * The map in a box of `mapWidth` × `mapHeight` at the origin. The main map is fitted to the land north
 * of 17°N; the South China Sea islands go in an inset at the bottom right, as on Chinese maps, instead
 * of shrinking the main map to reach 4°N.
 */
export function chinaMap(provinces: Provinces, mapWidth: number, mapHeight: number): ChinaMap {
  const inset = insetBox(mapWidth, mapHeight);
  const projection = conic()
    .fitExtent(
      [
        [2, 2],
        [mapWidth - inset.width - 8, mapHeight - 2],
      ],
      mainland(provinces),
    )
    .clipExtent([
      [0, 0],
      [mapWidth, mapHeight],
    ]);
  const path = geoPath(projection).digits(1);
  return {
    provinces: provinces.features.map((f) => ({ id: f.properties.id, path: path(f) ?? '', centre: path.centroid(f) })),
    inset: { ...inset, provinces: insetProvinces(provinces, inset) },
    projection,
  };
}

/**
 * The South China Sea inset into `group`: its frame, its provinces (`drawLand`, each chart's own
 * classes), and `caption` under its right corner. Drawn after the main map, so its frame covers
 * whatever of the main map reaches that corner.
 */
export function drawInset<P extends Pick<ProvincePath, 'id' | 'path'>>(
  group: SvgGroup,
  inset: Box & { provinces: readonly P[] },
  caption: string,
  drawLand: (provinces: readonly P[]) => void,
): void {
  group
    .append('rect')
    .attr('class', 'c-inset-frame')
    .attr('x', round(inset.x, 1))
    .attr('y', round(inset.y, 1))
    .attr('width', round(inset.width, 1))
    .attr('height', round(inset.height, 1));
  drawLand(inset.provinces);
  group
    .append('text')
    .attr('class', 'c-small c-muted')
    .attr('x', round(inset.x + inset.width, 1))
    .attr('y', round(inset.y + inset.height + 11, 1))
    .attr('text-anchor', 'end')
    .style('font-size', '8.5px')
    .text(caption);
}
