import type { Position } from 'geojson';
import type { Datum } from './types';

/**
 * GCJ-02 ("Mars coordinates", used by Gaode/AMap, Tencent and Google's China maps) and BD-09 (Baidu) to
 * WGS84. The forward WGS84 → GCJ-02 offset is the widely published formula (Krasovsky ellipsoid
 * constants, as in the eviltransform and coordtransform projects); BD-09 is GCJ-02 with a further
 * rotation and shift. Neither inverse has a closed form, so both are solved by fixed-point iteration:
 * start at the input, apply the forward formula, subtract the error, repeat until it is below 1e-9°
 * (about 0.1 mm; 3–6 steps), which is far better than the 1 m asked for. Outside China the offset is
 * not applied (the formula's own convention), so those points pass through unchanged.
 */

const A = 6378245.0; // semi-major axis of the Krasovsky 1940 ellipsoid used by the formula
const EE = 0.006693421622965943; // its first eccentricity squared
const X_PI = (Math.PI * 3000.0) / 180.0;
const TOLERANCE = 1e-9;
const MAX_STEPS = 30;

/** The formula's own bounding box of China; outside it GCJ-02 equals WGS84. */
export const outOfChina = (lon: number, lat: number): boolean =>
  lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;

function offsetLat(x: number, y: number): number {
  let v = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  v += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  v += ((20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin((y / 3.0) * Math.PI)) * 2.0) / 3.0;
  v += ((160.0 * Math.sin((y / 12.0) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30.0)) * 2.0) / 3.0;
  return v;
}

function offsetLon(x: number, y: number): number {
  let v = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  v += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  v += ((20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin((x / 3.0) * Math.PI)) * 2.0) / 3.0;
  v += ((150.0 * Math.sin((x / 12.0) * Math.PI) + 300.0 * Math.sin((x / 30.0) * Math.PI)) * 2.0) / 3.0;
  return v;
}

/** WGS84 → GCJ-02 (the published forward formula). */
export function wgs84ToGcj02(lon: number, lat: number): [number, number] {
  if (outOfChina(lon, lat)) return [lon, lat];
  const radLat = (lat / 180.0) * Math.PI;
  let magic = Math.sin(radLat);
  magic = 1 - EE * magic * magic;
  const sqrtMagic = Math.sqrt(magic);
  const dLat = (offsetLat(lon - 105.0, lat - 35.0) * 180.0) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI);
  const dLon = (offsetLon(lon - 105.0, lat - 35.0) * 180.0) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return [lon + dLon, lat + dLat];
}

/** GCJ-02 → BD-09 (Baidu's published forward formula). */
export function gcj02ToBd09(lon: number, lat: number): [number, number] {
  const z = Math.sqrt(lon * lon + lat * lat) + 0.00002 * Math.sin(lat * X_PI);
  const theta = Math.atan2(lat, lon) + 0.000003 * Math.cos(lon * X_PI);
  return [z * Math.cos(theta) + 0.0065, z * Math.sin(theta) + 0.006];
}

/** Solves forward(x) = target for x by fixed-point iteration from x = target. */
function invert(forward: (lon: number, lat: number) => [number, number], lon: number, lat: number): [number, number] {
  let x = lon;
  let y = lat;
  for (let step = 0; step < MAX_STEPS; step++) {
    const [fx, fy] = forward(x, y);
    const dx = fx - lon;
    const dy = fy - lat;
    x -= dx;
    y -= dy;
    if (Math.abs(dx) < TOLERANCE && Math.abs(dy) < TOLERANCE) break;
  }
  return [x, y];
}

export const gcj02ToWgs84 = (lon: number, lat: number): [number, number] =>
  outOfChina(lon, lat) ? [lon, lat] : invert(wgs84ToGcj02, lon, lat);

export const bd09ToGcj02 = (lon: number, lat: number): [number, number] => invert(gcj02ToBd09, lon, lat);

export const bd09ToWgs84 = (lon: number, lat: number): [number, number] => {
  const [gLon, gLat] = bd09ToGcj02(lon, lat);
  return gcj02ToWgs84(gLon, gLat);
};

/** The conversion of one position to WGS84 for a datum, or null for WGS84 itself (nothing to do). */
export function toWgs84(datum: Datum): ((p: Position) => Position) | null {
  if (datum === 'wgs84') return null;
  const convert = datum === 'gcj02' ? gcj02ToWgs84 : bd09ToWgs84;
  return (p) => convert(p[0]!, p[1]!);
}
