import { describe, expect, it } from 'vitest';
import { createCameraMoves, type CameraHost } from '../../src/map/cameraMoves';
import { FOCUS_MAX_ZOOM } from '../../src/map/framing';
import type { Bounds } from '../../src/geo/bounds';

/**
 * A stand-in for MapLibre's camera: an animated move runs until `finish()`; starting a move stops the
 * one in flight and fires its moveend synchronously, as MapLibre does; `animate: false` jumps.
 */
function fakeCamera() {
  const listeners = new Set<() => void>();
  let moving = false;
  const calls: { method: string; options: Record<string, unknown> }[] = [];
  const fire = () => [...listeners].forEach((listener) => listener());
  const start = (method: string, options: Record<string, unknown>) => {
    calls.push({ method, options });
    if (moving) {
      moving = false;
      fire();
    }
    if (options['animate'] === false) {
      fire();
    } else {
      moving = true;
    }
  };
  const host: CameraHost = {
    on: (_type, listener) => listeners.add(listener),
    off: (_type, listener) => listeners.delete(listener),
    isMoving: () => moving,
    getZoom: () => 10,
    fitBounds: (bounds, options) => start('fitBounds', { ...options, bounds }),
    easeTo: (options) => start('easeTo', options),
    flyTo: (options) => start('flyTo', options),
  };
  return {
    host,
    calls,
    listenerCount: () => listeners.size,
    finish() {
      moving = false;
      fire();
    },
  };
}

const box: Bounds = [116.4, 39.8, 116.6, 40];
const settledSoon = (promise: Promise<void>) =>
  Promise.race([promise.then(() => 'settled'), new Promise((resolve) => setTimeout(() => resolve('pending'), 20))]);

describe('camera moves', () => {
  it('resolve when the move ends, not before', async () => {
    const camera = fakeCamera();
    const moves = createCameraMoves(camera.host);
    const move = moves.fitBounds(box, { animate: true, padding: 40 });
    expect(await settledSoon(move)).toBe('pending');
    camera.finish();
    expect(await settledSoon(move)).toBe('settled');
    expect(camera.listenerCount()).toBe(0);
  });

  it('resolve at once for a jump (reduced motion)', async () => {
    const camera = fakeCamera();
    const moves = createCameraMoves(camera.host);
    expect(await settledSoon(moves.flyTo({ center: [116.4, 39.9], zoom: 12 }, { animate: false, padding: 0 }))).toBe(
      'settled',
    );
    expect(camera.listenerCount()).toBe(0);
  });

  it('resolve a move interrupted by another, and let the second wait for its own end', async () => {
    const camera = fakeCamera();
    const moves = createCameraMoves(camera.host);
    const first = moves.fitBounds(box, { animate: true, padding: 40 });
    const second = moves.flyTo({ center: [116.4, 39.9], zoom: 12 }, { animate: true, padding: 40 });
    expect(await settledSoon(first)).toBe('settled');
    // The interrupted move's moveend must not end the second one.
    expect(await settledSoon(second)).toBe('pending');
    camera.finish();
    expect(await settledSoon(second)).toBe('settled');
  });

  it('settle a pending move on request (the map is being removed)', async () => {
    const camera = fakeCamera();
    const moves = createCameraMoves(camera.host);
    const move = moves.flyTo({ center: [116.4, 39.9], zoom: 12 }, { animate: true, padding: 0 });
    moves.settle();
    expect(await settledSoon(move)).toBe('settled');
  });

  it('zoom to a point instead of fitting a box without extent', () => {
    const camera = fakeCamera();
    const moves = createCameraMoves(camera.host);
    void moves.fitBounds([116.5, 39.9, 116.5, 39.9], { animate: false, padding: 0 });
    expect(camera.calls[0]).toMatchObject({
      method: 'easeTo',
      options: { center: [116.5, 39.9], zoom: FOCUS_MAX_ZOOM - 1 },
    });
    void moves.fitBounds(box, { animate: false, padding: 0 });
    expect(camera.calls[1]).toMatchObject({ method: 'fitBounds', options: { maxZoom: FOCUS_MAX_ZOOM } });
  });

  it('pass an uneven padding to a flight as a centre offset, never as the map’s own padding', () => {
    // MapLibre keeps a flyTo's padding and then reports the padded room's centre as the map's centre,
    // so the link and the host page would be told a centre that is not the middle of the screen.
    const camera = fakeCamera();
    const moves = createCameraMoves(camera.host);
    void moves.flyTo(
      { center: [116.4, 39.9], zoom: 12 },
      { animate: false, padding: { top: 60, right: 60, bottom: 60, left: 360 } },
    );
    expect(camera.calls[0]).toMatchObject({
      method: 'flyTo',
      options: { offset: [150, 0], padding: { top: 0, right: 0, bottom: 0, left: 0 } },
    });
    expect(moves.started()).toBe(1);
  });
});
