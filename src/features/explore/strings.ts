import { registerStrings, type KeysOf } from '../../i18n/translate';

/**
 * The explore panels' words: search, the zone list, the details. Part of the first load.
 * Each key holds both languages; importing this module registers them with the one translator.
 */
export const exploreStrings = registerStrings({
  'details.mappedArea': { en: 'Area of the outline on this map', zh: '本图轮廓面积' },
  'details.scope': { en: 'What the figure covers', zh: '数据范围' },
  'details.focus': { en: 'Focus industries', zh: '重点产业' },
  'details.sources': { en: 'Sources', zh: '资料来源' },
  'details.outline.indicative': {
    en: 'Indicative outline: location only, the shape is schematic',
    zh: '示意轮廓：仅示位置，形状为示意',
  },
  'details.outline.approximate': {
    en: 'Approximate outline, drawn from a published boundary description',
    zh: '近似轮廓，依据公开的四至描述绘制',
  },
  'details.outline.point': { en: 'Shown as a point', zh: '以点表示' },
  'details.inFtz': { en: 'Inside the 119.68 km² Beijing FTZ', zh: '位于119.68平方公里的北京自贸试验区内' },
  'details.notInFtz': { en: 'Not part of the Beijing FTZ', zh: '不属于北京自贸试验区' },
  'search.label': { en: 'Search zones', zh: '搜索区域' },
  'search.placeholder': { en: 'Search: CBD, Tianzhu, 亦庄…', zh: '搜索：国贸、天竺、Yizhuang…' },
  'search.noResults': { en: 'No zone matches “{query}”', zh: '没有与“{query}”匹配的区域' },
  'search.resultCount': {
    en: '{count} suggestions; use the up and down arrows, Enter to open',
    zh: '{count} 条建议；用上下方向键选择，回车打开',
  },
  'search.yourFeature': { en: 'Your feature', zh: '你的要素' },
  'search.matchedAlias': { en: 'matches “{alias}”', zh: '匹配“{alias}”' },
  'list.label': { en: 'All zones, grouped by kind', zh: '全部区域（按类型分组）' },
  'list.hint': {
    en: 'Arrow keys move through the zones, Enter opens one. The map follows.',
    zh: '用方向键浏览区域，按回车打开详情，地图随之移动。',
  },
  'list.partOf': { en: 'in {name}', zh: '属于{name}' },
  'details.partOf': { en: 'Part of', zh: '所属' },
  'details.parts': { en: 'Parts and how they add up', zh: '组成部分及合计' },
  'details.partsTotal': { en: 'Sum of published parts', zh: '已公布部分合计' },
  'details.partsOfficial': { en: 'Official total', zh: '官方总面积' },
  'details.partsMatch': { en: 'The parts add up to the official total.', zh: '各部分合计与官方总面积一致。' },
  'details.partsGap': {
    en: '{gap} of the official total is not in any published part; the sources do not explain the difference.',
    zh: '官方总面积中有 {gap} 不属于任何已公布的部分，资料未说明差额原因。',
  },
  'details.partsUnpublished': {
    en: '{count} of {total} parts have no published area, so the parts cannot be added up.',
    zh: '{total} 个部分中有 {count} 个未公布面积，无法合计。',
  },
  'details.partsMapped': { en: 'On this map', zh: '本图轮廓' },
  'details.part': { en: 'Part', zh: '部分' },
  'details.contains': { en: 'Contains', zh: '包含' },
  'details.sharesOutline': { en: 'Drawn on the same outline as', zh: '与下列区域共用轮廓' },
  'details.parks': { en: 'Parks', zh: '园区' },
  'details.sectors': { en: 'Sectors', zh: '重点领域' },
  'details.placement': { en: 'How it is placed on the map', zh: '地图上的位置依据' },
  'list.compareAdd': { en: 'Add {name} to compare', zh: '将{name}加入对比' },
  'list.compareHint': { en: 'Shift+Enter adds to compare.', zh: 'Shift+Enter 加入对比。' },
  'search.compareHint': {
    en: 'Shift+Enter or Shift+click adds a result to compare',
    zh: 'Shift+Enter 或 Shift+点击将结果加入对比',
  },
  'search.inCompare': { en: 'in compare', zh: '已在对比中' },
});

declare module '../../i18n/translate' {
  interface StringKeys extends KeysOf<typeof exploreStrings> {}
}

export { t } from '../../i18n/index';
