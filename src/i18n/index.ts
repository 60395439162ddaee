/**
 * The one translator and the words every part of the page shares. Features keep their own words in
 * their folder (`features/<name>/strings.ts`), registered when their chunk loads.
 */
export { coreStrings, t } from './core';
export { registeredKeys, registerStrings, type StringKey } from './translate';
export { formatArea, formatNumber, langTag, localized, otherLanguage, zoneName, zoneNames } from './format';
