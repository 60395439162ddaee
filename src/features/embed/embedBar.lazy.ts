import type { Language } from '../../state/appState';
import { element } from '../../shell/dom';
import { createScope, type Panel, type ShellContext } from '../../shell/panel';

/** The class that makes the atlas fill its window (its frame, when embedded) without the Fullscreen API. */
export const PSEUDO_FULL_SCREEN = 'pseudo-full-screen';

/** How long the bar waits for the host to make the frame larger before offering a new tab instead. */
const FRAME_GROWS_WITHIN_MS = 1500;

/**
 * The bar's words. Kept here, not in i18n/, because i18n/index.ts merges every table into the first
 * load and this module loads only with `embed=1` (as map/attribution.ts keeps the credits).
 */
const STRINGS = {
  bar: { en: 'Embedded atlas', zh: '嵌入的地图集' },
  openAtlas: { en: 'Open the full atlas', zh: '打开完整地图集' },
  fullScreen: { en: 'Full screen', zh: '全屏' },
  exitFullScreen: { en: 'Exit full screen', zh: '退出全屏' },
  refused: {
    en: 'This page does not let the atlas fill the screen.',
    zh: '此页面不允许地图集全屏显示。',
  },
  openInstead: { en: 'Open it in a new tab', zh: '在新标签页中打开' },
  dismiss: { en: 'Dismiss', zh: '关闭提示' },
} satisfies Record<string, Record<Language, string>>;

/** The link to the full atlas: the same view, without the embed-only parameters (embed, origins, hide). */
export function fullAtlasUrl(location: Pick<Location, 'href'>): string {
  const url = new URL(location.href);
  url.searchParams.delete('embed');
  url.searchParams.delete('origins');
  url.searchParams.delete('hide');
  return url.href.replace(/%2C/g, ',');
}

/**
 * Embed mode (`embed=1`; main.ts has marked <html data-embed> so embed.css drops the chrome): a small
 * bar over the map with a link to the full atlas and a full-screen button. The button uses the
 * Fullscreen API when the page may (an iframe needs `allowfullscreen`); otherwise it toggles a class
 * that makes the atlas fill its window, asks the host to make that window (the frame) fill the page,
 * and offers a new tab when the frame does not grow. Outside embed mode it mounts nothing. It never moves the keyboard focus: a presenter's clicker keeps talking to the deck.
 */
export const embedBarPanel: Panel<ShellContext> = {
  id: 'embed-bar',
  slot: 'embed-bar',
  mount(bar, { store }) {
    if (!store.get().embed) return () => {};
    const root = document.documentElement;
    const scope = createScope();
    const link = element('a', { class: 'embed-open', target: '_blank', rel: 'noopener' });
    const button = element('button', { type: 'button', class: 'embed-full-screen', 'aria-pressed': 'false' });
    button.append(element('span', { class: 'embed-full-screen-icon', 'aria-hidden': 'true' }));

    const offer = element('p', { class: 'embed-offer', role: 'status', hidden: '' });
    const pseudo = () => root.classList.contains(PSEUDO_FULL_SCREEN);
    let waiting: ReturnType<typeof setTimeout> | undefined;
    const setPseudo = (on: boolean) => {
      clearTimeout(waiting);
      root.classList.toggle(PSEUDO_FULL_SCREEN, on);
      store.update({ fullScreen: on });
    };
    /**
     * Refused (no `allowfullscreen`, or a policy): the map already fills its frame, so filling the frame
     * shows nothing new. The embed API asks the host to make the frame fill its window
     * (`atlas:request-fullscreen`); if the frame has not grown soon after, the atlas is offered in a new
     * tab instead.
     */
    const fillFrame = () => {
      const before = { width: innerWidth, height: innerHeight };
      setPseudo(true);
      const grown = () => innerWidth > before.width || innerHeight > before.height;
      waiting = setTimeout(() => {
        if (grown() || !pseudo()) return;
        setPseudo(false);
        showOffer();
      }, FRAME_GROWS_WITHIN_MS);
    };
    const showOffer = () => {
      const { language } = store.get();
      const open = element(
        'a',
        { href: fullAtlasUrl(window.location), target: '_blank', rel: 'noopener', class: 'embed-offer-open' },
        STRINGS.openInstead[language],
      );
      const dismiss = element('button', { type: 'button', class: 'embed-offer-dismiss' }, '×');
      dismiss.setAttribute('aria-label', STRINGS.dismiss[language]);
      dismiss.addEventListener('click', () => (offer.hidden = true));
      offer.replaceChildren(STRINGS.refused[language], ' ', open, dismiss);
      offer.hidden = false;
    };
    const toggle = () => {
      offer.hidden = true;
      if (document.fullscreenElement) return void document.exitFullscreen();
      if (pseudo()) return setPseudo(false);
      if (document.fullscreenEnabled) root.requestFullscreen().catch(fillFrame);
      else fillFrame();
    };
    const render = () => {
      const { language, fullScreen } = store.get();
      const label = STRINGS[fullScreen ? 'exitFullScreen' : 'fullScreen'][language];
      button.setAttribute('aria-label', label);
      button.title = label;
      button.setAttribute('aria-pressed', String(fullScreen));
      link.textContent = STRINGS.openAtlas[language];
      bar.setAttribute('aria-label', STRINGS.bar[language]);
    };

    scope.listen(button, 'click', toggle);
    // The current view, read when followed: the link always opens what is on screen.
    scope.listen(link, 'click', () => (link.href = fullAtlasUrl(window.location)));
    scope.listen(document, 'fullscreenchange', () => store.update({ fullScreen: document.fullscreenElement !== null }));
    scope.listen(document, 'keydown', (event) => {
      if (event.key === 'Escape' && pseudo()) setPseudo(false);
    });
    link.href = fullAtlasUrl(window.location);
    bar.setAttribute('role', 'group');
    bar.replaceChildren(link, button, offer);
    bar.hidden = false;
    scope.add(
      store.select((state) => [state.language, state.fullScreen], render),
      () => {
        clearTimeout(waiting);
        bar.hidden = true;
        bar.replaceChildren();
        root.classList.remove(PSEUDO_FULL_SCREEN);
        delete root.dataset.embed;
      },
    );
    render();
    return scope.dispose;
  },
};
