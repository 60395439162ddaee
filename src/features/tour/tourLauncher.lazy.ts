import './tour.css';
import { createScope, mountPanels, type Dispose, type Panel } from '../../shell/panel';
import { element } from '../../shell/dom';
import { sayWhileSlow } from '../../shell/stillLoading';
import type { PanelContext } from '../../shell/panel';
import { t } from './strings';

/** The tour's scenes or code did not arrive: said in plain words, with "Try again" at the same scene. */
function sayTourFailed({ store, status }: PanelContext, error: unknown, step: number): void {
  const language = store.get().language;
  status.show('warning', t(language, 'tour.failed'), {
    detail: error instanceof Error ? error.message : String(error),
    dismissLabel: t(language, 'status.dismiss'),
    action: { label: t(language, 'status.retry'), run: () => store.update({ tourStep: step }) },
  });
}

/**
 * The tour's start button (header slot `#presenter-tour`) and its loader. Small on purpose: it loads
 * after the first frame on every page, while the tour itself (panel, scenes, strings, styles) is
 * downloaded only once `tourStep` is set — by this button, by a `tour=1` link, or by the host page's
 * `atlas:tour-step`. Embedded, there is no header and so no button, but the tour still starts from the
 * link or the host.
 */

export const tourLauncherPanel: Panel = {
  id: 'tour',
  slot: 'presenter-tour',
  mount(slot, context) {
    const { store } = context;
    const scope = createScope();
    let loading: Promise<void> | null = null;
    let unmountTour: Dispose | null = null;

    /**
     * Downloads and mounts the tour once; later starts reuse it. A slow download is said, a failed one
     * too (the tour stops) and may be retried.
     */
    const ensureTour = () => {
      if (loading) return loading;
      const step = store.get().tourStep ?? 1;
      loading = Promise.all([import('./tour.lazy'), import('../../data/loadTour.lazy')])
        .then(async ([{ tourPanel }, { loadTour }]) => {
          const { scenes } = await loadTour();
          unmountTour = mountPanels([tourPanel(scenes)], context);
        })
        .catch((error: unknown) => {
          loading = null;
          store.update({ tourStep: null });
          sayTourFailed(context, error, step);
          throw error;
        });
      sayWhileSlow(context.status, () => t(store.get().language, 'tour.stillLoading'), loading);
      return loading;
    };

    const start = element('button', { type: 'button', class: 'tour-start', 'data-tour-start': '' });
    const update = () => {
      const { language, tourStep } = store.get();
      start.textContent = t(language, 'tour.start');
      start.title = t(language, 'tour.startTitle');
      start.setAttribute('aria-pressed', String(tourStep !== null));
    };
    start.addEventListener('click', () => {
      if (store.get().tourStep !== null) return store.update({ tourStep: null });
      store.update({ tourStep: 1 });
      // Started by hand: the focus follows into the caption, so the keys and buttons are at hand.
      ensureTour()
        .then(() => document.querySelector<HTMLElement>('#tour [data-tour-action="next"]')?.focus())
        .catch(() => {});
    });
    if (!store.get().embed) slot.append(start);
    update();

    scope.add(
      store.select((state) => [state.language, state.tourStep], update),
      // A link or the host started it: load it, and never take the focus (an embed must not).
      store.select(
        (state) => state.tourStep !== null,
        (on) => void (on && ensureTour().catch(() => {})),
      ),
      () => unmountTour?.(),
      () => start.remove(),
    );
    if (store.get().tourStep !== null) ensureTour().catch(() => {});
    return scope.dispose;
  },
};
