import type { Source } from '../../data/schema';
import type { TourScene } from '../../data/tourSchema';
import type { LayerGroup } from '../../state/layerGroups';
import type { Language } from '../../state/vocabulary';
import { element } from '../../shell/dom';
import { createScope, type Panel, type PanelContext } from '../../shell/panel';
import { externalLink, httpUrl } from '../../shell/safeLink';
import { deckButton } from '../deck/index';
import { scrollDrawerTo, settleOnChart } from './tourChart';
import { focusKindOf, tourKeyAction } from './tourKeys';
import { fullAtlasHref, sceneState, sceneText, stepButtonsDisabled, stepWithin } from './tourModel';
import { t } from './strings';
import { videoButton } from '../video/index';

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

/** The scene's sources, a disclosure (`open` where there is room, so the caption stays compact elsewhere). */
function sourcesDisclosure(scene: TourScene, language: Language, open: boolean): HTMLElement[] {
  if (scene.sources.length === 0) return [];
  return [
    element(
      'details',
      { class: 'tour-sources', ...(open ? { open: '' } : {}) },
      element('summary', {}, t(language, 'tour.sources', { count: scene.sources.length })),
      element('ul', {}, ...scene.sources.map((source) => sourceItem(source, language))),
    ),
  ];
}

/** "Step n of m", the scene's title (the focus's place when Next is off) and its caption; read out on change. */
function captionText(scene: TourScene, step: number, sceneCount: number, language: Language): HTMLElement {
  const { lang, title, caption } = sceneText(scene, language);
  return element(
    'div',
    { class: 'tour-text', 'aria-live': 'polite', lang },
    element('p', { class: 'tour-count' }, t(language, 'tour.count', { step, count: sceneCount })),
    element('h2', { id: 'tour-title', tabindex: '-1' }, title),
    element('p', { class: 'tour-caption' }, caption),
  );
}

function tourButton(
  action: string,
  label: string,
  onClick: () => void,
  attributes: Record<string, string> = {},
): HTMLButtonElement {
  const node = element('button', { type: 'button', 'data-tour-action': action, ...attributes }, label);
  node.addEventListener('click', onClick);
  return node;
}

/** The tour panel for `scenes`, already loaded and checked. */
export function tourPanel(scenes: readonly TourScene[]): Panel {
  return {
    id: 'tour',
    slot: 'tour',
    mount: (box, context) => new Tour(box, context, scenes).dispose,
  };
}

/** The caption box of a running tour, and the map it steers. */
class Tour {
  private readonly scope = createScope();
  private readonly zoneIds: ReadonlySet<string>;
  /** The layers shown before the tour began, given back when it ends. */
  private layersBefore: readonly LayerGroup[] | null = null;
  /** The step the camera was last sent to, so a change of language redraws the text only. */
  private shownStep: number | null = null;
  /** The tour opened the charts drawer for a scene the map cannot show; it closes it on leaving. */
  private openedCharts = false;
  /** "PowerPoint (PPTX)": the whole tour as a deck, beside the step buttons. */
  private readonly deck: ReturnType<typeof deckButton>;

  constructor(
    private readonly box: HTMLElement,
    private readonly context: PanelContext,
    private readonly scenes: readonly TourScene[],
  ) {
    const { store } = context;
    this.zoneIds = new Set(context.zones.features.map((zone) => zone.properties.id));
    this.deck = deckButton(context, scenes);
    this.scope.add(this.deck.dispose);
    this.scope.add(store.select((state) => [state.tourStep, state.language], this.sync));
    this.sync();
    // On the window, in the capture phase: before the map's own keyboard handler, which pans with the
    // same arrows. Inside a frame, keys arrive only once the viewer has clicked in.
    window.addEventListener('keydown', this.onKey, { capture: true, signal: this.scope.signal });
  }

  readonly dispose = () => {
    this.scope.dispose();
    this.box.hidden = true;
    this.box.replaceChildren();
    this.context.store.update({ highlightedIds: [] });
  };

  private go(step: number) {
    this.context.store.update({ tourStep: stepWithin(step, this.scenes.length) });
  }

  private readonly close = () => this.context.store.update({ tourStep: null });

  private readonly sync = () => {
    const { tourStep: step, language, visibleLayers } = this.context.store.get();
    if (step === null) {
      this.shownStep = null;
      return this.hide();
    }
    // A link or a host may ask for a step past the last scene: the last one it is.
    if (step > this.scenes.length) return this.go(this.scenes.length);
    this.layersBefore ??= visibleLayers;
    this.box.hidden = false;
    this.render(step, language);
    if (step !== this.shownStep) {
      this.shownStep = step;
      this.show(this.scenes[step - 1]!);
    }
  };

  private render(step: number, language: Language) {
    const scene = this.scenes[step - 1]!;
    const { box } = this;
    // Keep the focus on the same button across steps (a disabled one gives it to its neighbour).
    const focused = box.contains(document.activeElement) ? document.activeElement : null;
    const focusedAction = focused?.getAttribute('data-tour-action');
    box.setAttribute('aria-label', t(language, 'tour.region'));
    box.replaceChildren(
      captionText(scene, step, this.scenes.length, language),
      ...this.chartLink(scene, language),
      ...sourcesDisclosure(scene, language, this.roomy()),
      this.nav(step, language),
      element('p', { class: 'tour-keys' }, t(language, 'tour.keys')),
    );
    if (focusedAction) this.refocus(focusedAction);
  }

  /** Where there is room the sources are open; on a phone or in an embedded frame, closed. */
  private roomy(): boolean {
    return !matchMedia(NARROW).matches && !this.context.store.get().embed;
  }

  private nav(step: number, language: Language): HTMLElement {
    const previous = tourButton('previous', t(language, 'tour.previous'), () => this.go(step - 1));
    const next = tourButton('next', t(language, 'tour.next'), () => this.go(step + 1));
    const disabled = stepButtonsDisabled(step, this.scenes.length);
    previous.disabled = disabled.previous;
    next.disabled = disabled.next;
    // "×" in the caption's top right corner, as the details' close button (tour.css); last in the tab order.
    const close = tourButton('close', '×', this.close, {
      class: 'tour-close',
      'aria-label': t(language, 'tour.closeLabel'),
      title: t(language, 'tour.closeLabel'),
    });
    // The tour as a video, made in the video feature; named so the focus stays on it across steps.
    const video = videoButton(this.context, this.scenes);
    video?.setAttribute('data-tour-action', 'video');
    // Embedded, the caption is a strip over a small frame: the exports are the full atlas's (as the video).
    const exports = this.context.store.get().embed ? [] : [this.saveGroup(language, video)];
    return element('div', { class: 'tour-nav' }, previous, next, ...exports, close);
  }

  /**
   * "Save as: PowerPoint | Video", one compact group, so that the steps, the exports and Close share one
   * row of the caption (three rows at 1280 px when each export was a full button). The group is named by
   * its visible label, each button by its own word.
   */
  private saveGroup(language: Language, video: HTMLButtonElement | null): HTMLElement {
    const label = element('span', { class: 'tour-save-label', id: 'tour-save-label' }, t(language, 'tour.saveAs'));
    const buttons = element('span', { class: 'tour-save-buttons' }, this.deck.button, ...(video ? [video] : []));
    return element('div', { class: 'tour-save', role: 'group', 'aria-labelledby': 'tour-save-label' }, label, buttons);
  }

  private refocus(action: string) {
    const again = this.box.querySelector<HTMLElement>(`[data-tour-action="${action}"]`);
    // At the last step Next is disabled: the focus goes to the title, where Space (a clicker's "next")
    // does nothing, rather than to Previous, which Space would press and so step back.
    if (again && !(again instanceof HTMLButtonElement && again.disabled)) again.focus();
    else this.box.querySelector<HTMLElement>('#tour-title')?.focus();
  }

  /**
   * A scene about something the map cannot show (the national pilot's 28 regions, far beyond the map's
   * bounds) points to the chart that does: it opens the charts drawer there. Embedded there is no
   * drawer, so it links to the full atlas at this step instead.
   */
  private chartLink(scene: TourScene, language: Language): HTMLElement[] {
    const chart = scene.chart;
    if (!chart) return [];
    const label = t(language, `tour.chart.${chart}`);
    if (this.context.store.get().embed) {
      const attributes = { class: 'tour-chart', href: fullAtlasHref(window.location.href) };
      const link = element('a', { ...attributes, target: '_blank', rel: 'noopener' }, label);
      return [element('p', { class: 'tour-chart-line' }, link)];
    }
    const open = tourButton('chart', label, () => this.openChart(chart));
    open.classList.add('tour-chart');
    return [element('p', { class: 'tour-chart-line' }, open)];
  }

  private openChart(chart: string) {
    this.context.store.update({ chartsOpen: true });
    const figure = document.getElementById(`chart-${chart}`);
    if (figure) scrollDrawerTo(figure);
    figure?.querySelector<HTMLElement>('h3')?.setAttribute('tabindex', '-1');
    figure?.querySelector<HTMLElement>('h3')?.focus();
  }

  /**
   * A scene about more than the map can show (the 28 regions across China) shows its chart's map of
   * China in the map's place: the charts drawer opens at that chart, the focus staying in the caption.
   * The map's bounds and basemap end at the Beijing region, so its camera could only show empty ground
   * (docs/decisions.md). Leaving the scene closes the drawer the tour opened. Embedded, the caption's
   * link to the full atlas stands in (there is no drawer).
   */
  private showChart(scene: TourScene) {
    const { store } = this.context;
    if (scene.chart && !store.get().embed) {
      const focused = document.activeElement;
      const keep = focused instanceof HTMLElement && focused !== document.body ? focused : null;
      this.openedCharts ||= !store.get().chartsOpen;
      store.update({ chartsOpen: true });
      settleOnChart(scene.chart, keep, () => !this.scope.signal.aborted && store.get().chartsOpen);
    } else this.closeOpenedCharts();
  }

  private closeOpenedCharts() {
    if (this.openedCharts && this.context.store.get().chartsOpen) this.context.store.update({ chartsOpen: false });
    this.openedCharts = false;
  }

  /** Puts the map where the scene says: layers, highlight and selection, then the (awaitable) move. */
  private show(scene: TourScene) {
    const state = sceneState(scene, this.zoneIds);
    this.context.store.update(state);
    this.showChart(scene);
    // After the selection, whose own framing this move replaces; the caption and the details are on
    // screen now, so the move keeps the scene's zones clear of them. It never rejects (cameraMoves.ts).
    void this.context.map.flyTo(scene.camera, { keepInView: state.highlightedIds });
  }

  private hide() {
    const { box, context } = this;
    const hadFocus = box.contains(document.activeElement);
    box.hidden = true;
    box.replaceChildren();
    if (this.layersBefore) context.store.update({ visibleLayers: this.layersBefore });
    this.layersBefore = null;
    this.closeOpenedCharts();
    context.store.update({ highlightedIds: [] });
    if (hadFocus) document.querySelector<HTMLElement>('[data-tour-start]')?.focus();
  }

  private readonly onKey = (event: KeyboardEvent) => {
    const step = this.context.store.get().tourStep;
    if (step === null || event.defaultPrevented) return;
    const action = tourKeyAction(event, focusKindOf(event.target));
    if (action === null) return;
    event.preventDefault();
    event.stopPropagation();
    if (action === 'close') this.close();
    else this.go(step + (action === 'next' ? 1 : -1));
  };
}
