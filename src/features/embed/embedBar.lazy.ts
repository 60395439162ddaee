import type { AppStore } from '../../state/appState';
import { element } from '../../shell/dom';
import { createScope, type Dispose, type Panel, type ShellContext } from '../../shell/panel';
import { t } from './strings';

import { PSEUDO_FULL_SCREEN } from './fullScreen';

/** How long the bar waits for the host to make the frame larger before offering a new tab instead. */
const FRAME_GROWS_WITHIN_MS = 1500;

/** The link to the full atlas: the same view, without the embed-only parameters (embed, origins, hide). */
export function fullAtlasUrl(location: Pick<Location, 'href'>): string {
  const url = new URL(location.href);
  url.searchParams.delete('embed');
  url.searchParams.delete('origins');
  url.searchParams.delete('hide');
  return url.href.replace(/%2C/g, ',');
}

/** What a press of the full-screen button does, given where the page is. */
export type FullScreenStep = 'exit-full-screen' | 'exit-pseudo' | 'request-full-screen' | 'fill-frame';

/**
 * Out of full screen (the API's, or the class's) if in it; else the Fullscreen API where the page may
 * use it, and where it may not, the class that fills the frame.
 */
export function fullScreenStep(page: { fullScreen: boolean; pseudo: boolean; apiEnabled: boolean }): FullScreenStep {
  if (page.fullScreen) return 'exit-full-screen';
  if (page.pseudo) return 'exit-pseudo';
  return page.apiEnabled ? 'request-full-screen' : 'fill-frame';
}

/** The bar's DOM and its full-screen button's behaviour; `mount` returns what undoes it. */
class EmbedBar {
  private readonly root = document.documentElement;
  private readonly scope = createScope();
  private readonly link = element('a', { class: 'embed-open', target: '_blank', rel: 'noopener' });
  private readonly button = element('button', { type: 'button', class: 'embed-full-screen', 'aria-pressed': 'false' });
  private readonly offer = element('p', { class: 'embed-offer', role: 'status', hidden: '' });
  /** The wait for the frame to grow (see `fillFrame`). */
  private waiting: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly bar: HTMLElement,
    private readonly store: AppStore,
  ) {
    this.button.append(element('span', { class: 'embed-full-screen-icon', 'aria-hidden': 'true' }));
  }

  mount(): Dispose {
    const { scope, link, store } = this;
    scope.listen(this.button, 'click', () => this.toggle());
    // The current view, read when followed: the link always opens what is on screen.
    scope.listen(link, 'click', () => (link.href = fullAtlasUrl(window.location)));
    scope.listen(document, 'fullscreenchange', () => store.update({ fullScreen: document.fullscreenElement !== null }));
    scope.listen(document, 'keydown', (event) => {
      if (event.key === 'Escape' && this.pseudo()) this.setPseudo(false);
    });
    link.href = fullAtlasUrl(window.location);
    this.bar.setAttribute('role', 'group');
    this.bar.replaceChildren(link, this.button, this.offer);
    this.bar.hidden = false;
    scope.add(
      store.select(
        (state) => [state.language, state.fullScreen],
        () => this.render(),
      ),
      () => this.unmount(),
    );
    this.render();
    return scope.dispose;
  }

  private pseudo(): boolean {
    return this.root.classList.contains(PSEUDO_FULL_SCREEN);
  }

  private setPseudo(on: boolean): void {
    clearTimeout(this.waiting);
    this.root.classList.toggle(PSEUDO_FULL_SCREEN, on);
    this.store.update({ fullScreen: on });
  }

  private toggle(): void {
    this.offer.hidden = true;
    const step = fullScreenStep({
      fullScreen: Boolean(document.fullscreenElement),
      pseudo: this.pseudo(),
      apiEnabled: Boolean(document.fullscreenEnabled),
    });
    if (step === 'exit-full-screen') void document.exitFullscreen();
    else if (step === 'exit-pseudo') this.setPseudo(false);
    else if (step === 'request-full-screen') this.root.requestFullscreen().catch(() => this.fillFrame());
    else this.fillFrame();
  }

  /**
   * Refused (no `allowfullscreen`, or a policy): the map already fills its frame, so filling the frame
   * shows nothing new. The embed API asks the host to make the frame fill its window
   * (`atlas:request-fullscreen`); if the frame has not grown soon after, the atlas is offered in a new
   * tab instead.
   */
  private fillFrame(): void {
    const before = { width: innerWidth, height: innerHeight };
    this.setPseudo(true);
    const grown = () => innerWidth > before.width || innerHeight > before.height;
    this.waiting = setTimeout(() => {
      if (grown() || !this.pseudo()) return;
      this.setPseudo(false);
      this.showOffer();
    }, FRAME_GROWS_WITHIN_MS);
  }

  private showOffer(): void {
    const { language } = this.store.get();
    const open = element(
      'a',
      { href: fullAtlasUrl(window.location), target: '_blank', rel: 'noopener', class: 'embed-offer-open' },
      t(language, 'embed.openInstead'),
    );
    const dismiss = element('button', { type: 'button', class: 'embed-offer-dismiss' }, '×');
    dismiss.setAttribute('aria-label', t(language, 'status.dismiss'));
    dismiss.addEventListener('click', () => (this.offer.hidden = true));
    this.offer.replaceChildren(t(language, 'embed.refused'), ' ', open, dismiss);
    this.offer.hidden = false;
  }

  private render(): void {
    const { language, fullScreen } = this.store.get();
    const label = t(language, fullScreen ? 'embed.exitFullScreen' : 'embed.fullScreen');
    this.button.setAttribute('aria-label', label);
    this.button.title = label;
    this.button.setAttribute('aria-pressed', String(fullScreen));
    this.link.textContent = t(language, 'embed.openAtlas');
    this.bar.setAttribute('aria-label', t(language, 'embed.bar'));
  }

  private unmount(): void {
    clearTimeout(this.waiting);
    this.bar.hidden = true;
    this.bar.replaceChildren();
    this.root.classList.remove(PSEUDO_FULL_SCREEN);
    delete this.root.dataset.embed;
  }
}

/**
 * Embed mode (`embed=1`; main.ts has marked <html data-embed> so embed.css drops the chrome): a small
 * bar over the map with a link to the full atlas and a full-screen button. The button uses the
 * Fullscreen API when the page may (an iframe needs `allowfullscreen`); otherwise it toggles a class
 * that makes the atlas fill its window, asks the host to make that window (the frame) fill the page,
 * and offers a new tab when the frame does not grow. Outside embed mode it mounts nothing. It never
 * moves the keyboard focus: a presenter's clicker keeps talking to the deck.
 */
export const embedBarPanel: Panel<ShellContext> = {
  id: 'embed-bar',
  slot: 'embed-bar',
  mount(bar, { store }) {
    if (!store.get().embed) return () => {};
    return new EmbedBar(bar, store).mount();
  },
};
