import { registerStrings, type KeysOf } from './translate';

/**
 * The words several parts of the page share (title, status line, zone kinds, layer groups, basemaps,
 * themes, the legend, map controls): part of the first load.
 * Each key holds both languages; importing this module registers them with the one translator.
 */
export const coreStrings = registerStrings({
  'app.title': { en: 'Beijing FTZ Atlas', zh: '北京自贸区地图集' },
  'app.subtitle': {
    en: 'China (Beijing) Pilot Free Trade Zone and the services-opening demonstration zone',
    zh: '中国（北京）自由贸易试验区与国家服务业扩大开放综合示范区',
  },
  'status.loading': { en: 'Loading the map…', zh: '地图加载中…' },
  'status.noWebgl': {
    en: 'Simpler map: this browser cannot use WebGL2, so the map is drawn without it. Everything else works.',
    zh: '简化地图：此浏览器无法使用 WebGL2，因此地图以简化方式绘制，其他功能均可使用。',
  },
  'status.engineFailed': {
    en: 'Simpler map: the detailed map could not start here (its map engine was blocked or stopped), so the map is drawn without it. Everything else works.',
    zh: '简化地图：详细地图无法在此启动（地图引擎被阻止或停止响应），因此地图以简化方式绘制，其他功能均可使用。',
  },
  'status.retry': { en: 'Try again', zh: '重试' },
  'status.dataError': { en: 'The zone data could not be loaded.', zh: '无法加载区域数据。' },
  'status.stillLoadingZones': {
    en: 'Still loading the zones (zones.geojson): this is taking longer than usual…',
    zh: '仍在加载区域数据（zones.geojson），比平常慢一些…',
  },
  'status.basemapFailed': {
    en: 'The background map (roads, rivers, districts) could not be loaded, so the zones are shown without it.',
    zh: '无法加载背景地图（道路、河流、区界），区域仍照常显示。',
  },
  'status.dismiss': { en: 'Dismiss', zh: '关闭提示' },
  'status.chartsError': { en: 'The charts could not be loaded.', zh: '无法加载图表。' },
  'status.mapError': { en: 'Part of the map failed to load.', zh: '部分地图内容加载失败。' },
  'status.onlineBasemapFailed': {
    en: 'The online map (OpenStreetMap) could not be loaded, so the bundled map is shown again.',
    zh: '无法加载在线地图（OpenStreetMap），已改回内置地图。',
  },
  'kind.ftz-area': { en: 'FTZ area', zh: '自贸区片区' },
  'kind.ftz-part': { en: 'Part of an FTZ area', zh: '片区组团' },
  'kind.bonded-zone': { en: 'Comprehensive bonded zone', zh: '综合保税区' },
  'kind.demo-zone': { en: 'Demonstration zone', zh: '示范区' },
  'kind.demo-park': { en: 'Demonstration-zone park', zh: '示范区园区' },
  'kind.airport-zone': { en: 'Airport economic zone', zh: '临空经济区' },
  'kind.reference-point': { en: 'Point of reference', zh: '参考地点' },
  'group.ftz-area': { en: 'FTZ areas', zh: '自贸区片区' },
  'group.ftz-part': { en: 'Parts of the FTZ areas', zh: '片区组团' },
  'group.bonded-zone': { en: 'Comprehensive bonded zones', zh: '综合保税区' },
  'group.demo-zone': { en: 'Demonstration zone', zh: '示范区' },
  'group.demo-park': { en: 'Demonstration-zone parks', zh: '示范区园区' },
  'group.airport-zone': { en: 'Airport economic zones', zh: '临空经济区' },
  'group.reference-point': { en: 'Points of reference', zh: '参考地点' },
  'group.count': { en: '{label} ({count})', zh: '{label}（{count}）' },
  'layers.zones': { en: 'Zones', zh: '区域' },
  'layers.basemap': { en: 'Basemap layers', zh: '底图图层' },
  'layers.districts': { en: 'District boundaries', zh: '区界' },
  'layers.roads': { en: 'Roads', zh: '道路' },
  'layers.subway': { en: 'Subway', zh: '地铁' },
  'layers.rail': { en: 'Railway stations', zh: '火车站' },
  'layers.water': { en: 'Rivers and reservoirs', zh: '河流与水库' },
  'layers.airports': { en: 'Airports', zh: '机场' },
  'layers.background': { en: 'Background map', zh: '背景地图' },
  'basemap.offline': { en: 'Bundled map (works offline)', zh: '内置地图（可离线）' },
  'basemap.osm': { en: 'OpenStreetMap (online)', zh: 'OpenStreetMap（在线）' },
  'basemap.osmNote': {
    en: 'Downloads map tiles from tile.openstreetmap.org; nothing is requested until you choose it.',
    zh: '将从 tile.openstreetmap.org 下载地图瓦片；选择之前不会发出任何请求。',
  },
  'legend.title': { en: 'Legend', zh: '图例' },
  'legend.colours': { en: 'Colours: each FTZ area and everything inside it', zh: '颜色：各自贸区片区及其内部区域' },
  'legend.shapes': { en: 'Outlines', zh: '轮廓' },
  'legend.solid': { en: 'FTZ area', zh: '自贸区片区' },
  'legend.dashed': { en: 'Part, park or other zone', zh: '组团、园区或其他区域' },
  'legend.point': { en: 'Zone shown as a point', zh: '以点表示的区域' },
  'legend.note': {
    en: 'Outlines are approximations; their areas match the official figures where one is published.',
    zh: '轮廓为近似示意；有官方面积的，轮廓面积与之相符。',
  },
  'language.label': { en: 'Language', zh: '语言' },
  'theme.label': { en: 'Theme', zh: '主题' },
  'theme.auto': { en: 'Auto', zh: '自动' },
  'theme.light': { en: 'Light', zh: '浅色' },
  'theme.dark': { en: 'Dark', zh: '深色' },
  'theme.projector': { en: 'Projector', zh: '投影' },
  'map.resetView': { en: 'Reset view', zh: '重置视图' },
  'map.credits': { en: 'Map credits', zh: '地图来源' },
  'map.canvasLabel': {
    en: 'Interactive map: drag to pan, scroll or use + and − to zoom',
    zh: '交互地图：拖动平移，滚轮或 + − 缩放',
  },
  'map.zoomIn': { en: 'Zoom in', zh: '放大' },
  'map.zoomOut': { en: 'Zoom out', zh: '缩小' },
  /** The map's credits (see map/attribution.ts); MapLibre sanitises them, links are the only markup. */
  'credits.basemap': {
    en: '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors (roads as of 2012–13, subway, rail) · Natural Earth · district boundaries: DataV.GeoAtlas, converted to WGS84',
    zh: '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> 贡献者（道路（2012–13 年）、地铁、铁路）· Natural Earth · 区界：DataV.GeoAtlas，已转换为 WGS84',
  },
  'credits.zones': {
    en: 'Zone outlines: indicative, Beijing FTZ Atlas; figures: official publications (see each zone)',
    zh: '区域轮廓：示意性质，北京自贸区地图集；数据：官方发布（见各区域）',
  },
  'credits.osmTiles': {
    en: 'Background map tiles © <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors, tile.openstreetmap.org',
    zh: '背景地图瓦片 © <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> 贡献者，tile.openstreetmap.org',
  },
  // Words that several features show: the details' and the comparison switch's.
  'details.close': { en: 'Close details', zh: '关闭详情' },
  'details.officialArea': { en: 'Official area', zh: '官方面积' },
  'details.areaNotPublished': { en: 'not published', zh: '未公布' },
  'details.seedArticle': { en: 'source article', zh: '来源文章' },
  'compare.add': { en: 'Add to compare', zh: '加入对比' },
  'compare.inSet': { en: 'Remove from compare', zh: '移出对比' },
  'compare.full': { en: 'Compare holds {max} zones: remove one first', zh: '对比最多 {max} 个区域，请先移除一个' },
});

declare module './translate' {
  interface StringKeys extends KeysOf<typeof coreStrings> {}
}

export { t } from './translate';
