import { paddingAround, widerPadding, type ScreenBox } from './coverPadding';
import type { Padding } from './types';

/** True when the visitor asked the system for less motion; camera moves then jump instead of flying. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Room left around a framed zone, in pixels, so its surroundings stay in view: less on a phone-sized map. */
export function framePadding(container: Element): number {
  return Math.min(120, Math.round(Math.min(container.clientWidth, container.clientHeight) * 0.14));
}

/**
 * Boxes that float over the map and hide what is under them: the details (an overlay when embedded, a
 * sheet on a narrow frame), the tour's caption, the charts drawer. Where they sit beside the map (the
 * side panel of the full atlas) they do not overlap it and change nothing.
 */
const MAP_COVERS = '.sidebar, #tour, .charts-drawer';

/** The boxes over `container` now (shown ones only). */
export function coveringBoxes(container: Element): ScreenBox[] {
  return [...document.querySelectorAll<HTMLElement>(MAP_COVERS)]
    .filter((box) => !box.hidden && box.getClientRects().length > 0 && !box.contains(container))
    .map((box) => box.getBoundingClientRect());
}

/**
 * The padding that frames a place where the visitor can see it: the base margin, and on each side the
 * depth of the boxes that cover the map there (coverPadding.ts). `extra` (a caller's own padding, e.g.
 * beside the charts drawer) wins where it is larger.
 */
export function visiblePadding(container: Element, extra?: number | Padding): Padding {
  const padding = paddingAround(container.getBoundingClientRect(), coveringBoxes(container), framePadding(container));
  return extra === undefined ? padding : widerPadding(padding, extra);
}

/** Points are framed at this zoom; polygons are fitted, but never closer than this. */
export const FOCUS_MAX_ZOOM = 13.5;

/**
 * Whether this browser can give MapLibre a WebGL2 context, asked before MapLibre is downloaded. The
 * build's map preload script may have asked already (scripts/build/firstLoadPreloads.mjs): its answer
 * is on the root element. The test context is released at once: browsers allow only a few live WebGL
 * contexts per page.
 */
export function supportsWebGL2(): boolean {
  const asked = document.documentElement.dataset['webgl2'];
  if (asked === 'yes' || asked === 'no') return asked === 'yes';
  try {
    const context = document.createElement('canvas').getContext('webgl2');
    context?.getExtension('WEBGL_lose_context')?.loseContext();
    return context !== null && context !== undefined;
  } catch {
    return false;
  }
}
