import type { AppStore } from '../../state/appState';
import { gestureLocale } from '../cooperativeGestures';

/**
 * Cooperative gestures for the SVG map of an embedded atlas, as MapLibre's `cooperativeGestures` give
 * the WebGL map: a plain wheel scrolls the host page and shows a hint; Ctrl + wheel (⌘ + wheel on a
 * Mac) zooms; on a touch screen one finger scrolls the page and two pan and pinch. While the atlas
 * fills the screen there is no host page to scroll, so every gesture is the map's again. Same hint
 * texts as MapLibre's (map/cooperativeGestures.ts), in the current language.
 */

/** What d3-zoom's filter is asked about: the event that would start a gesture. */
export interface GestureEvent {
  type: string;
  ctrlKey: boolean;
  metaKey: boolean;
  button?: number;
  touches?: { length: number };
}

/**
 * Whether the SVG map takes `event` (d3-zoom's filter; pure, unit-tested). `cooperative` is false in
 * full screen or outside embed mode, where d3-zoom's own rule applies (no Ctrl+drag, primary button).
 */
export function takesGesture(event: GestureEvent, cooperative: boolean): boolean {
  if (!cooperative) return (!event.ctrlKey || event.type === 'wheel') && !event.button;
  if (event.type === 'wheel') return event.ctrlKey || event.metaKey;
  if (event.type === 'touchstart') return (event.touches?.length ?? 0) >= 2;
  return !event.ctrlKey && !event.button;
}

const HINT_MS = 1500;
const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * The hint over the map, shown when a gesture is left to the page; returns `show(kind)` and a remove.
 * `aria-hidden`, as MapLibre's: it repeats what the page's own scrolling already told a screen reader.
 */
export function mountGestureHint(svg: SVGSVGElement, store: AppStore) {
  const hint = document.createElement('div');
  hint.className = 'svg-map-gesture-hint';
  hint.setAttribute('aria-hidden', 'true');
  svg.after(hint);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const show = (kind: 'wheel' | 'touch') => {
    const texts = gestureLocale(store.get().language);
    const key =
      kind === 'touch'
        ? 'CooperativeGesturesHandler.MobileHelpText'
        : isMac()
          ? 'CooperativeGesturesHandler.MacHelpText'
          : 'CooperativeGesturesHandler.WindowsHelpText';
    hint.textContent = texts[key] ?? '';
    hint.classList.add('is-shown');
    clearTimeout(timer);
    timer = setTimeout(() => hint.classList.remove('is-shown'), HINT_MS);
  };
  return {
    show,
    remove() {
      clearTimeout(timer);
      hint.remove();
    },
  };
}

/** Embedded and not in full screen: the map shares the wheel and one-finger touches with the host page. */
export const isCooperative = (store: AppStore): boolean => store.get().embed && !store.get().fullScreen;

/**
 * The page's side of cooperative gestures: the hint when a wheel or a touch is left to the page, and
 * the touch-action the CSS gives a cooperative map (`is-cooperative`). Returns a function that stops them.
 */
export function shareGesturesWithPage(svg: SVGSVGElement, store: AppStore): () => void {
  const hint = mountGestureHint(svg, store);
  const leftToPage = (event: WheelEvent | TouchEvent) => {
    if (!isCooperative(store)) return;
    if (event instanceof WheelEvent && !event.ctrlKey && !event.metaKey) hint.show('wheel');
    else if (!(event instanceof WheelEvent) && event.touches.length === 1) hint.show('touch');
  };
  svg.addEventListener('wheel', leftToPage, { passive: true });
  svg.addEventListener('touchstart', leftToPage, { passive: true });
  const applyTouchAction = () => svg.classList.toggle('is-cooperative', isCooperative(store));
  applyTouchAction();
  const stopTouchAction = store.select((state) => [state.embed, state.fullScreen], applyTouchAction);
  return () => {
    svg.removeEventListener('wheel', leftToPage);
    svg.removeEventListener('touchstart', leftToPage);
    hint.remove();
    stopTouchAction();
  };
}
