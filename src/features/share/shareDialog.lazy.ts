import { element } from '../../shell/dom';
import { createScope, type PanelContext } from '../../shell/panel';
import { embedSection } from './shareEmbed';
import type { LinkCodec } from './shareModel';
import { t } from './strings';

/** Says something in the dialog's own status line (the page's #status is inert behind a modal dialog). */
export type Say = (message: string) => void;

/**
 * Copies `text` with the Clipboard API; where that is missing or refused (an insecure origin, a
 * permission policy), selects the read-only `field` that shows the same text, so Ctrl+C copies it.
 */
export async function copyText(
  text: string,
  field: HTMLInputElement | HTMLTextAreaElement,
  say: Say,
  language: 'en' | 'zh',
): Promise<void> {
  try {
    if (!navigator.clipboard?.writeText) throw new Error('No Clipboard API');
    await navigator.clipboard.writeText(text);
    say(t(language, 'share.copied'));
  } catch {
    field.focus();
    field.select();
    say(t(language, 'share.copyFallback'));
  }
}

/**
 * The Share dialog: a native modal `<dialog>` (the browser traps the focus, Escape closes it, the
 * focus returns to the button) with the link to the current view and the embed-code builder. Built
 * when opened, from the state at that moment, and removed when closed. Returns a function that closes it.
 */
export function openShareDialog(
  context: PanelContext,
  codec: LinkCodec,
  opener: HTMLElement,
  onClosed: () => void,
): () => void {
  const { language } = context.store.get();
  const scope = createScope();
  const dialog = element('dialog', { class: 'share-dialog', 'aria-labelledby': 'share-title' });
  const status = element('p', { class: 'share-status', role: 'status' });
  const say: Say = (message) => {
    // Emptied first, so a second "Copied" is announced again.
    status.textContent = '';
    requestAnimationFrame(() => (status.textContent = message));
  };

  const close = element('button', { type: 'button', class: 'share-close', 'aria-label': t(language, 'share.close') });
  close.textContent = '×';
  scope.listen(close, 'click', () => dialog.close());

  // The address bar: the URL sync keeps it in step with the view, and nothing moves while the dialog is open.
  const link = window.location.href;
  const linkField = element('input', {
    type: 'text',
    id: 'share-link',
    class: 'share-link-field',
    readonly: '',
    spellcheck: 'false',
    value: link,
  });
  const copyLink = element('button', { type: 'button', class: 'share-copy-link', autofocus: '' });
  copyLink.textContent = t(language, 'share.link.copy');
  scope.listen(copyLink, 'click', () => void copyText(linkField.value, linkField, say, language));
  // A click in the field selects the whole link, ready for Ctrl+C.
  scope.listen(linkField, 'focus', () => linkField.select());

  const embed = embedSection(context, codec, (text, field) => void copyText(text, field, say, language));
  scope.add(embed.dispose);

  dialog.append(
    // A div, not a <header>: outside a section, a header is a second banner landmark beside the page's.
    element('div', { class: 'share-header' }, element('h2', { id: 'share-title' }, t(language, 'share.title')), close),
    element(
      'section',
      { class: 'share-section', 'aria-labelledby': 'share-link-heading' },
      element('h3', { id: 'share-link-heading' }, t(language, 'share.link.heading')),
      element(
        'div',
        { class: 'share-row' },
        element('label', { for: 'share-link', class: 'visually-hidden' }, t(language, 'share.link.label')),
        linkField,
        copyLink,
      ),
    ),
    embed.element,
    status,
  );

  // Escape closes the dialog (the browser does that) and nothing else: the page-wide Escape would
  // also close the zone's details behind it.
  scope.listen(dialog, 'keydown', (event) => {
    if (event.key === 'Escape') event.stopPropagation();
  });
  scope.listen(dialog, 'close', () => {
    scope.dispose();
    dialog.remove();
    // The browser gives the focus back to the opener too; this covers one that does not.
    if (opener.isConnected) opener.focus();
    onClosed();
  });
  document.body.append(dialog);
  dialog.showModal();
  embed.opened();
  return () => dialog.close();
}
