import { langTag, otherLanguage } from '../i18n/index';
import { element } from './dom';
import type { Panel, ShellContext } from './panel';
import { t } from './strings';

/**
 * One button that offers the other language, written in that language ("中文" / "English"), the
 * convention visitors recognise. Switching rewrites the UI and the map labels without a reload.
 */
export const languageSwitchPanel: Panel<ShellContext> = {
  id: 'language-switch',
  slot: 'settings',
  mount(container, { store }) {
    const button = element('button', { type: 'button', class: 'language-switch' });
    button.addEventListener('click', () => store.update({ language: otherLanguage(store.get().language) }));
    const render = () => {
      const { language } = store.get();
      const target = otherLanguage(language);
      button.textContent = target === 'zh' ? '中文' : 'English';
      button.lang = langTag(target);
      button.title = t(language, 'language.label');
    };
    render();
    container.append(button);
    const unsubscribe = store.select((state) => state.language, render);
    return () => {
      unsubscribe();
      button.remove();
    };
  },
};
