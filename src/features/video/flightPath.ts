/**
 * The camera's path from one scene to the next, as MapLibre's `flyTo` draws it (van Wijk and Nuij,
 * "Smooth and efficient zooming and panning", 2003): out, across and back in, so a far move keeps its
 * context. Pure, so every frame of a video is a function of its number, never of the machine's speed.
 */

export interface VideoCamera {
  center: readonly [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

/** MapLibre's defaults for `flyTo`: the curve's ρ and the speed in screenfuls per second. */
const RHO = 1.42;
const SPEED = 1.2;
const TILE_SIZE = 512;

const mercatorX = (lng: number) => (lng + 180) / 360;
const mercatorY = (lat: number) => {
  const sin = Math.sin((lat * Math.PI) / 180);
  return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
};
const longitude = (x: number) => x * 360 - 180;
const latitude = (y: number) => (360 / Math.PI) * Math.atan(Math.exp((0.5 - y) * 2 * Math.PI)) - 90;

/** Ease in and out (cubic): the camera starts and stops gently, as a tour step does. */
export const easeInOut = (t: number): number => (t < 0.5 ? 4 * t ** 3 : 1 - (-2 * t + 2) ** 3 / 2);

/** The shorter way round from bearing `from` to `to`, in degrees (−180 to 180). */
export const bearingDelta = (from: number, to: number): number => {
  const delta = ((((to - from) % 360) + 540) % 360) - 180;
  return delta === -180 ? 180 : delta;
};

export interface FlightPath {
  /** The path's length in MapLibre's units (S): its natural duration is S / 1.2 seconds. */
  length: number;
  /** The camera at `progress` (0 to 1, already eased) along the path. */
  at(progress: number): VideoCamera;
}

/**
 * The path from `from` to `to` seen through a viewport `viewportSize` CSS pixels across (its larger
 * side): zoom and centre follow the van Wijk curve; bearing and pitch turn evenly with progress.
 */
export function flightPath(from: VideoCamera, to: VideoCamera, viewportSize: number): FlightPath {
  const world = TILE_SIZE * 2 ** from.zoom;
  const start = [mercatorX(from.center[0]) * world, mercatorY(from.center[1]) * world] as const;
  const end = [mercatorX(to.center[0]) * world, mercatorY(to.center[1]) * world] as const;
  const w0 = viewportSize;
  const w1 = w0 / 2 ** (to.zoom - from.zoom);
  const u1 = Math.hypot(end[0] - start[0], end[1] - start[1]);
  const rho2 = RHO * RHO;
  /** r(0) and r(1) of the paper: where the curve starts and ends. */
  const r = (i: 0 | 1) => {
    const b = (w1 * w1 - w0 * w0 + (i ? -1 : 1) * rho2 * rho2 * u1 * u1) / (2 * (i ? w1 : w0) * rho2 * u1);
    return Math.log(Math.sqrt(b * b + 1) - b);
  };
  let width: (s: number) => number;
  let travelled: (s: number) => number;
  let length: number;
  const r0 = u1 > 1e-6 ? r(0) : 0;
  const curved = u1 > 1e-6 ? (r(1) - r0) / RHO : Number.NaN;
  if (Number.isFinite(curved)) {
    length = curved;
    width = (s) => Math.cosh(r0) / Math.cosh(r0 + RHO * s);
    travelled = (s) => (w0 * ((Math.cosh(r0) * Math.tanh(r0 + RHO * s) - Math.sinh(r0)) / rho2)) / u1;
  } else {
    // No move across (or too small to matter): a plain zoom, out or in.
    const direction = w1 < w0 ? -1 : 1;
    length = Math.abs(Math.log(w1 / w0)) / RHO;
    width = (s) => Math.exp(direction * RHO * s);
    travelled = () => 0;
  }
  const turn = bearingDelta(from.bearing, to.bearing);
  return {
    length,
    at(progress) {
      if (progress >= 1) return { ...to };
      if (progress <= 0) return { ...from };
      const s = progress * length;
      const share = travelled(s);
      const x = start[0] + (end[0] - start[0]) * share;
      const y = start[1] + (end[1] - start[1]) * share;
      return {
        center: [longitude(x / world), latitude(y / world)],
        zoom: from.zoom + Math.log2(1 / width(s)),
        bearing: from.bearing + turn * progress,
        pitch: from.pitch + (to.pitch - from.pitch) * progress,
      };
    },
  };
}

/** How long the flight takes at MapLibre's speed, in seconds, kept within `[min, max]`. */
export const flightSeconds = (path: FlightPath, min: number, max: number): number =>
  Math.min(max, Math.max(min, path.length / SPEED));
