import { t } from '../../i18n/index';
import { COMPACT_CREDITS_BELOW, mapCredits } from '../attribution';
import type { AppStore } from '../../state/appState';

/**
 * A credit line as DOM: its links (written as `<a href="https://…">name</a>` for MapLibre's attribution
 * control) become anchors, everything else text. Never parsed as HTML.
 */
function creditNodes(credit: string): (string | HTMLAnchorElement)[] {
  return credit.split(/(<a href="https:\/\/[^"<>]+">[^<]+<\/a>)/).map((part) => {
    const link = /^<a href="(https:\/\/[^"<>]+)">([^<]+)<\/a>$/.exec(part);
    if (!link) return part;
    const anchor = document.createElement('a');
    anchor.href = link[1]!;
    anchor.textContent = link[2]!;
    anchor.rel = 'noopener noreferrer';
    anchor.target = '_blank';
    return anchor;
  });
}

/**
 * The credits as MapLibre shows its own: written out on a wide map; folded behind an "i" button on a
 * narrow one (a phone), opened on demand. Folded or unfolded again only when the map crosses the width,
 * so a visitor's own opening stays.
 */
function foldingCredits(svg: SVGSVGElement) {
  const credits = document.createElement('details');
  credits.className = 'svg-map-credits';
  const toggle = document.createElement('summary');
  toggle.className = 'svg-map-credits-button';
  const text = document.createElement('span');
  credits.append(toggle, text);
  let compact: boolean | null = null;
  const fold = () => {
    const now = (svg.parentElement ?? svg).clientWidth < COMPACT_CREDITS_BELOW;
    if (now === compact) return;
    compact = now;
    credits.classList.toggle('svg-map-credits-compact', now);
    credits.open = !now;
  };
  fold();
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(fold) : null;
  observer?.observe(svg.parentElement ?? svg);
  return { credits, text, toggle, stopFolding: () => observer?.disconnect() };
}

/**
 * Zoom in, zoom out and reset buttons for the SVG map, in the corner where MapLibre puts its own, and
 * the map's credits. Returns a function that removes them.
 */
export function mountSvgControls(
  svg: SVGSVGElement,
  store: AppStore,
  actions: { zoomIn: () => void; zoomOut: () => void; reset: () => void },
): () => void {
  const group = document.createElement('div');
  group.className = 'svg-map-controls';
  const buttons = (['zoomIn', 'zoomOut', 'reset'] as const).map((action) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.action = action;
    button.textContent = action === 'zoomIn' ? '+' : action === 'zoomOut' ? '−' : '⟲';
    button.addEventListener('click', actions[action]);
    return button;
  });
  const { credits, text, toggle, stopFolding } = foldingCredits(svg);
  const labels = () => {
    const { language } = store.get();
    text.replaceChildren(
      ...mapCredits(language, 'offline').flatMap((credit, i) => [...(i ? [' | '] : []), ...creditNodes(credit)]),
    );
    toggle.setAttribute('aria-label', t(language, 'map.credits'));
    toggle.title = t(language, 'map.credits');
    const names = { zoomIn: 'map.zoomIn', zoomOut: 'map.zoomOut', reset: 'map.resetView' } as const;
    for (const button of buttons) {
      const label = t(language, names[button.dataset.action as keyof typeof names]);
      button.setAttribute('aria-label', label);
      button.title = label;
    }
  };
  labels();
  group.append(...buttons);
  svg.after(group, credits);
  const unsubscribe = store.select((state) => state.language, labels);
  return () => {
    unsubscribe();
    stopFolding();
    group.remove();
    credits.remove();
  };
}
