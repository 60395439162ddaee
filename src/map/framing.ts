/** True when the visitor asked the system for less motion; camera moves then jump instead of flying. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Room left around a framed zone, in pixels, so its surroundings stay in view: less on a phone-sized map. */
export function framePadding(container: Element): number {
  return Math.min(120, Math.round(Math.min(container.clientWidth, container.clientHeight) * 0.14));
}

/** Points are framed at this zoom; polygons are fitted, but never closer than this. */
export const FOCUS_MAX_ZOOM = 13.5;

/**
 * Whether this browser can give MapLibre a WebGL2 context, asked before MapLibre is downloaded. The
 * test context is released at once: browsers allow only a few live WebGL contexts per page.
 */
export function supportsWebGL2(): boolean {
  try {
    const context = document.createElement('canvas').getContext('webgl2');
    context?.getExtension('WEBGL_lose_context')?.loseContext();
    return context !== null && context !== undefined;
  } catch {
    return false;
  }
}
