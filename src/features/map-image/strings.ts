import { registerStrings, type KeysOf } from '../../i18n/translate';

/**
 * The map image export's words, loaded with its button after the first map frame.
 * Each key holds both languages; importing this module registers them with the one translator.
 */
export const mapImageStrings = registerStrings({
  /** The button says "{name} (PNG)"; phones show only "(PNG)", with the name kept for screen readers. */
  'mapImage.name': { en: 'Map image', zh: '地图图片' },
  /** The button's word where the header is short of room (below 1440 px). */
  'mapImage.short': { en: 'Image', zh: '图片' },
  'mapImage.size': { en: 'Image size', zh: '图片尺寸' },
  'mapImage.size.1920x1080': { en: '1920 × 1080', zh: '1920 × 1080' },
  // The closed list shows the chosen size in a narrow header: the pixels say it all (4K is 3840 × 2160).
  'mapImage.size.3840x2160': { en: '3840 × 2160', zh: '3840 × 2160' },
  'mapImage.size.current': { en: 'Window size', zh: '窗口尺寸' },
  'mapImage.preparing': { en: 'Preparing {width} × {height} image…', zh: '正在生成 {width} × {height} 图片…' },
  'mapImage.failed': { en: 'The map image could not be made.', zh: '无法生成地图图片。' },
  'mapImage.dismiss': { en: 'Dismiss', zh: '关闭提示' },
});

declare module '../../i18n/translate' {
  interface StringKeys extends KeysOf<typeof mapImageStrings> {}
}

export { t } from '../../i18n/index';
