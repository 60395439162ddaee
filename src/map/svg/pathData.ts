import type { Geometry, Position } from 'geojson';

/** What pathData can project: a position to screen pixels. */
type Project = (lngLat: [number, number]) => [number, number];

/**
 * SVG path data for a GeoJSON geometry: each position projected to the screen, rings closed with Z.
 * Written out rather than taken from d3-geo: d3-geo 3 ships as one module, so importing even its
 * `geoStream` puts everything the charts use of it (geoPath with its measures, the projections) in the
 * first load, 8.7 KB gzip measured, before the map may draw anything. Points are not drawn here: the
 * SVG map places them as screen-space marks.
 */
export function pathData(geometry: Geometry, project: Project): string | null {
  // A tenth of a pixel: finer only makes the document bigger.
  const fixed = (value: number) => Math.round(value * 10) / 10;
  const line = (positions: Position[], close: boolean) =>
    positions
      .map((position, i) => {
        const [x, y] = project([position[0]!, position[1]!]);
        return `${i === 0 ? 'M' : 'L'}${fixed(x)},${fixed(y)}`;
      })
      .join('') + (close && positions.length ? 'Z' : '');
  switch (geometry.type) {
    case 'LineString':
      return line(geometry.coordinates, false) || null;
    case 'MultiLineString':
      return geometry.coordinates.map((positions) => line(positions, false)).join('') || null;
    case 'Polygon':
      return geometry.coordinates.map((ring) => line(ring, true)).join('') || null;
    case 'MultiPolygon':
      return (
        geometry.coordinates
          .flat()
          .map((ring) => line(ring, true))
          .join('') || null
      );
    case 'GeometryCollection':
      return geometry.geometries.map((part) => pathData(part, project) ?? '').join('') || null;
    default:
      return null;
  }
}
