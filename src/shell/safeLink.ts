import { element } from './dom';

/**
 * Links built from data (a citation's URL, an imported feature's `url` property) may only point to
 * http(s) pages. The bundled data's schema already insists on it; this guard is the last check before
 * an `href`, so a `javascript:`, `data:` or `vbscript:` value from any future source (imports, a
 * hand-edited data file) can never become a link. The URL parser normalises first, so case, leading
 * spaces and tabs inside the scheme (`java\tscript:`) do not slip through.
 *
 * @example httpUrl('https://<host>/a') // the same address, normalised
 * @example httpUrl('javascript:alert(1)') // null
 */
export function httpUrl(text: string): string | null {
  if (!URL.canParse(text)) return null;
  const url = new URL(text);
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
}

/** A link that opens in a new tab, or, when `href` is not an http(s) URL, the label as plain text. */
export function externalLink(href: string, label: string, attributes: Record<string, string> = {}): HTMLElement {
  const url = httpUrl(href);
  return url === null
    ? element('span', attributes, label)
    : element('a', { ...attributes, href: url, target: '_blank', rel: 'noopener noreferrer' }, label);
}
