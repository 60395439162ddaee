import { registerStrings, type KeysOf } from '../../i18n/translate';

/**
 * The words of "Your features" (import, list, details of an imported site, storage), loaded with
 * that panel after the first map frame.
 * Each key holds both languages; importing this module registers them with the one translator.
 */
export const siteStrings = registerStrings({
  'user.heading': { en: 'Your features', zh: '你的要素' },
  'user.intro': {
    en: 'Polygons from your own file, shown beside the zones. They stay in this browser.',
    zh: '来自你自己文件的多边形，与各区域一同显示，只保存在本浏览器中。',
  },
  'user.add': {
    en: 'Add your site (GeoJSON, KML, zipped Shapefile)',
    zh: '添加你的地块（GeoJSON、KML、压缩的 Shapefile）',
  },
  'user.datum': { en: 'Coordinates of the file', zh: '文件的坐标系' },
  'user.datum.wgs84': { en: 'WGS84 (GPS, most GIS files)', zh: 'WGS84（GPS、多数 GIS 文件）' },
  'user.datum.gcj02': { en: 'GCJ-02 (Amap, Tencent)', zh: 'GCJ-02（高德、腾讯）' },
  'user.datum.bd09': { en: 'BD-09 (Baidu)', zh: 'BD-09（百度）' },
  'user.datumWhy': {
    en: 'Web maps in China shift coordinates by 300–600 m, and a file cannot say which system it uses: choose the one of the map you drew on.',
    zh: '国内网络地图的坐标有 300–600 米的偏移，而文件本身无法说明所用坐标系：请选择你绘制时所用地图的坐标系。',
  },
  'user.drop': { en: 'Drop the file to add it to the map', zh: '松开鼠标，将文件添加到地图' },
  'user.busy': { en: 'Importing…', zh: '正在导入…' },
  'user.importing': { en: 'Importing {file}…', zh: '正在导入 {file}…' },
  'user.importedOne': {
    en: 'Imported 1 polygon from {file}.',
    zh: '已从 {file} 导入 1 个多边形。',
  },
  'user.imported': {
    en: 'Imported {count} polygons from {file}.',
    zh: '已从 {file} 导入 {count} 个多边形。',
  },
  'user.importedNoneOne': {
    en: 'The polygon of {file} was already imported: nothing added.',
    zh: '{file} 中的 1 个多边形此前已导入，未新增。',
  },
  'user.importedNone': {
    en: 'The {count} polygons of {file} were already imported: nothing added.',
    zh: '{file} 中的 {count} 个多边形此前已导入，未新增。',
  },
  'user.outside': {
    en: '{name} lies outside the map, which shows the Beijing region only.',
    zh: '{name}位于地图范围之外（地图只显示北京地区）。',
  },
  'user.outsideMany': {
    en: '{count} of them lie outside the map, which shows the Beijing region only ({name} first).',
    zh: '其中 {count} 个位于地图范围之外（地图只显示北京地区），首个为{name}。',
  },
  'user.layOverBeijing': { en: 'Lay over Beijing (true size)', zh: '平移到北京（真实大小）' },
  'user.repaired': { en: 'Repaired: {list}', zh: '已修复：{list}' },
  'user.failed': { en: 'Could not import {file}: {message}', zh: '无法导入 {file}：{message}' },
  'user.crashed': { en: 'The import stopped unexpectedly: {detail}', zh: '导入意外中止：{detail}' },
  'user.dismiss': { en: 'Dismiss', zh: '关闭' },
  'user.cancel': { en: 'Cancel', zh: '取消' },
  'user.empty': { en: 'Nothing imported yet.', zh: '尚未导入任何要素。' },
  'user.listLabel': { en: 'Your imported features', zh: '你导入的要素' },
  'user.shownOf': {
    en: 'Showing {shown} of {count}. Search finds any of them by name.',
    zh: '显示 {count} 个中的 {shown} 个。可按名称搜索其中任何一个。',
  },
  'user.showMore': { en: 'Show {more} more', zh: '再显示 {more} 个' },
  'user.show': { en: 'Show details of {name}', zh: '查看{name}的详情' },
  'user.remove': { en: 'Remove', zh: '移除' },
  'user.removeLabel': { en: 'Remove {name}', zh: '移除{name}' },
  'user.removeAll': { en: 'Remove all', zh: '全部移除' },
  'user.removeAllConfirm': {
    en: 'Remove all {count} imported features from this browser?',
    zh: '从本浏览器中移除全部 {count} 个导入的要素？',
  },
  'user.compareAdd': { en: 'Compare', zh: '对比' },
  'user.compareIn': { en: 'In comparison', zh: '已在对比中' },
  'user.compareLabel': { en: 'Add {name} to the comparison', zh: '将{name}加入对比' },
  'user.kind': { en: 'Your feature (imported)', zh: '你的要素（导入）' },
  'user.source': {
    en: 'Imported from {file} on {date}, coordinates: {datum}',
    zh: '于 {date} 从 {file} 导入，坐标系：{datum}',
  },
  'user.notOfficial': {
    en: 'Not an official zone: drawn from your file, kept only in this browser.',
    zh: '并非官方区域：根据你的文件绘制，仅保存在本浏览器中。',
  },
  'user.mappedArea': { en: 'Mapped area', zh: '地图面积' },
  'user.perimeter': { en: 'Perimeter', zh: '周长' },
  'user.properties': { en: 'Properties from the file', zh: '文件中的属性' },
  'user.noProperties': { en: 'The file gave no properties.', zh: '文件未提供属性。' },
  'user.property': { en: 'Property', zh: '属性' },
  'user.value': { en: 'Value', zh: '值' },
  'user.storageUnavailable': {
    en: 'Your imports cannot be kept in this browser (storage is off or in private mode): they last until you close the page.',
    zh: '本浏览器无法保存你的导入（存储已关闭或处于隐私模式）：关闭页面后将丢失。',
  },
  'user.storageQuota': {
    en: 'The browser’s storage is full: your latest imports are shown but will not survive a reload.',
    zh: '浏览器存储空间已满：最新导入的内容会显示，但刷新后将丢失。',
  },
  'user.storageFailed': {
    en: 'Your imports could not be saved or restored: {detail}',
    zh: '无法保存或恢复你的导入：{detail}',
  },
});

declare module '../../i18n/translate' {
  interface StringKeys extends KeysOf<typeof siteStrings> {}
}

export { t } from '../../i18n/index';
