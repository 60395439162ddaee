import { t } from '../i18n';
import type { AppStore } from '../state/appState';
import { resolveTheme, THEME_PREFERENCES, type SystemTheme, type ThemePreference } from '../state/layers';
import { element } from './dom';

const darkQuery = () => (typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null);

/** What the operating system prefers right now. */
export function systemTheme(): SystemTheme {
  return darkQuery()?.matches ? 'dark' : 'light';
}

/**
 * The theme menu (auto, light, dark, projector) and the page's `data-theme`, which the CSS colours hang on.
 * Also follows the system setting live while the preference is `auto`.
 */
export function mountThemeSwitch(container: HTMLElement, store: AppStore): void {
  const root = document.documentElement;
  const id = 'theme-select';
  const label = element('label', { for: id, class: 'visually-hidden' });
  const select = element('select', { id, class: 'theme-switch' });
  select.addEventListener('change', () => store.update({ theme: select.value as ThemePreference }));
  darkQuery()?.addEventListener('change', (event) => store.update({ systemTheme: event.matches ? 'dark' : 'light' }));

  const renderLabels = () => {
    const { language, theme } = store.get();
    label.textContent = t(language, 'theme.label');
    select.title = t(language, 'theme.label');
    select.replaceChildren(
      ...THEME_PREFERENCES.map((value) => element('option', { value }, t(language, `theme.${value}`))),
    );
    select.value = theme;
  };
  const applyTheme = () => {
    const { theme, systemTheme: system } = store.get();
    root.dataset.theme = resolveTheme(theme, system);
    select.value = theme;
  };
  store.subscribe((state, previous) => {
    if (state.language !== previous.language) renderLabels();
    if (state.theme !== previous.theme || state.systemTheme !== previous.systemTheme) applyTheme();
  });
  renderLabels();
  applyTheme();
  container.append(label, select);
}
