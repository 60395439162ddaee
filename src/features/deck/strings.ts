import { registerStrings, type KeysOf } from '../../i18n/translate';

/**
 * The deck's words (PowerPoint export), loaded with the buttons that make one (the tour's caption and
 * the map image's group). Each key holds both languages; importing this module registers them.
 */
export const deckStrings = registerStrings({
  /** The button says "{name} (PPTX)"; a short header shows only "(PPTX)", its full name in its title. */
  'deck.name': { en: 'PowerPoint', zh: '幻灯片' },
  'deck.tourTitle': { en: 'The whole tour as a PowerPoint deck', zh: '将整个导览导出为幻灯片' },
  'deck.viewTitle': { en: 'This view as one PowerPoint slide', zh: '将当前视图导出为一张幻灯片' },
  'deck.preparing': { en: 'Preparing the deck…', zh: '正在准备幻灯片…' },
  'deck.progress': {
    en: 'Making the deck: scene {step} of {count}…',
    zh: '正在生成幻灯片：第 {step} 个场景，共 {count} 个…',
  },
  'deck.writing': { en: 'Writing the deck…', zh: '正在写入幻灯片…' },
  'deck.cancel': { en: 'Cancel', zh: '取消' },
  'deck.cancelled': { en: 'The deck was cancelled.', zh: '已取消生成幻灯片。' },
  'deck.failed': { en: 'The deck could not be made.', zh: '无法生成幻灯片。' },
  'deck.dismiss': { en: 'Dismiss', zh: '关闭提示' },
  /** On the title slide: the newest date among the deck's sources. */
  'deck.dataDate': { en: 'Data as of {date}', zh: '数据截至 {date}' },
  'deck.sources': { en: 'Sources', zh: '资料来源' },
  'deck.sourcesShort': { en: 'Sources: {list}', zh: '资料来源：{list}' },
  'deck.link': { en: 'In the atlas: {link}', zh: '在地图集中查看：{link}' },
  'deck.scene': { en: 'Scene {step} of {count}', zh: '第 {step} 个场景，共 {count} 个' },
});

declare module '../../i18n/translate' {
  interface StringKeys extends KeysOf<typeof deckStrings> {}
}

export { t } from '../../i18n/index';
