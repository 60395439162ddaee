// Statistics and the one table the benchmark prints (as aligned text, and as markdown with --markdown).

/** What a row says for a feature the page does not have yet. */
export const NOT_BUILT = 'not built yet';

export const median = (values) => quantile(values, 0.5);

/** The q-quantile by linear interpolation between the sorted values (null for none). */
export function quantile(values, q) {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.min(low + 1, sorted.length - 1)] - sorted[low]) * (at - low);
}

export const ms = (value) => (value === null || value === undefined ? '–' : `${Math.round(value)} ms`);
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** "1234 ms (1100–1500, n=7)" */
export const spread = (values) =>
  values.length
    ? `${ms(median(values))} (${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))}, n=${values.length})`
    : '–';

/** "yes" or "NO" for a target; blank when there is nothing to judge (yet). */
export const verdict = (ok) => (ok === null || ok === undefined ? '' : ok ? 'yes' : 'NO');

const COLUMNS = ['measure', 'atlas', 'baseline', 'target', 'met'];

/** Rows are [measure, atlas, baseline, target, met]. */
export function textTable(rows) {
  const widths = COLUMNS.map((_, i) => Math.max(COLUMNS[i].length, ...rows.map((row) => String(row[i] ?? '').length)));
  const line = (cells) => cells.map((cell, i) => String(cell ?? '').padEnd(widths[i])).join('  ');
  return [line(COLUMNS), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function markdownTable(rows) {
  const escape = (cell) => String(cell ?? '').replace(/\|/g, '\\|');
  return [
    `| ${COLUMNS.join(' | ')} |`,
    `|${COLUMNS.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.map(escape).join(' | ')} |`),
  ].join('\n');
}
