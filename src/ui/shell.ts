import { langTag, t } from '../i18n';
import type { AppStore } from '../state/appState';
import { element } from './dom';

/**
 * The page's own words: <html lang>, the title, the heading, the skip link and the landmark names.
 * They follow the language in the store, like everything else.
 */
export function mountShell(store: AppStore): void {
  const root = document.documentElement;
  const heading = document.getElementById('app-title');
  const skipLink = document.getElementById('skip-link');
  const sidebar = document.getElementById('sidebar');
  const mapRegion = document.getElementById('map');

  const render = () => {
    const { language } = store.get();
    root.lang = langTag(language);
    const [primary, secondary] =
      language === 'zh' ? [t('zh', 'app.title'), t('en', 'app.title')] : [t('en', 'app.title'), t('zh', 'app.title')];
    document.title = primary;
    heading?.replaceChildren(
      primary,
      ' ',
      element('span', { lang: langTag(language === 'zh' ? 'en' : 'zh') }, secondary),
    );
    if (skipLink) skipLink.textContent = t(language, 'shell.skipToList');
    sidebar?.setAttribute('aria-label', t(language, 'shell.panelLabel'));
    mapRegion?.setAttribute('aria-label', t(language, 'shell.mapLabel'));
  };
  store.subscribe((state, previous) => {
    if (state.language !== previous.language) render();
  });
  render();
}
