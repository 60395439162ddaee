import { langTag, otherLanguage } from '../i18n/index';
import { element } from './dom';
import type { Panel, ShellContext } from './panel';
import { t } from './strings';

/**
 * The page's own words: <html lang>, the title, the heading (its slot), the skip link and the
 * landmark names. They follow the language in the store, like everything else.
 */
export const shellPanel: Panel<ShellContext> = {
  id: 'shell',
  slot: 'app-title',
  mount(heading, { store }) {
    const root = document.documentElement;
    const skipLink = document.getElementById('skip-link');
    const sidebar = document.getElementById('sidebar');
    const mapRegion = document.getElementById('map');

    const render = () => {
      const { language } = store.get();
      root.lang = langTag(language);
      const [primary, secondary] = [t(language, 'app.title'), t(otherLanguage(language), 'app.title')];
      document.title = primary;
      heading.replaceChildren(primary, ' ', element('span', { lang: langTag(otherLanguage(language)) }, secondary));
      if (skipLink) skipLink.textContent = t(language, 'shell.skipToList');
      sidebar?.setAttribute('aria-label', t(language, 'shell.panelLabel'));
      mapRegion?.setAttribute('aria-label', t(language, 'shell.mapLabel'));
    };
    render();
    return store.select((state) => state.language, render);
  },
};
