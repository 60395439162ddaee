import type { Language } from '../state/appState';

/**
 * Language-aware formatting shared by the panels and the charts: one home for numbers, areas, names
 * and bilingual fields, so the map, the lists and the charts never disagree on how a value reads.
 */

/** The locale each interface language formats numbers in. */
export const numberLocale = (language: Language): string => (language === 'zh' ? 'zh-CN' : 'en-GB');

/** A number in the reader's language, with at most `maxDecimals` (and at least `minDecimals`) decimals. */
export function formatNumber(language: Language, value: number, maxDecimals = 2, minDecimals = 0): string {
  return value.toLocaleString(numberLocale(language), {
    minimumFractionDigits: minDecimals,
    maximumFractionDigits: maxDecimals,
  });
}

/**
 * An area in km². Official figures keep the precision they were published with (5.466 stays 5.466);
 * computed areas pass fewer decimals, so they do not look more precise than they are.
 */
export function formatArea(language: Language, km2: number, maxDecimals = 3, minDecimals = 0): string {
  const number = formatNumber(language, km2, maxDecimals, minDecimals);
  return language === 'zh' ? `${number} 平方公里` : `${number} km²`;
}

/**
 * The fields of `R` that come in two languages: `x` when `R` has `x_zh` and either `x_en` or a plain
 * `x` (the English value of older fields such as `area_scope`).
 */
export type BilingualField<R> = {
  [K in keyof R]: K extends `${infer F}_zh` ? (`${F}_en` extends keyof R ? F : F extends keyof R ? F : never) : never;
}[keyof R];

/**
 * The value of a bilingual field in `language`: `localized(zone, 'name', 'zh')` is `zone.name_zh`,
 * `localized(zone, 'area_scope', 'en')` is `zone.area_scope`.
 */
export function localized<R extends object, F extends BilingualField<R> & string>(
  record: R,
  field: F,
  language: Language,
): R[`${F}_zh` & keyof R] {
  const values = record as Record<string, unknown>;
  const english = `${field}_en` in values ? values[`${field}_en`] : values[field];
  return (language === 'zh' ? values[`${field}_zh`] : english) as R[`${F}_zh` & keyof R];
}

/** The zone's name in `language`, and its name in the other language. */
export function zoneNames(zone: { name_en: string; name_zh: string }, language: Language): [string, string] {
  return language === 'zh' ? [zone.name_zh, zone.name_en] : [zone.name_en, zone.name_zh];
}

/** The zone's name in `language`. */
export const zoneName = (zone: { name_en: string; name_zh: string }, language: Language): string =>
  zoneNames(zone, language)[0];

/** The other interface language. */
export const otherLanguage = (language: Language): Language => (language === 'zh' ? 'en' : 'zh');

/** The BCP 47 tag for `lang` attributes: Simplified Chinese, so fonts pick the right glyph variants. */
export const langTag = (language: Language): string => (language === 'zh' ? 'zh-CN' : 'en');

/** `template` with its `{name}` placeholders filled from `values`; unknown names stay as written. */
export const fillTemplate = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
