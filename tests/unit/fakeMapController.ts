import type { CameraTarget, MapController } from '../../src/map/types';

/**
 * A map controller for panel tests in jsdom (no WebGL there): every move settles at once and is
 * recorded in `moves`; it draws no image.
 */
export function fakeMapController(moves: CameraTarget[] = []): MapController {
  return {
    fitZones: () => Promise.resolve(),
    flyTo: (camera) => (moves.push(camera), Promise.resolve()),
    reset: () => Promise.resolve(),
    renderImage: () => Promise.reject(new Error('no image in this test')),
    destroy: () => {},
  };
}
