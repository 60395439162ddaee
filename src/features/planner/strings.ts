import { formatNumber } from '../../i18n/format';
import { registerStrings, t, type KeysOf } from '../../i18n/translate';
import type { Language } from '../../state/appState';

/**
 * The planner tools' words (measure, true-size overlay), loaded with the tools after the first map frame.
 * Each key holds both languages; importing this module registers them with the one translator.
 */
export const plannerStrings = registerStrings({
  'tools.label': { en: 'Planner tools', zh: '规划工具' },
  'measure.distance': { en: 'Measure distance', zh: '测量距离' },
  'measure.area': { en: 'Measure area', zh: '测量面积' },
  'measure.needsWebgl': {
    en: 'Measuring needs the detailed map (WebGL), which cannot run here',
    zh: '测量需要详细地图（WebGL），此处无法运行',
  },
  'measure.help': {
    en: 'Click points on the map; double-click or Enter to finish. Keyboard: focus the map, move it with the arrow keys, Space adds the point under the cross, Enter twice finishes. Backspace undoes, Escape cancels.',
    zh: '在地图上点击各点；双击或按 Enter 结束。键盘：聚焦地图后用方向键移动，空格键添加十字处的点，连按两次 Enter 结束。Backspace 撤销，Escape 取消。',
  },
  'measure.distanceTotal': { en: 'Distance: {km}', zh: '距离：{km}' },
  'measure.areaTotal': { en: 'Area: {km2} · perimeter {km}', zh: '面积：{km2} · 周长 {km}' },
  'measure.points': { en: '{count} points', zh: '{count} 个点' },
  'measure.finished': { en: 'Measured', zh: '测量完成' },
  'measure.finish': { en: 'Finish', zh: '完成' },
  'measure.undo': { en: 'Undo point', zh: '撤销上一点' },
  'measure.clear': { en: 'Clear measurement', zh: '清除测量' },
  'measure.cancelled': { en: 'Measurement cancelled', zh: '测量已取消' },
  'measure.cleared': { en: 'Measurement cleared', zh: '测量已清除' },
  'overlay.label': { en: '{name} (true size)', zh: '{name}（真实大小）' },
  'overlay.heading': { en: 'Laid over at true size', zh: '平移比较（真实大小）' },
  'overlay.official': { en: 'Official area: {area}', zh: '官方面积：{area}' },
  'overlay.mapped': { en: 'Mapped outline: {area}', zh: '图上轮廓：{area}' },
  'overlay.noOfficial': { en: 'not published', zh: '未公布' },
  'overlay.help': {
    en: 'Drag it on the map, or move it with the arrow keys (Shift: larger steps). Escape removes it.',
    zh: '可在地图上拖动，或用方向键移动（按住 Shift 步长更大）。按 Escape 移除。',
  },
  'overlay.move': { en: 'Move the overlay', zh: '移动叠加轮廓' },
  'overlay.remove': { en: 'Remove', zh: '移除' },
  'overlay.moved': { en: '{name} moved {km} {direction}', zh: '{name} 向{direction}移动 {km}' },
  'overlay.removed': { en: 'Overlay removed', zh: '叠加轮廓已移除' },
  'direction.north': { en: 'north', zh: '北' },
  'direction.south': { en: 'south', zh: '南' },
  'direction.east': { en: 'east', zh: '东' },
  'direction.west': { en: 'west', zh: '西' },
  'unit.km': { en: '{value} km', zh: '{value} 公里' },
});

declare module '../../i18n/translate' {
  interface StringKeys extends KeysOf<typeof plannerStrings> {}
}

export { t } from '../../i18n/index';

/** km with a precision that suits the length: 0.123 km, 4.56 km, 234.5 km. */
export const formatKm = (language: Language, km: number): string =>
  t(language, 'unit.km', { value: formatNumber(language, km, km < 1 ? 3 : km < 100 ? 2 : 1) });
