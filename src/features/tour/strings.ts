import { registerStrings, type KeysOf } from '../../i18n/translate';

/**
 * The tour's words, loaded when the tour starts.
 * Each key holds both languages; importing this module registers them with the one translator.
 */
export const tourStrings = registerStrings({
  'tour.stillLoading': {
    en: 'Still loading the tour (tour.json): this is taking longer than usual…',
    zh: '仍在加载导览（tour.json），比平常慢一些…',
  },
  'tour.failed': {
    en: 'The tour could not be loaded (tour.json). The map and everything else still work.',
    zh: '无法加载导览（tour.json），地图和其他功能仍可使用。',
  },
  'tour.start': { en: 'Tour', zh: '导览' },
  'tour.startTitle': { en: 'A guided tour of the two zones', zh: '“两区”导览' },
  'tour.region': { en: 'Guided tour', zh: '导览' },
  'tour.count': { en: 'Step {step} of {count}', zh: '第 {step} 步，共 {count} 步' },
  'tour.previous': { en: 'Previous', zh: '上一步' },
  'tour.next': { en: 'Next', zh: '下一步' },
  /** Labels the caption's exports (the deck, the video): "Save as: PowerPoint · Video". */
  'tour.saveAs': { en: 'Save as', zh: '另存为' },
  'tour.closeLabel': { en: 'Close the tour', zh: '关闭导览' },
  'tour.chart.pilot-regions': { en: 'See the 28 regions in a chart', zh: '在图表中查看这28个地区' },
  'tour.sources': { en: 'Sources ({count})', zh: '资料来源（{count}）' },
  'tour.keys': {
    en: 'Keys: → or Space next, ← back, Esc ends the tour.',
    zh: '按键：→ 或空格键下一步，← 上一步，Esc 结束导览。',
  },
});

declare module '../../i18n/translate' {
  interface StringKeys extends KeysOf<typeof tourStrings> {}
}

export { t } from '../../i18n/index';
