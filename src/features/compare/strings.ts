import { registerStrings, type KeysOf } from '../../i18n/translate';

/**
 * The comparison panel's words, loaded with it after the first map frame.
 * Each key holds both languages; importing this module registers them with the one translator.
 */
export const compareStrings = registerStrings({
  'compare.heading': { en: 'Compare zones', zh: '区域对比' },
  'compare.count': { en: '({count} of {max})', zh: '（已选 {count}/{max}）' },
  'compare.hide': { en: 'Hide table', zh: '收起表格' },
  'compare.show': { en: 'Show table', zh: '展开表格' },
  'compare.caption': {
    en: '{count} of at most {max} zones, in the order they were added',
    zh: '共 {count} 个区域（最多 {max} 个），按加入顺序排列',
  },
  'compare.note': {
    en: 'Official areas are the published figures. Outline areas, perimeters and centroids are measured on the outlines drawn on this map, which are indicative, not legal boundaries. Distances are straight lines (great circle) from each outline’s centroid.',
    zh: '官方面积为公布数字。轮廓面积、周长和质心均量自本图所绘轮廓，轮廓为示意，并非法定边界。距离为自各轮廓质心起算的直线（大圆）距离。',
  },
  'compare.col.zone': { en: 'Zone', zh: '区域' },
  'compare.col.official': { en: 'Official area (km²)', zh: '官方面积（平方公里）' },
  'compare.col.scope': { en: 'What the official figure covers', zh: '官方面积所指范围' },
  'compare.col.mapped': {
    en: 'Area of the outline on the map (km², indicative)',
    zh: '地图轮廓面积（平方公里，示意）',
  },
  'compare.col.outline': { en: 'Outline', zh: '轮廓' },
  'compare.col.perimeter': { en: 'Perimeter of the outline (km)', zh: '轮廓周长（公里）' },
  'compare.col.ratio': { en: 'Official area ÷ {first}’s', zh: '官方面积 ÷ {first}' },
  'compare.col.ratioMixed': {
    en: 'Area ÷ {first}’s (official; for an import, its outline’s)',
    zh: '面积 ÷ {first}（官方面积；导入要素用其轮廓面积）',
  },
  'compare.ratioNote': {
    en: '* Your imported features have no official area: their ratios use the area of their outline, as drawn in your file.',
    zh: '* 你导入的要素没有官方面积：其比值使用你文件中所绘轮廓的面积。',
  },
  'compare.districtsPending': { en: 'finding…', zh: '正在查找…' },
  'compare.outsideBeijing': { en: 'outside Beijing', zh: '不在北京市内' },
  'compare.col.capital': { en: 'To Capital Airport (km)', zh: '至首都机场（公里）' },
  'compare.col.daxing': { en: 'To Daxing Airport (km)', zh: '至大兴机场（公里）' },
  'compare.col.tiananmen': { en: 'To Tiananmen (km)', zh: '至天安门（公里）' },
  'compare.col.stations': { en: 'Nearest subway stations (km)', zh: '最近地铁站（公里）' },
  'compare.col.districts': { en: 'District(s)', zh: '所在区' },
  'compare.col.sources': { en: 'Sources', zh: '资料来源' },
  'compare.col.id': { en: 'Id', zh: '编号' },
  'compare.col.nameEn': { en: 'Name (English)', zh: '英文名称' },
  'compare.col.nameZh': { en: 'Name (Chinese)', zh: '中文名称' },
  'compare.outline.indicative': { en: 'indicative', zh: '示意' },
  'compare.outline.approximate': { en: 'approximate', zh: '近似' },
  'compare.outline.point': { en: 'point only', zh: '仅点位' },
  'compare.outline.imported': { en: 'your file (imported)', zh: '你的文件（导入）' },
  'compare.notPublished': { en: 'not published', zh: '未公布' },
  'compare.matrix': { en: 'Distances between centroids (km)', zh: '质心间距离（公里）' },
  'compare.matrixCorner': { en: 'From \\ to', zh: '起点 \\ 终点' },
  'compare.remove': { en: 'Remove {name} from the comparison', zh: '从对比中移除{name}' },
  'compare.clear': { en: 'Clear comparison', zh: '清空对比' },
  'compare.download': { en: 'Download the table:', zh: '下载表格：' },
  'compare.csv': { en: 'CSV', zh: 'CSV 表格' },
  'compare.geojson': { en: 'GeoJSON', zh: 'GeoJSON 文件' },
  'compare.loading': { en: 'Measuring…', zh: '正在计算…' },
  'compare.loadError': {
    en: 'The stations and airports could not be loaded, so distances are missing: {detail}',
    zh: '无法加载地铁站和机场数据，距离暂缺：{detail}',
  },
  'compare.ref.badge': { en: 'reference', zh: '参照' },
  'compare.ref.add': { en: 'Add a reference FTZ…', zh: '加入其他自贸试验区作参照…' },
  'compare.ref.addLabel': {
    en: 'Add another pilot FTZ, or one of its areas, as a reference row',
    zh: '加入其他自由贸易试验区或其片区作为参照行',
  },
  'compare.ref.whole': { en: 'whole FTZ: {area}', zh: '整个自贸试验区：{area}' },
  'compare.ref.scope': {
    en: 'Reference, no outline: approved {batch}, {areas}; area {status}',
    zh: '参照（无轮廓）：{batch}年获批，{areas}；面积{status}',
  },
  'compare.ref.areas': { en: '{count} areas', zh: '{count}个片区' },
  'compare.ref.wholeIsland': { en: 'the whole island', zh: '海南岛全岛' },
  'compare.ref.status.confirmed': { en: 'confirmed', zh: '已证实' },
  'compare.ref.status.single': { en: 'from a single source', zh: '单一来源' },
  'compare.ref.status.derived': { en: 'derived', zh: '推算' },
  'compare.ref.status.unverified': { en: 'not published', zh: '未公布' },
  'compare.ref.outline': { en: 'none (reference)', zh: '无（参照）' },
  'compare.ref.remove': { en: 'Remove the reference {name}', zh: '移除参照{name}' },
  'compare.ref.sources': { en: 'Sources: {sources}', zh: '资料来源：{sources}' },
  // Begins with the button's visible words ("Lay over (true size)"), so speech users can say them.
  'compare.layOverLabel': { en: 'Lay over (true size): {name}', zh: '平移比较：{name}' },
  'compare.hint': {
    en: 'Add zones with + in the zone list, from their details, with Shift+Enter in search, or Shift+click them on the map. Your imported features can be added from “Your features”.',
    zh: '可在区域列表中点 +、在区域详情中、在搜索结果上按 Shift+Enter，或在地图上按住 Shift 点击区域加入。你导入的要素可在“你的要素”中加入。',
  },
});

declare module '../../i18n/translate' {
  interface StringKeys extends KeysOf<typeof compareStrings> {}
}

export { t } from '../../i18n/index';
