import type { Frame, Page } from 'playwright-core';

/** Records dialogs of the page and all its frames (and dismisses them, so nothing blocks). */
export function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

export interface Harm {
  pwned: boolean;
  polluted: string[];
  scriptLinks: string[];
  inlineHandlers: string[];
  injectedElements: number;
}

/**
 * Every trace a payload could leave in a document: a global it set, keys on Object.prototype, an
 * address attribute (href, src, action, formaction, xlink:href) with a script scheme, a link (`<a>`)
 * that is not http(s), an inline event handler, or an element a payload would create.
 */
export const harmIn = (target: Page | Frame): Promise<Harm> =>
  target.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    const SCRIPT_SCHEME = /^(?:javascript|vbscript):/i;
    const addresses = all.flatMap((el) =>
      [...el.attributes].filter((a) => /^(?:href|src|action|formaction|xlink:href)$/i.test(a.name)).map((a) => a.value),
    );
    const schemeOf = (value: string) =>
      URL.canParse(value, location.href) ? new URL(value, location.href).protocol : '';
    return {
      pwned: '__pwned' in window,
      polluted: ['polluted', '__pwned', 'id', 'type'].filter((key) => key in Object.prototype),
      scriptLinks: [
        ...[...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
          .filter((a) => !/^https?:$/.test(schemeOf(a.getAttribute('href')!)))
          .map((a) => a.getAttribute('href')!),
        ...addresses.filter((value) => SCRIPT_SCHEME.test(schemeOf(value))),
      ],
      inlineHandlers: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
      injectedElements: document.querySelectorAll('img[src="x"], body script:not([type="module"]), iframe:not(#atlas)')
        .length,
    };
  });

export const HARMLESS: Harm = { pwned: false, polluted: [], scriptLinks: [], inlineHandlers: [], injectedElements: 0 };
