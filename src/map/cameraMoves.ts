import type { Bounds } from '../geo/bounds';
import { isPointBounds } from '../geo/bounds';
import { offsetFor } from './coverPadding';
import { FOCUS_MAX_ZOOM } from './framing';
import type { CameraTarget, Padding } from './types';

/**
 * MapLibre keeps the padding of a flyTo or easeTo as the map's own padding once the move ends, and then
 * reports the centre of the padded room as the map's centre: with a box on one side, links and the
 * host page would get a centre that is not the middle of the screen. So those moves pass the padding
 * as an `offset` of the centre and reset the map's padding to none. (fitBounds keeps no padding.)
 */
const NO_PADDING: Padding = { top: 0, right: 0, bottom: 0, left: 0 };

/** The part of a MapLibre map that camera moves use; a small fake stands in for it in unit tests. */
export interface CameraHost {
  on(type: 'moveend', listener: () => void): unknown;
  off(type: 'moveend', listener: () => void): unknown;
  isMoving(): boolean;
  getZoom(): number;
  fitBounds(bounds: Bounds, options: Record<string, unknown>): unknown;
  easeTo(options: Record<string, unknown>): unknown;
  flyTo(options: Record<string, unknown>): unknown;
}

/** How a move is made; `animate: false` jumps (reduced motion). */
export interface MoveStyle {
  animate: boolean;
  padding: number | Padding;
}

/**
 * Every camera move of the atlas goes through here, and each returns a promise that settles when the
 * camera stops: at the move's `moveend`, when a later move interrupts it, or at once for a jump.
 * A promise never rejects and never hangs, so a tour or a host page can chain moves safely.
 */
export function createCameraMoves(host: CameraHost) {
  let settlePending: (() => void) | null = null;
  let started = 0;

  const run = (start: () => void): Promise<void> => {
    started++;
    // The move in flight is over as soon as a new one starts, whether or not MapLibre says so.
    settlePending?.();
    return new Promise<void>((resolve) => {
      let settled = false;
      const settle = () => {
        if (settled) return;
        settled = true;
        host.off('moveend', settle);
        if (settlePending === settle) settlePending = null;
        resolve();
      };
      settlePending = settle;
      start();
      // Listening only after the start: starting stops the move in flight, and the moveend that this
      // fires belongs to that move. A jump has ended by now.
      if (host.isMoving()) host.on('moveend', settle);
      else settle();
    });
  };

  return {
    /** Fits a box; a box without extent (a point) is zoomed to instead. */
    fitBounds(
      box: Bounds,
      { animate, padding }: MoveStyle,
      extra: { bearing?: number; pitch?: number } = {},
    ): Promise<void> {
      if (isPointBounds(box)) {
        const zoom = Math.max(host.getZoom(), FOCUS_MAX_ZOOM - 1);
        return run(() =>
          host.easeTo({
            center: [box[0], box[1]],
            zoom,
            padding: NO_PADDING,
            offset: offsetFor(padding),
            animate,
            ...extra,
          }),
        );
      }
      return run(() => host.fitBounds(box, { padding, maxZoom: FOCUS_MAX_ZOOM, animate, duration: 900, ...extra }));
    },
    flyTo(camera: CameraTarget, { animate, padding }: MoveStyle): Promise<void> {
      return run(() => host.flyTo({ ...camera, padding: NO_PADDING, offset: offsetFor(padding), animate }));
    },
    /** How many moves have been started: lets a deferred move see that a later one was asked for. */
    started: () => started,
    /** Settles the move in flight, e.g. when the map is removed. */
    settle(): void {
      settlePending?.();
    },
  };
}

export type CameraMoves = ReturnType<typeof createCameraMoves>;
