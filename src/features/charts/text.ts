import type { Language } from '../../state/appState';
import type { Source } from '../../data/schema';

/**
 * Text measurement without a browser: an estimate from character classes (Noto Sans metrics, roughly).
 * Charts lay out text with it so that their models stay pure and their snapshots stable; a few pixels
 * of error are absorbed by padding.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= 0x2e80 && code <= 0xffef) em += 1;
    else if (char === ' ') em += 0.28;
    else if (/[A-Z0-9%#@&]/.test(char)) em += 0.68;
    else if (/[ilj.,:;'’|!()[\]]/.test(char)) em += 0.3;
    else em += 0.56;
  }
  return em * fontSize;
}

/** Whether a string is mostly Chinese (then it may break between any two characters). */
const isChinese = (text: string) => /[\u2e80-\u9fff]/.test(text);

/**
 * Breaks `text` into lines no wider than `maxWidth`, at spaces (or between Chinese characters), and
 * cuts the last allowed line with an ellipsis if the text does not fit in `maxLines`.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = Infinity): string[] {
  // A Chinese character keeps the closing punctuation after it, so no line starts with "）" or "，".
  const tokens = isChinese(text)
    ? (text.match(/[\u2e80-\uffef][）」』】》〉，。、；：！？”’]*|[^\u2e80-\uffef\s]+\s*|\s+/g) ?? [])
    : text.split(/(?<=\s)/);
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const candidate = line + token;
    if (line && textWidth(candidate.trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line = candidate;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1]!} ${lines[maxLines]}`;
  while (last.length > 1 && textWidth(`${last}…`, fontSize) > maxWidth) last = last.slice(0, -1).trimEnd();
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "4 Sep 2020" / "2020年9月4日", or just the month or year when that is all the date gives. */
export function formatDate(language: Language, date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number?, number?];
  if (language === 'zh') return `${year}年${month ? `${month}月` : ''}${day ? `${day}日` : ''}`;
  return [day, month ? MONTHS_EN[month - 1] : undefined, year].filter((part) => part !== undefined).join(' ');
}

/** A period "2019", "2020-08", "2015/2019" or "2020-01/2020-07" in words. */
export function formatPeriod(language: Language, period: string): string {
  const [start, end] = period.split('/') as [string, string?];
  if (!end) return formatDate(language, start);
  const [startYear, startMonth] = start.split('-');
  const [endYear, endMonth] = end.split('-');
  if (language === 'zh') {
    if (startYear === endYear && startMonth && endMonth) return `${startYear}年${+startMonth}—${+endMonth}月`;
    return `${formatDate('zh', start)}—${formatDate('zh', end)}`;
  }
  if (startYear === endYear && startMonth && endMonth) {
    return `${MONTHS_EN[+startMonth - 1]}–${MONTHS_EN[+endMonth - 1]} ${startYear}`;
  }
  return `${formatDate('en', start)}–${formatDate('en', end)}`;
}

/** "Global Times, 6 Sep 2020" — how a source is named in a chart's source line. */
export function sourceLabel(language: Language, source: Source): string {
  return `${source.publisher}, ${formatDate(language, source.date)}`;
}

/** The distinct sources of a list, named once each, in order of first appearance. */
export function sourceList(language: Language, sources: readonly Source[]): string {
  return [...new Set(sources.map((s) => sourceLabel(language, s)))].join('; ');
}
