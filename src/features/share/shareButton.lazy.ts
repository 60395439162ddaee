import './share.css';
import type { Language } from '../../state/vocabulary';
import { element } from '../../shell/dom';
import { createScope, type Panel } from '../../shell/panel';
import type { LinkCodec } from './shareModel';
import { t } from './strings';

/**
 * The Share button in the header's presenter slot. A late panel (mounted after the first map frame,
 * never in embed mode); the dialog's code and strings load the first time it is pressed. `codec` is
 * the state table's link codec, handed in by panels.ts (see LinkCodec in features/share/shareModel.ts).
 */
export const shareButtonPanel = (codec: LinkCodec): Panel => ({
  id: 'share',
  slot: 'presenter-share',
  mount(slot, context) {
    const { store } = context;
    const scope = createScope();
    const button = element('button', { type: 'button', class: 'share-button', 'aria-haspopup': 'dialog' });
    let opening = false;
    let closeDialog: (() => void) | null = null;

    scope.listen(button, 'click', () => {
      if (opening || closeDialog) return;
      opening = true;
      button.setAttribute('aria-busy', 'true');
      import('./shareDialog.lazy')
        .then(({ openShareDialog }) => {
          // Unmounted while the code was loading: nothing to open for.
          if (scope.signal.aborted) return;
          closeDialog = openShareDialog(context, codec, button, () => (closeDialog = null));
        })
        .catch((error: unknown) => console.error('The Share dialog could not be loaded', error))
        .finally(() => {
          opening = false;
          button.removeAttribute('aria-busy');
        });
    });
    const render = (language: Language) => (button.textContent = t(language, 'share.title'));
    scope.add(
      store.select((state) => state.language, render),
      () => closeDialog?.(),
      () => button.remove(),
    );
    render(store.get().language);
    slot.append(button);
    return scope.dispose;
  },
});
