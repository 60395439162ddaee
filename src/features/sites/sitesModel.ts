import type { Datum, ImportOutcome, UserFeature } from '../../import/types';
import type { Language } from '../../state/appState';
import type { StatusKind } from '../../shell/status';
import type { StorageProblem } from './siteStorage';
import { t } from './strings';
import { type StringKey } from '../../i18n/translate';
import { formatNumber } from '../../i18n/format';
import turfBbox from '@turf/bbox';
import { outsideMap, type Bounds } from '../../geo/bounds';

/**
 * What "Your features" shows, as pure functions of the panel's state and the store: the rows of the
 * list and its "Show more", the import button, and the status line's words after an import or a
 * storage failure. No DOM: the panel (sitesPanel.lazy.ts) draws what these say, tests read them.
 */

/**
 * Rows drawn at once, and per "Show more": a file of 10,000 parcels would otherwise add 10,000 rows to
 * the page in one task (about 0.6 s of style and layout measured here), and nobody scrolls through
 * them: search finds any of them by name, and the map shows them all.
 */
export const LIST_PAGE = 100;

/** What the panel remembers between draws; the rest comes from the store. */
export interface SitesState {
  /** The coordinate system the next file is read in. */
  datum: Datum;
  /** A file is being read: the button says so and takes no other. */
  busy: boolean;
  /** The restore from storage is over: from then on, a change of the list is saved. */
  restored: boolean;
  /** The list is changing because of an import, whose own message says how saving went. */
  importing: boolean;
  /** "Remove all" was pressed and waits for its confirmation. */
  confirmingRemoveAll: boolean;
  /** How many rows of the list are drawn (a page at a time). */
  shownRows: number;
}

export const initialSitesState = (): SitesState => ({
  datum: 'wgs84',
  busy: false,
  restored: false,
  importing: false,
  confirmingRemoveAll: false,
  shownRows: LIST_PAGE,
});

/** The list as a visitor sees it; null when there are no features (a line says so). */
export interface ListView {
  rows: readonly UserFeature[];
  count: number;
  /** "Showing `shown` of `count`" and the button that shows `next` more; null when every row is drawn. */
  more: { shown: number; next: number } | null;
  /** The footer asks "Remove all N?" instead of offering "Remove all". */
  confirmingRemoveAll: boolean;
}

export function listView(features: readonly UserFeature[], shownRows: number, confirming: boolean): ListView | null {
  if (features.length === 0) return null;
  const rows = features.slice(0, shownRows);
  const hidden = features.length - rows.length;
  return {
    rows,
    count: features.length,
    more: hidden > 0 ? { shown: rows.length, next: Math.min(LIST_PAGE, hidden) } : null,
    confirmingRemoveAll: confirming,
  };
}

/** After "Show more": one page more, and the index of the first new row (it takes the focus). */
export function nextPage(shownRows: number): { shownRows: number; firstNew: number } {
  return { shownRows: shownRows + LIST_PAGE, firstNew: shownRows };
}

/** The import button: its words, and whether it is busy (then disabled). */
export function importButton(language: Language, busy: boolean): { label: string; busy: boolean } {
  return { label: t(language, busy ? 'user.busy' : 'user.add'), busy };
}

/**
 * What a change of the list does with storage: nothing before the restore (it would overwrite what is
 * being restored), a save whose outcome the import's own message says, or a save that warns if it fails.
 */
export function saveOnChange(state: Pick<SitesState, 'restored' | 'importing'>): 'none' | 'quiet' | 'warn' {
  if (!state.restored) return 'none';
  return state.importing ? 'quiet' : 'warn';
}

/** A message for the page's status line. */
export interface Notice {
  kind: StatusKind;
  message: string;
  detail?: string;
  /** A site the map cannot show, which the notice offers to lay over Beijing at its true size. */
  layOver?: UserFeature;
}

/** The features of `features` that lie wholly outside what the map can show (a park in Shanghai). */
export const outsideTheMap = (features: readonly UserFeature[]): UserFeature[] =>
  features.filter((feature) => outsideMap(turfBbox(feature.geometry).slice(0, 4) as Bounds));

const STORAGE_MESSAGES: Record<StorageProblem, StringKey> = {
  unavailable: 'user.storageUnavailable',
  quota: 'user.storageQuota',
  failed: 'user.storageFailed',
};

/** The storage's complaint in words. */
export const storageMessage = (language: Language, problem: StorageProblem, detail: string): string =>
  t(language, STORAGE_MESSAGES[problem], { detail });

/** The outcome of an importer that threw: a refusal that says it stopped, in both languages. */
export function crashedOutcome(fileName: string, error: unknown): ImportOutcome {
  const detail = String(error);
  return {
    ok: false,
    fileName,
    code: 'crashed',
    message: { en: t('en', 'user.crashed', { detail }), zh: t('zh', 'user.crashed', { detail }) },
  };
}

/** A refused file: an alert naming the file and why. */
export function refusalNotice(outcome: ImportOutcome & { ok: false }, language: Language): Notice {
  const message = t(language, 'user.failed', { file: outcome.fileName, message: outcome.message[language] });
  return { kind: 'error', message };
}

/** What the notice says of the sites the map cannot show, or '' when there are none. */
function outsideText(outside: readonly UserFeature[], language: Language): string {
  const first = outside[0];
  if (!first) return '';
  const name = `“${first.name}”`;
  return outside.length === 1
    ? t(language, 'user.outside', { name })
    : t(language, 'user.outsideMany', { name, count: outside.length });
}

/** The import's message, by whether it added anything and by English's singular and plural. */
const IMPORTED_KEYS = {
  added: { one: 'user.importedOne', other: 'user.imported' },
  none: { one: 'user.importedNoneOne', other: 'user.importedNone' },
} as const;

/**
 * An accepted file: how many polygons were added (or that all were there already), what was repaired,
 * and, when keeping them failed (`storageNote`), that too: one message, so neither hides the other.
 * Sites among them that lie outside the map (`outside`) are said so, and the first is offered to be
 * laid over Beijing at its true size (`layOver`), since the map cannot frame it.
 */
export function importNotice(
  outcome: ImportOutcome & { ok: true },
  added: number,
  language: Language,
  storageNote: string | null,
  outside: readonly UserFeature[] = [],
): Notice {
  const repairs = outcome.repairs.map((repair) => repair[language]).join(language === 'zh' ? '；' : '; ');
  const count = added === 0 ? outcome.features.length : added;
  const key = IMPORTED_KEYS[added === 0 ? 'none' : 'added'][count === 1 ? 'one' : 'other'];
  const detail = [repairs ? t(language, 'user.repaired', { list: repairs }) : '', storageNote ?? ''];
  const counted = formatNumber(language, count, 0);
  const message = [t(language, key, { count: counted, file: outcome.fileName }), outsideText(outside, language)];
  return {
    kind: storageNote ? 'warning' : 'info',
    message: message.filter(Boolean).join(language === 'zh' ? '' : ' '),
    detail: detail.filter(Boolean).join(' ') || undefined,
    ...(outside[0] ? { layOver: outside[0] } : {}),
  };
}
