import { langTag, t } from '../i18n';
import type { AppStore, Language } from '../state/appState';
import { element } from './dom';

/**
 * One button that offers the other language, written in that language ("中文" / "English"), the
 * convention visitors recognise. Switching rewrites the UI and the map labels without a reload.
 */
export function mountLanguageSwitch(container: HTMLElement, store: AppStore): void {
  const button = element('button', { type: 'button', class: 'language-switch' });
  const other = (language: Language): Language => (language === 'zh' ? 'en' : 'zh');
  button.addEventListener('click', () => store.update({ language: other(store.get().language) }));
  const render = () => {
    const { language } = store.get();
    const target = other(language);
    button.textContent = target === 'zh' ? '中文' : 'English';
    button.lang = langTag(target);
    button.title = t(language, 'language.label');
  };
  store.subscribe((state, previous) => {
    if (state.language !== previous.language) render();
  });
  render();
  container.append(button);
}
