import { registerStrings, type KeysOf } from '../i18n/translate';

/**
 * The shell's words: skip link, landmarks, tabs. Part of the first load.
 * Each key holds both languages; importing this module registers them with the one translator.
 */
export const shellStrings = registerStrings({
  'shell.skipToList': { en: 'Skip to the zone list', zh: '跳到区域列表' },
  'shell.mapLabel': { en: 'Map of the Beijing FTZ areas', zh: '北京自贸试验区各片区地图' },
  'shell.panelLabel': { en: 'Zones, layers and charts', zh: '区域、图层与图表' },
  'shell.settings': { en: 'Display settings', zh: '显示设置' },
  'tabs.label': { en: 'Panels', zh: '面板' },
  'tabs.zones': { en: 'Zones', zh: '区域' },
  'tabs.layers': { en: 'Layers', zh: '图层' },
});

declare module '../i18n/translate' {
  interface StringKeys extends KeysOf<typeof shellStrings> {}
}

export { t } from '../i18n/index';
