import { registerStrings, type KeysOf } from '../../i18n/translate';

/**
 * The charts' and their drawer's words, loaded with the charts after the first map frame.
 * Each key holds both languages; importing this module registers them with the one translator.
 */
export const chartStrings = registerStrings({
  'charts.open': { en: 'Charts', zh: '图表' },
  'charts.heading': { en: 'The numbers behind the zones', zh: '区域背后的数据' },
  'charts.close': { en: 'Close charts', zh: '关闭图表' },
  'charts.loading': { en: 'Loading the charts…', zh: '图表加载中…' },
  'charts.failed': { en: 'This chart cannot be drawn.', zh: '无法绘制此图表。' },
  'charts.unavailable': { en: 'Chart unavailable', zh: '图表暂不可用' },
  'charts.stillLoading': {
    en: 'Still loading the statistics for the charts: this is taking longer than usual…',
    zh: '仍在加载图表所需的统计数据，比平常慢一些…',
  },
  'charts.dataFailed': {
    en: 'The statistics for some charts could not be loaded ({files}). The map and the other charts still work.',
    zh: '部分图表所需的统计数据无法加载（{files}），地图和其他图表仍可使用。',
  },
  'charts.showTable': { en: 'Show as table', zh: '以表格显示' },
  'charts.downloadSvg': { en: 'Download SVG', zh: '下载 SVG' },
  'charts.downloadPng': { en: 'Download PNG', zh: '下载 PNG' },
  'charts.source': { en: 'Source: {sources}', zh: '资料来源：{sources}' },
  'charts.sortBy': { en: 'Sort', zh: '排序' },
  'charts.sort.layout': { en: 'As published', zh: '按公布顺序' },
  'charts.sort.area': { en: 'By official area', zh: '按官方面积' },
  'charts.sort.name': { en: 'By name', zh: '按名称' },
  'charts.status.confirmed': { en: 'confirmed', zh: '已证实' },
  'charts.status.single': { en: 'single source', zh: '单一来源' },
  'charts.status.derived': { en: 'derived', zh: '推算' },
  'charts.status.estimate': { en: 'estimate', zh: '估计' },
  'charts.notPublished': { en: 'area not published', zh: '面积未公布' },
  'charts.total': { en: 'Total', zh: '合计' },
  'charts.unit.km2': { en: 'km²', zh: '平方公里' },
  /** Between the names of a list inside a sentence. */
  'charts.listSeparator': { en: '; ', zh: '、' },
  'charts.atlasOutlines': {
    en: 'outline areas: Beijing FTZ Atlas, approximate',
    zh: '轮廓面积：北京自贸区地图集，近似值',
  },
  'charts.zoneAreas.title': { en: 'Official area of each FTZ area and part', zh: '自贸试验区各片区及组团的官方面积' },
  'charts.zoneAreas.takeaway': {
    en: 'The {total} FTZ is split {split} between its three areas; the largest single part is {largest} ({largestArea}).',
    zh: '{total}的自贸试验区分为三个片区（{split}）；最大的组团是{largest}（{largestArea}）。',
  },
  'charts.zoneAreas.description': {
    en: 'Horizontal bars, one per FTZ area and part, grouped by area. A thick bar is the official area; a thin bar under it is the area of the approximate outline drawn on the map. {rows}',
    zh: '横向条形图，每个片区和组团一条，按片区分组。粗条为官方面积，其下细条为地图上近似轮廓的面积。{rows}',
  },
  'charts.zoneAreas.total': { en: 'Total {total} = {split}', zh: '合计 {total} = {split}' },
  'charts.zoneAreas.official': { en: 'official area', zh: '官方面积' },
  'charts.zoneAreas.mapped': { en: 'outline on this map (approximate)', zh: '本图轮廓（近似）' },
  'charts.zoneAreas.mappedValue': { en: 'outline {value}', zh: '轮廓 {value}' },
  'charts.zoneAreas.col.zone': { en: 'Area or part', zh: '片区或组团' },
  'charts.zoneAreas.col.group': { en: 'FTZ area', zh: '所属片区' },
  'charts.zoneAreas.col.official': { en: 'Official area (km²)', zh: '官方面积（平方公里）' },
  'charts.zoneAreas.col.mapped': { en: 'Outline on the map (km²)', zh: '地图轮廓面积（平方公里）' },
  'charts.composition.title': { en: 'How the {total} are made up', zh: '{total}是如何构成的' },
  'charts.composition.takeaway': {
    en: 'Published parts account for {known} of the {total}; {gap} is not explained by any source and {unpublished} belongs to parts whose areas are not published.',
    zh: '已公布的组团面积合计{known}（总面积{total}）；{gap}在资料中没有说明，另有{unpublished}属于未公布面积的组团。',
  },
  'charts.composition.description': {
    en: 'A treemap: one band per FTZ area, its height proportional to the area, divided into its parts in proportion to their official areas. {rows}',
    zh: '矩形树图：每个片区一条横带，高度与面积成比例，并按各组团的官方面积划分。{rows}',
  },
  'charts.composition.unexplained': { en: 'Unexplained {value}', zh: '未说明 {value}' },
  'charts.composition.unpublished': { en: 'Areas not published: {names}', zh: '面积未公布：{names}' },
  'charts.composition.legendGap': { en: 'not explained by the published parts', zh: '已公布组团未涵盖的部分' },
  'charts.composition.legendUnpublished': { en: 'parts with no published area', zh: '未公布面积的组团' },
  'charts.composition.col.area': { en: 'FTZ area', zh: '片区' },
  'charts.composition.col.part': { en: 'Part', zh: '组团' },
  'charts.composition.col.km2': { en: 'km²', zh: '平方公里' },
  'charts.composition.col.share': { en: 'Share of the area', zh: '占片区比例' },
  'charts.share.title': {
    en: "Services share of Beijing's GDP, {first}–{last}",
    zh: '北京服务业占地区生产总值比重（{first}—{last}年）',
  },
  'charts.share.takeaway': {
    en: "Services generated {highlight} of Beijing's GDP in {highlightYear}, and {last} in {lastYear}.",
    zh: '{highlightYear}年服务业占北京地区生产总值的{highlight}，{lastYear}年为{last}。',
  },
  'charts.share.description': {
    en: 'A line chart of the tertiary-industry share of GDP by year: {points}. {revision}',
    zh: '按年份显示第三产业占地区生产总值比重的折线图：{points}。{revision}',
  },
  'charts.share.revision': {
    en: '{year} revised from {original} (first published) after the economic census',
    zh: '{year}年数据经济普查后由{original}（初次公布）修订',
  },
  'charts.share.original': { en: '{original} as first published', zh: '初次公布为{original}' },
  'charts.share.revisedValue': { en: '{value} (revised)', zh: '{value}（修订后）' },
  'charts.share.axisNote': { en: 'The axis starts at {min}', zh: '纵轴起点为{min}' },
  'charts.share.col.year': { en: 'Year', zh: '年份' },
  'charts.share.col.share': { en: 'Services share of GDP (%)', zh: '服务业占比（%）' },
  'charts.share.col.note': { en: 'Note', zh: '说明' },
  'charts.share.col.source': { en: 'Source', zh: '来源' },
  'charts.figures.title': { en: 'Key figures from the source articles', zh: '来源文章中的关键数据' },
  'charts.figures.takeaway': {
    en: "Beijing's economy is services-led: {first}; the FTZ was set up to open it further.",
    zh: '北京经济以服务业为主：{first}；设立自贸试验区是为了进一步扩大开放。',
  },
  'charts.figures.description': { en: '{count} figure cards: {items}', zh: '{count}张数据卡片：{items}' },
  'charts.figures.col.figure': { en: 'Figure', zh: '数据' },
  'charts.figures.col.value': { en: 'Value', zh: '数值' },
  'charts.figures.col.period': { en: 'Period', zh: '时期' },
  'charts.figures.col.status': { en: 'Status', zh: '可信度' },
  'charts.figures.col.source': { en: 'Source', zh: '来源' },
  'charts.timeline.title': { en: 'Milestones since 2020', zh: '2020年以来的重要节点' },
  'charts.timeline.takeaway': {
    en: 'From the CIFTIS announcement on {first} the FTZ was planned, unveiled and opened within {days} days; {count} milestones up to {last}.',
    zh: '自{first}服贸会宣布起，自贸试验区在{days}天内完成规划、揭牌和启动；截至{last}共{count}个节点。',
  },
  'charts.timeline.description': {
    en: 'A timeline of {count} dated milestones: {items}',
    zh: '包含{count}个节点的时间线：{items}',
  },
  'charts.timeline.showOnMap': { en: 'Show on map', zh: '在地图上显示' },
  'charts.timeline.reportDate': { en: 'date of the report', zh: '报道日期' },
  'charts.timeline.col.date': { en: 'Date', zh: '日期' },
  'charts.timeline.col.event': { en: 'Milestone', zh: '事件' },
  'charts.timeline.col.place': { en: 'Place', zh: '地点' },
  'charts.timeline.col.source': { en: 'Source', zh: '来源' },
  'charts.pilot.title': {
    en: 'The national services-trade pilot: {regions} regions, {cases} best practice cases',
    zh: '全国服务贸易创新发展试点：{regions}个地区、{cases}个最佳实践案例',
  },
  'charts.pilot.takeaway': {
    en: 'Beijing is one of {regions} pilot regions; {cases} best practice cases were rolled out nationwide in {groups} groups, {lastCases} in the last.',
    zh: '北京是{regions}个试点地区之一；{groups}批共{cases}个最佳实践案例向全国推广，最近一批{lastCases}个。',
  },
  'charts.pilot.description': {
    en: "A map of China's provinces with the {regions} pilot regions as dots, and a bar chart of best practice cases by group: {groups}.",
    zh: '中国省级行政区地图，以圆点标出{regions}个试点地区；并附各批最佳实践案例的柱状图：{groups}。',
  },
  'charts.pilot.casesByGroup': { en: 'Best practice cases by group', zh: '各批最佳实践案例' },
  'charts.pilot.group': { en: 'Group {n}', zh: '第{n}批' },
  'charts.pilot.total': { en: '{total} cases', zh: '共{total}个' },
  'charts.pilot.southChinaSea': { en: 'South China Sea Islands', zh: '南海诸岛' },
  'charts.pilot.pointsNote': { en: 'Dots: approximate city centres', zh: '圆点：城市中心大致位置' },
  'charts.pilot.col.region': { en: 'Pilot region', zh: '试点地区' },
  'charts.pilot.col.province': { en: 'Province', zh: '省级行政区' },
  'charts.pilot.col.location': { en: 'Dot placed at', zh: '圆点位置' },
  'charts.pilot.col.group': { en: 'Group', zh: '批次' },
  'charts.pilot.col.cases': { en: 'Cases', zh: '案例数' },
  'charts.pilot.col.status': { en: 'Status', zh: '可信度' },
  'charts.pilot.provincesSource': { en: 'provinces: CTAmap 2023 (simplified)', zh: '省界：CTAmap 2023（简化）' },
  'charts.pilot.regionsCaption': { en: 'The pilot regions', zh: '试点地区' },
  'charts.shunyi.title': { en: 'Shunyi\'s "3+7+N" model', zh: '顺义“3+7+N”模式' },
  'charts.shunyi.takeaway': {
    en: '{parks} parks serve {sectors} sectors on {area}; {companies} companies signed agreements in November 2020.',
    zh: '{parks}个园区服务{sectors}大产业，面积{area}；2020年11月{companies}家企业签约。',
  },
  'charts.shunyi.description': {
    en: 'A tree diagram. Parks: {parks}. Sectors: {sectors}. N: {n}.',
    zh: '树状图。园区：{parks}。产业：{sectors}。N：{n}。',
  },
  'charts.shunyi.parks': { en: '{count} parks', zh: '{count}个园区' },
  'charts.shunyi.sectors': { en: '{count} sectors', zh: '{count}大产业' },
  'charts.shunyi.goal': { en: 'N: the goal', zh: 'N：目标' },
  'charts.shunyi.companies': { en: '{count} companies signed', zh: '{count}家企业签约' },
  'charts.shunyi.area': { en: 'Area', zh: '面积' },
  'charts.shunyi.companiesSigned': { en: 'Companies signed', zh: '签约企业' },
  'charts.shunyi.col.part': { en: 'Part of the model', zh: '组成' },
  'charts.shunyi.col.item': { en: 'Item', zh: '内容' },
});

declare module '../../i18n/translate' {
  interface StringKeys extends KeysOf<typeof chartStrings> {}
}

export { t } from '../../i18n/index';
