import { registerStrings, type KeysOf } from '../../i18n/translate';

/**
 * The Share dialog's words, loaded when the Share button is first pressed.
 * Each key holds both languages; importing this module registers them with the one translator.
 */
export const shareStrings = registerStrings({
  'share.title': { en: 'Share', zh: '分享' },
  'share.close': { en: 'Close', zh: '关闭' },
  'share.link.heading': { en: 'Link to this view', zh: '本视图的链接' },
  'share.link.label': { en: 'Link to the current view', zh: '当前视图的链接' },
  'share.link.copy': { en: 'Copy link', zh: '复制链接' },
  'share.copied': { en: 'Copied', zh: '已复制' },
  'share.copyFallback': {
    en: 'Copying is not allowed here: the text is selected, press Ctrl+C (⌘C on a Mac) to copy it.',
    zh: '此处无法自动复制：文字已选中，请按 Ctrl+C（Mac 上按 ⌘C）复制。',
  },
  'share.embed.heading': { en: 'Embed in a page or slide', zh: '嵌入网页或幻灯片' },
  'share.size': { en: 'Size', zh: '尺寸' },
  'share.size.responsive': { en: 'Responsive: full width, 16:9', zh: '自适应：全宽，16:9' },
  'share.size.custom': { en: 'Custom', zh: '自定义' },
  'share.size.pixels': { en: '{width} × {height} px', zh: '{width} × {height} 像素' },
  'share.width': { en: 'Width (px)', zh: '宽度（像素）' },
  'share.height': { en: 'Height (px)', zh: '高度（像素）' },
  'share.view': { en: 'View', zh: '视图' },
  'share.view.current': { en: 'Current view', zh: '当前视图' },
  'share.view.default': { en: 'Default view', zh: '默认视图' },
  'share.zone': { en: 'Selected zone', zh: '所选区域' },
  'share.zone.current': { en: 'Current: {name}', zh: '当前：{name}' },
  'share.zone.noneSelected': { en: 'Current (none selected)', zh: '当前（未选区域）' },
  'share.zone.none': { en: 'None', zh: '不选' },
  'share.language': { en: 'Language', zh: '语言' },
  'share.language.en': { en: 'English', zh: '英文' },
  'share.language.zh': { en: 'Chinese', zh: '中文' },
  'share.theme': { en: 'Theme', zh: '主题' },
  'share.show': { en: 'Show', zh: '显示' },
  'share.show.details': { en: 'Details of the selected zone', zh: '所选区域的详情' },
  'share.show.bar': { en: 'Full-screen button and link to the full atlas', zh: '全屏按钮和完整地图集链接' },
  'share.show.controls': { en: 'Zoom and reset buttons', zh: '缩放和复位按钮' },
  'share.origins': { en: 'Pages that may control the atlas', zh: '可控制地图集的页面' },
  'share.origins.hint': {
    en: 'Optional. Origins (https:// and the site’s domain, no path), separated by commas. Empty: any page may send messages.',
    zh: '可选。以逗号分隔的源（https:// 加网站域名，不含路径）。留空则任何页面都可发送消息。',
  },
  'share.origins.rejected': { en: 'Not a web origin, left out: {list}', zh: '不是网页源，已忽略：{list}' },
  'share.tour': { en: 'Start the guided tour at step', zh: '从导览的这一步开始' },
  'share.tourStep': { en: 'Tour step', zh: '导览步骤' },
  'share.preview': { en: 'Preview', zh: '预览' },
  'share.preview.title': { en: 'Preview of the embedded atlas', zh: '嵌入地图集的预览' },
  'share.code': { en: 'Embed code', zh: '嵌入代码' },
  'share.code.copy': { en: 'Copy code', zh: '复制代码' },
  'share.frameTitle': { en: 'Beijing FTZ Atlas', zh: '北京自贸区地图集' },
  'share.frameTitle.zone': { en: 'Beijing FTZ Atlas: {zone}', zh: '北京自贸区地图集：{zone}' },
});

declare module '../../i18n/translate' {
  interface StringKeys extends KeysOf<typeof shareStrings> {}
}

export { t } from '../../i18n/index';
