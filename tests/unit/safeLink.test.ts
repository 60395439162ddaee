/** @vitest-environment jsdom */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { externalLink, httpUrl } from '../../src/shell/safeLink';

const HOSTILE = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0000javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.org/uuid',
  '//evil.example/x',
  '/relative/path',
  'seed:article.md',
  '',
  'https//missing-colon.example',
];

describe('httpUrl', () => {
  it('keeps http and https URLs', () => {
    expect(httpUrl('https://www.gov.cn/zhengce/a.htm')).toBe('https://www.gov.cn/zhengce/a.htm');
    expect(httpUrl('http://example.org')).toBe('http://example.org/');
    expect(httpUrl('HTTPS://EXAMPLE.org/A')).toBe('https://example.org/A');
  });

  it.each(HOSTILE)('refuses %j', (text) => {
    expect(httpUrl(text)).toBeNull();
  });

  it('returns, for any string, null or an http(s) URL', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          // Cheap stand-ins for URLs (fc.webUrl takes seconds for 2,000 runs): a scheme and anything.
          fc
            .constantFrom('https://', 'http://', 'javascript:', ' JAVA\tscript:', 'data:')
            .chain((scheme) => fc.string({ maxLength: 20 }).map((rest) => scheme + rest)),
          fc.constantFrom(...HOSTILE).map((h) => h + 'x'),
        ),
        (text) => {
          const url = httpUrl(text);
          if (url !== null) expect(new URL(url).protocol).toMatch(/^https?:$/);
        },
      ),
      { numRuns: 2000, seed: 1313 },
    );
  });
});

describe('externalLink', () => {
  it('makes a new-tab link without opener for an http(s) URL', () => {
    const link = externalLink('https://example.org/a', 'Source', { lang: 'en' });
    expect(link.tagName).toBe('A');
    expect(link.getAttribute('href')).toBe('https://example.org/a');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('lang')).toBe('en');
  });

  it.each(HOSTILE)('shows %j as plain text, with no href', (text) => {
    const node = externalLink(text, '<img src=x onerror=alert(1)>');
    expect(node.tagName).toBe('SPAN');
    expect(node.hasAttribute('href')).toBe(false);
    expect(node.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(node.children).toHaveLength(0);
  });
});
