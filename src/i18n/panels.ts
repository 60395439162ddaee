/** UI strings of the panels: shell, search, zone list, layers, legend, switches, tooltip. */
export const panelStrings = {
  'shell.skipToList': { en: 'Skip to the zone list', zh: '跳到区域列表' },
  'shell.mapLabel': { en: 'Map of the Beijing FTZ areas', zh: '北京自贸试验区各片区地图' },
  'shell.panelLabel': { en: 'Zones, layers and charts', zh: '区域、图层与图表' },
  'shell.settings': { en: 'Display settings', zh: '显示设置' },

  'search.label': { en: 'Search zones', zh: '搜索区域' },
  'search.placeholder': { en: 'Search: CBD, Tianzhu, 亦庄…', zh: '搜索：国贸、天竺、Yizhuang…' },
  'search.noResults': { en: 'No zone matches “{query}”', zh: '没有与“{query}”匹配的区域' },
  'search.resultCount': {
    en: '{count} suggestions; use the up and down arrows, Enter to open',
    zh: '{count} 条建议；用上下方向键选择，回车打开',
  },
  'search.yourFeature': { en: 'Your feature', zh: '你的要素' },
  'search.matchedAlias': { en: 'matches “{alias}”', zh: '匹配“{alias}”' },

  'tabs.label': { en: 'Panels', zh: '面板' },
  'tabs.zones': { en: 'Zones', zh: '区域' },
  'tabs.layers': { en: 'Layers', zh: '图层' },

  'list.label': { en: 'All zones, grouped by kind', zh: '全部区域（按类型分组）' },
  'list.hint': {
    en: 'Arrow keys move through the zones, Enter opens one. The map follows.',
    zh: '用方向键浏览区域，按回车打开详情，地图随之移动。',
  },
  'list.partOf': { en: 'in {name}', zh: '属于{name}' },

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
  'map.canvasLabel': {
    en: 'Interactive map: drag to pan, scroll or use + and − to zoom',
    zh: '交互地图：拖动平移，滚轮或 + − 缩放',
  },
  'map.zoomIn': { en: 'Zoom in', zh: '放大' },
  'map.zoomOut': { en: 'Zoom out', zh: '缩小' },

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
} as const;
