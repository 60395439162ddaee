import { resolveTheme, THEME_PREFERENCES, type SystemTheme, type ThemePreference } from '../state/themes';
import { element } from './dom';
import { createScope, type Panel, type ShellContext } from './panel';
import { t } from './strings';

const darkQuery = () => (typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null);

/** What the operating system prefers right now. */
export function systemTheme(): SystemTheme {
  return darkQuery()?.matches ? 'dark' : 'light';
}

/**
 * The theme menu (auto, light, dark, projector) and the page's `data-theme`, which the CSS colours hang
 * on. Also follows the system setting live while the preference is `auto`.
 */
export const themeSwitchPanel: Panel<ShellContext> = {
  id: 'theme-switch',
  slot: 'settings',
  mount(container, { store }) {
    const scope = createScope();
    const root = document.documentElement;
    const id = 'theme-select';
    const label = element('label', { for: id, class: 'visually-hidden' });
    const select = element('select', { id, class: 'theme-switch' });
    scope.listen(select, 'change', () => store.update({ theme: select.value as ThemePreference }));
    const query = darkQuery();
    if (query) {
      scope.listen(query, 'change', (event) =>
        store.update({ systemTheme: (event as unknown as MediaQueryListEvent).matches ? 'dark' : 'light' }),
      );
    }

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
    scope.add(
      store.select((state) => state.language, renderLabels),
      store.select((state) => [state.theme, state.systemTheme], applyTheme),
      () => {
        label.remove();
        select.remove();
      },
    );
    renderLabels();
    applyTheme();
    container.append(label, select);
    return scope.dispose;
  },
};
