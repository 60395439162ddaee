import { registerStrings, type KeysOf } from '../../i18n/translate';

/**
 * The details' "Lay over" button: part of the first load (the planner tools' own words load with them).
 * Each key holds both languages; importing this module registers them with the one translator.
 */
export const layOverStrings = registerStrings({
  'details.layOver': { en: 'Lay over (true size)', zh: '平移比较' },
  'details.layOverHint': {
    en: 'Puts a copy of this outline at the map centre at its true size, to drag anywhere',
    zh: '在地图中心放置此轮廓的真实大小副本，可拖到任意位置',
  },
});

declare module '../../i18n/translate' {
  interface StringKeys extends KeysOf<typeof layOverStrings> {}
}

export { t } from '../../i18n/index';
