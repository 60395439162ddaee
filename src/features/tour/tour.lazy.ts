import type { Source } from '../../data/schema';
import type { TourScene } from '../../data/tourSchema';
import { canonicalLayers, isLayerGroup, type LayerGroup } from '../../state/layerGroups';
import type { Language } from '../../state/vocabulary';
import { element } from '../../shell/dom';
import { createScope, type Panel, type PanelContext } from '../../shell/panel';
import { externalLink, httpUrl } from '../../shell/safeLink';
import { focusKindOf, tourKeyAction } from './tourKeys';
import { t } from './strings';

/**
 * The guided tour's caption box (slot `#tour`), shown while `tourStep` is set. Each step moves the
 * camera through the map controller (a jump when the visitor prefers reduced motion), shows the
 * scene's layers, highlights all its zones (`highlightedIds`) and selects the first, whose sourced
 * details open beside the caption. The camera is the scene's own where its zones fit in the part of
 * the map the caption and details leave; elsewhere (a small frame) the zones are fitted instead. The
 * step lives in the state, so the link follows it and the host page (atlas:tour-step) drives the same
 * thing as the keys.
 */

/** The phone layout's breakpoint (main.css). */
const NARROW = '(max-width: 47.99rem)';

function sourceItem(source: Source, language: Language): HTMLLIElement {
  const label = `${source.publisher}, “${source.title}”, ${source.date}`;
  // Only web addresses become links, through the one guard every link from data passes (safeLink.ts);
  // a seed article is named, with no address to follow.
  if (httpUrl(source.url) === null) {
    return element('li', {}, element('span', { lang: 'en' }, label), ` (${t(language, 'details.seedArticle')})`);
  }
  return element('li', {}, externalLink(source.url, label, { lang: 'en' }));
}

/** The tour panel for `scenes`, already loaded and checked. */
export function tourPanel(scenes: readonly TourScene[]): Panel {
  return {
    id: 'tour',
    slot: 'tour',
    mount: (box, context) => mountTour(box, context, scenes),
  };
}

function mountTour(box: HTMLElement, context: PanelContext, scenes: readonly TourScene[]) {
  const { store, map, zones } = context;
  const scope = createScope();
  const zoneIds = new Set(zones.features.map((zone) => zone.properties.id));
  /** The layers shown before the tour began, given back when it ends. */
  let layersBefore: readonly LayerGroup[] | null = null;

  const go = (step: number) => store.update({ tourStep: Math.min(Math.max(step, 1), scenes.length) });
  const close = () => store.update({ tourStep: null });

  const button = (action: string, label: string, onClick: () => void, attributes: Record<string, string> = {}) => {
    const node = element('button', { type: 'button', 'data-tour-action': action, ...attributes }, label);
    node.addEventListener('click', onClick);
    return node;
  };

  const render = (step: number, language: Language) => {
    const scene = scenes[step - 1]!;
    const lang = language === 'zh' ? 'zh-CN' : 'en';
    const count = element('p', { class: 'tour-count' }, t(language, 'tour.count', { step, count: scenes.length }));
    const title = element(
      'h2',
      { id: 'tour-title', tabindex: '-1' },
      language === 'zh' ? scene.title_zh : scene.title_en,
    );
    const caption = element('p', { class: 'tour-caption' }, language === 'zh' ? scene.caption_zh : scene.caption_en);
    const text = element('div', { class: 'tour-text', 'aria-live': 'polite', lang }, count, title, caption);
    // A disclosure, open where there is room; on a phone or in an embedded frame it is closed, so the
    // caption stays compact and the map visible.
    const roomy = !matchMedia(NARROW).matches && !store.get().embed;
    const sources =
      scene.sources.length === 0
        ? []
        : [
            element(
              'details',
              { class: 'tour-sources', ...(roomy ? { open: '' } : {}) },
              element('summary', {}, t(language, 'tour.sources', { count: scene.sources.length })),
              element('ul', {}, ...scene.sources.map((source) => sourceItem(source, language))),
            ),
          ];
    const previous = button('previous', t(language, 'tour.previous'), () => go(step - 1));
    const next = button('next', t(language, 'tour.next'), () => go(step + 1));
    previous.disabled = step <= 1;
    next.disabled = step >= scenes.length;
    const nav = element(
      'div',
      { class: 'tour-nav' },
      previous,
      next,
      button('close', t(language, 'tour.close'), close, { 'aria-label': t(language, 'tour.closeLabel') }),
    );
    const keys = element('p', { class: 'tour-keys' }, t(language, 'tour.keys'));
    // Keep the focus on the same button across steps (a disabled one gives it to its neighbour).
    const focused = box.contains(document.activeElement) ? document.activeElement : null;
    const focusedAction = focused?.getAttribute('data-tour-action');
    box.setAttribute('aria-label', t(language, 'tour.region'));
    box.replaceChildren(text, ...chartLink(scene, language), ...sources, nav, keys);
    if (focusedAction) {
      const again = box.querySelector<HTMLElement>(`[data-tour-action="${focusedAction}"]`);
      // At the last step Next is disabled: the focus goes to the title, where Space (a clicker's "next")
      // does nothing, rather than to Previous, which Space would press and so step back.
      if (again && !(again instanceof HTMLButtonElement && again.disabled)) again.focus();
      else box.querySelector<HTMLElement>('#tour-title')?.focus();
    }
  };

  /**
   * A scene about something the map cannot show (the national pilot's 28 regions, far beyond the map's
   * bounds) points to the chart that does: it opens the charts drawer there. Embedded there is no
   * drawer, so it links to the full atlas at this step instead.
   */
  const chartLink = (scene: TourScene, language: Language): HTMLElement[] => {
    if (!scene.chart) return [];
    const label = t(language, `tour.chart.${scene.chart}`);
    if (store.get().embed) {
      const url = new URL(window.location.href);
      for (const param of ['embed', 'origins', 'hide']) url.searchParams.delete(param);
      const link = element('a', { class: 'tour-chart', href: url.href, target: '_blank', rel: 'noopener' }, label);
      return [element('p', { class: 'tour-chart-line' }, link)];
    }
    const open = button('chart', label, () => {
      store.update({ chartsOpen: true });
      const figure = document.getElementById(`chart-${scene.chart}`);
      figure?.scrollIntoView({ block: 'start' });
      figure?.querySelector<HTMLElement>('h3')?.setAttribute('tabindex', '-1');
      figure?.querySelector<HTMLElement>('h3')?.focus();
    });
    open.classList.add('tour-chart');
    return [element('p', { class: 'tour-chart-line' }, open)];
  };

  /** Puts the map where the scene says: layers, highlight and selection, then the (awaitable) move. */
  const show = (scene: TourScene) => {
    const layers = canonicalLayers(scene.layers.filter(isLayerGroup));
    const known = scene.zones.filter((id) => zoneIds.has(id));
    store.update({ visibleLayers: layers, highlightedIds: known, selectedId: known[0] ?? null });
    // After the selection, whose own framing this move replaces; the caption and the details are on
    // screen now, so the move keeps the scene's zones clear of them. It never rejects (cameraMoves.ts).
    void map.flyTo(scene.camera, { keepInView: known });
  };

  const hide = () => {
    const hadFocus = box.contains(document.activeElement);
    box.hidden = true;
    box.replaceChildren();
    if (layersBefore) store.update({ visibleLayers: layersBefore });
    layersBefore = null;
    store.update({ highlightedIds: [] });
    if (hadFocus) document.querySelector<HTMLElement>('[data-tour-start]')?.focus();
  };

  /** The step the camera was last sent to, so a change of language redraws the text only. */
  let shownStep: number | null = null;
  const sync = () => {
    const { tourStep: step, language } = store.get();
    if (step === null) {
      shownStep = null;
      return hide();
    }
    // A link or a host may ask for a step past the last scene: the last one it is.
    if (step > scenes.length) return go(scenes.length);
    layersBefore ??= store.get().visibleLayers;
    box.hidden = false;
    render(step, language);
    if (step !== shownStep) {
      shownStep = step;
      show(scenes[step - 1]!);
    }
  };
  scope.add(store.select((state) => [state.tourStep, state.language], sync));
  sync();

  // On the window, in the capture phase: before the map's own keyboard handler, which pans with the
  // same arrows. Inside a frame, keys arrive only once the viewer has clicked in.
  const onKey = (event: KeyboardEvent) => {
    const step = store.get().tourStep;
    if (step === null || event.defaultPrevented) return;
    const action = tourKeyAction(event, focusKindOf(event.target));
    if (action === null) return;
    event.preventDefault();
    event.stopPropagation();
    if (action === 'close') close();
    else go(step + (action === 'next' ? 1 : -1));
  };
  window.addEventListener('keydown', onKey, { capture: true, signal: scope.signal });
  return () => {
    scope.dispose();
    box.hidden = true;
    box.replaceChildren();
    store.update({ highlightedIds: [] });
  };
}
