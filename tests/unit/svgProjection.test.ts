import { describe, expect, it } from 'vitest';
import { zoneBounds, openingBounds } from '../../src/geo/bounds';
import {
  cameraForBounds,
  cameraOnScreen,
  fromMercator,
  projectionFor,
  sameCamera,
  toMercator,
} from '../../src/map/svg/projection';
import { openingPadding, POINT_LABEL_ROOM } from '../../src/map/svg/openingFrame';
import { bundledChartData } from './chartData';

describe('the SVG map projection', () => {
  const { zones } = bundledChartData();
  const bounds = zoneBounds(zones);
  const opening = openingBounds(zones, bounds);
  const size = { width: 1000, height: 700 };
  const padding = 98;

  it('converts to Web Mercator and back', () => {
    expect(toMercator([0, 0])).toEqual([0.5, 0.5]);
    const [lng, lat] = fromMercator(toMercator([116.4, 39.9]));
    expect(lng).toBeCloseTo(116.4, 9);
    expect(lat).toBeCloseTo(39.9, 9);
  });

  it('frames the opening bounds as MapLibre does: inside the padding, touching it on the tighter axis', () => {
    const camera = cameraForBounds(opening, size, padding, 13.5);
    const project = projectionFor(camera, size);
    const [west, south, east, north] = opening;
    const [left, top] = project([west, north]);
    const [right, bottom] = project([east, south]);
    for (const value of [left, top, right, bottom]) expect(Number.isFinite(value)).toBe(true);
    expect(left).toBeGreaterThanOrEqual(padding - 0.01);
    expect(top).toBeGreaterThanOrEqual(padding - 0.01);
    expect(right).toBeLessThanOrEqual(size.width - padding + 0.01);
    expect(bottom).toBeLessThanOrEqual(size.height - padding + 0.01);
    // The limiting axis fills the padded room exactly; the other is centred.
    const filledX = Math.abs(right - left - (size.width - 2 * padding)) < 0.01;
    const filledY = Math.abs(bottom - top - (size.height - 2 * padding)) < 0.01;
    expect(filledX || filledY).toBe(true);
    expect((left + right) / 2).toBeCloseTo(size.width / 2, 6);
    expect((top + bottom) / 2).toBeCloseTo(size.height / 2, 6);
  });

  it('uses MapLibre’s scale: 512·2^z pixels around the world', () => {
    const project = projectionFor({ center: [116.4, 39.9], zoom: 10, bearing: 0 }, size);
    const [x0] = project([116.4, 39.9]);
    const [x1] = project([116.4 + 360 / 1024, 39.9]);
    // 1/1024 of the world at zoom 10 is 512 pixels.
    expect(x1 - x0).toBeCloseTo(512, 6);
  });

  it('never frames closer than the maximum zoom, and zooms to a point', () => {
    const point = cameraForBounds([116.4, 39.9, 116.4, 39.9], size, padding, 12.5);
    expect(point.zoom).toBe(12.5);
    expect(point.center[0]).toBeCloseTo(116.4, 9);
  });

  it('reads the camera on screen from the drawing’s camera and a d3-zoom transform', () => {
    const base = { center: [116.4, 39.9] as [number, number], zoom: 10, bearing: 0 };
    const project = projectionFor(base, size);
    expect(cameraOnScreen(base, project, { k: 1, x: 0, y: 0 }, size).center[0]).toBeCloseTo(116.4, 9);
    // Zoomed in twice about the middle of the screen: one zoom level closer, the same centre.
    const zoomed = cameraOnScreen(base, project, { k: 2, x: -size.width / 2, y: -size.height / 2 }, size);
    expect(zoomed.zoom).toBe(11);
    expect(zoomed.center[0]).toBeCloseTo(116.4, 9);
    expect(zoomed.center[1]).toBeCloseTo(39.9, 9);
    // Panned 100 px to the right: the centre is the place drawn 100 px left of the middle.
    const panned = cameraOnScreen(base, project, { k: 1, x: 100, y: 0 }, size);
    const [expectedLng, expectedLat] = project.invert([size.width / 2 - 100, size.height / 2]);
    expect(panned.center[0]).toBeCloseTo(expectedLng, 9);
    expect(panned.center[1]).toBeCloseTo(expectedLat, 9);
    expect(panned.zoom).toBe(10);
  });

  it('leaves room beside the opening frame’s west point (Shougang Park) for its label on a phone, without zooming out', () => {
    const westPoint = [...bounds.values()].find(([w, s, e, n]) => w === opening[0] && w === e && s === n);
    expect(westPoint).toBeDefined();
    // A desktop map (as at 1280×800) has the room already: the plain fit is kept.
    expect(openingPadding({ width: 928, height: 748 }, 105, bounds, opening)).toBe(105);
    // A phone's map (390×844): framed by its height; the box moves east until the point is the room in.
    const phone = { width: 390, height: 405 };
    const padding = openingPadding(phone, 55, bounds, opening);
    expect(padding).not.toBe(55);
    const plain = cameraForBounds(opening, phone, 55, 13.5);
    const moved = cameraForBounds(opening, phone, padding, 13.5);
    expect(moved.zoom).toBeCloseTo(plain.zoom, 9);
    const [x] = projectionFor(moved, phone)([westPoint![0], westPoint![1]]);
    expect(x).toBeCloseTo(POINT_LABEL_ROOM, 6);
    const [east] = projectionFor(moved, phone)([opening[2], opening[1]]);
    expect(east).toBeLessThanOrEqual(phone.width - 55 + 1e-6);
    // A map framed by its width (a tall, narrow one) has nowhere to move it to: it is left as it was.
    expect(openingPadding({ width: 416, height: 972 }, 58, bounds, opening)).toBe(58);
  });

  it('tells equal cameras apart from moved ones', () => {
    const camera = { center: [116.4, 39.9] as [number, number], zoom: 10, bearing: 0 };
    expect(sameCamera(camera, { ...camera, center: [116.4, 39.9] })).toBe(true);
    expect(sameCamera(camera, { ...camera, zoom: 10.5 })).toBe(false);
    expect(sameCamera(camera, { ...camera, bearing: 90 })).toBe(false);
  });
});
