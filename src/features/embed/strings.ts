import { registerStrings, type KeysOf } from '../../i18n/translate';

/**
 * The embed bar's words, loaded with it (only with `embed=1`).
 * Each key holds both languages; importing this module registers them with the one translator.
 */
export const embedStrings = registerStrings({
  'embed.bar': { en: 'Embedded atlas', zh: '嵌入的地图集' },
  'embed.openAtlas': { en: 'Open the full atlas', zh: '打开完整地图集' },
  'embed.fullScreen': { en: 'Full screen', zh: '全屏' },
  'embed.exitFullScreen': { en: 'Exit full screen', zh: '退出全屏' },
  'embed.refused': {
    en: 'This page does not let the atlas fill the screen.',
    zh: '此页面不允许地图集全屏显示。',
  },
  'embed.openInstead': { en: 'Open it in a new tab', zh: '在新标签页中打开' },
});

declare module '../../i18n/translate' {
  interface StringKeys extends KeysOf<typeof embedStrings> {}
}

export { t } from '../../i18n/index';
