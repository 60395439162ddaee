import type { Bilingual } from './types';
import type { NoteCode, RefusalCode } from './codes';
import { IMPORT_FORMATS } from './formats';
import { formatNames } from './formats/names';
import { LIMITS, megabytes } from './limits';

export type { NoteCode, RefusalCode } from './codes';

/** The formats of the list (src/import/formats/index.ts), named for the `unknown-format` refusal. */
const FORMATS = formatNames(IMPORT_FORMATS);

/**
 * Every refusal and every repair note in both languages, keyed by a stable code (tests assert codes,
 * people read messages). `{name}` placeholders are filled by `refusal()` and `note()`. A parser's own
 * words (`{detail}`: JSON.parse, xmldom, shpjs, an internal error) are English and appear in the English
 * message only; the Chinese one says where (`{detailZh}`) or what is likely wrong, in Chinese.
 */
const REFUSALS = {
  'empty-file': { en: 'The file is empty.', zh: '文件是空的。' },
  'file-too-large': {
    en: `The file is larger than ${megabytes(LIMITS.fileBytes)}, the most one import can read. Split it or simplify the shapes.`,
    zh: `文件超过 ${megabytes(LIMITS.fileBytes)}，超出单次导入的上限。请拆分文件或简化图形。`,
  },
  'unknown-format': {
    en: `This is not a file the atlas can read. Use ${FORMATS.en}.`,
    zh: `无法识别此文件。请使用 ${FORMATS.zh}。`,
  },
  'invalid-utf8': {
    en: 'The file is not valid UTF-8 text. Save it again as UTF-8.',
    zh: '文件不是有效的 UTF-8 文本。请另存为 UTF-8 编码。',
  },
  'not-utf8': {
    en: 'The file is saved as UTF-16. Save it again as UTF-8.',
    zh: '文件以 UTF-16 编码保存。请另存为 UTF-8 编码。',
  },
  'not-json': {
    en: 'The file is not valid JSON ({detail}).',
    zh: '文件不是有效的 JSON{detailZh}。',
  },
  'truncated-json': {
    en: 'The file ends in the middle of the JSON: it was probably cut short while saving or downloading.',
    zh: 'JSON 在中途结束：文件可能在保存或下载时被截断。',
  },
  'too-deep': {
    en: `The data is nested more than ${LIMITS.depth} levels deep; GeoJSON never needs that many.`,
    zh: `数据嵌套超过 ${LIMITS.depth} 层；GeoJSON 不需要这么多层。`,
  },
  'non-finite-number': {
    en: 'The file contains NaN, Infinity or a number too large to be a coordinate.',
    zh: '文件含有 NaN、Infinity 或过大而不可能是坐标的数字。',
  },
  'not-geojson': {
    en: 'This JSON is not GeoJSON: expected a FeatureCollection, a Feature or a Polygon.',
    zh: '此 JSON 不是 GeoJSON：应为 FeatureCollection、Feature 或 Polygon。',
  },
  'no-features': { en: 'The file holds no features.', zh: '文件中没有任何要素。' },
  'null-geometry': {
    en: 'Every feature has an empty (null) geometry: there is nothing to draw.',
    zh: '所有要素的几何都为空（null），没有可绘制的内容。',
  },
  'geometry-collection': {
    en: 'The file uses GeometryCollection, which the atlas does not read. Save the polygons as Polygon or MultiPolygon features.',
    zh: '文件使用了 GeometryCollection，地图集无法读取。请将多边形另存为 Polygon 或 MultiPolygon 要素。',
  },
  'no-polygons': {
    en: 'The file holds no polygons ({found}). The atlas imports areas: Polygon or MultiPolygon.',
    zh: '文件中没有多边形（{foundZh}）。地图集只导入区域：Polygon 或 MultiPolygon。',
  },
  'invalid-geometry': {
    en: 'Feature {feature}: its geometry is malformed (an unknown type, or coordinates that are not nested arrays of positions).',
    zh: '第 {feature} 个要素：几何格式错误（类型未知，或坐标不是由坐标点组成的嵌套数组）。',
  },
  'coordinates-not-numbers': {
    en: 'Feature {feature}: coordinates must be numbers, but some are text or empty.',
    zh: '第 {feature} 个要素：坐标必须是数字，但其中有文本或空值。',
  },
  'ring-too-short': {
    en: 'Feature {feature}: a ring has fewer than 4 positions (3 distinct corners and the first again), so it encloses no area.',
    zh: '第 {feature} 个要素：某个环少于 4 个坐标点（3 个不同的顶点再加首点），无法围成区域。',
  },
  'coordinates-out-of-range': {
    en: 'Feature {feature}: a coordinate is outside longitude −180…180 / latitude −90…90. Longitude and latitude may be swapped.',
    zh: '第 {feature} 个要素：有坐标超出经度 −180…180 / 纬度 −90…90 的范围。经纬度可能写反了。',
  },
  'projected-coordinates': {
    en: 'Feature {feature}: the coordinates look like projected metres, not longitude/latitude. Export the file in WGS84 (EPSG:4326), or as a zipped shapefile with its .prj.',
    zh: '第 {feature} 个要素：坐标看起来是投影坐标（米），而不是经纬度。请以 WGS84（EPSG:4326）导出，或导出带 .prj 的压缩 Shapefile。',
  },
  'ring-too-large': {
    en: `Feature {feature}: one ring has more than ${LIMITS.ringVertices.toLocaleString('en-US')} vertices. Simplify it first.`,
    zh: `第 {feature} 个要素：某个环的顶点超过 ${LIMITS.ringVertices.toLocaleString('en-US')} 个。请先简化。`,
  },
  'too-many-features': {
    en: `The file holds more than ${LIMITS.features.toLocaleString('en-US')} polygons, the most one import can take.`,
    zh: `文件中的多边形超过 ${LIMITS.features.toLocaleString('en-US')} 个，超出单次导入的上限。`,
  },
  'too-many-vertices': {
    en: `The polygons have more than ${LIMITS.totalVertices.toLocaleString('en-US')} vertices in all. Simplify them first.`,
    zh: `多边形的顶点总数超过 ${LIMITS.totalVertices.toLocaleString('en-US')} 个。请先简化。`,
  },
  'invalid-xml': {
    en: 'The KML file is not well-formed XML ({detail}).',
    zh: 'KML 文件不是格式正确的 XML{detailZh}。',
  },
  'xml-entities': {
    en: 'The KML file declares its own XML entities (<!ENTITY>), which KML never needs; it is refused for safety.',
    zh: 'KML 文件声明了自定义 XML 实体（<!ENTITY>），KML 不需要它；为安全起见拒绝导入。',
  },
  'kml-no-placemarks': {
    en: 'The KML file has no placemarks with shapes.',
    zh: 'KML 文件中没有带图形的地标（Placemark）。',
  },
  'zip-unreadable': {
    en: 'The zip file is damaged or uses a compression the browser cannot read.',
    zh: 'zip 文件已损坏，或使用了浏览器无法解压的压缩方式。',
  },
  'zip-not-shapefile': {
    en: 'The zip file holds no shapefile (.shp with its .dbf) or KML.',
    zh: 'zip 文件中没有 Shapefile（.shp 及其 .dbf）或 KML。',
  },
  'shapefile-unreadable': {
    en: 'The shapefile in the zip could not be read ({detail}): a part of it may be cut short, or its .prj names a coordinate system the atlas does not know.',
    zh: '无法读取 zip 中的 Shapefile：文件可能不完整，或其 .prj 中的坐标系无法识别。',
  },
  'internal-error': {
    en: 'The file could not be read because of an error in the atlas ({detail}).',
    zh: '由于地图集内部错误，无法读取文件。',
  },
  'worker-failed': {
    en: 'Reading the file stopped with an error. Nothing was imported.',
    zh: '读取文件时出错而中止，未导入任何内容。',
  },
  'worker-unavailable': {
    en: 'This browser cannot start the background reader needed to import files.',
    zh: '此浏览器无法启动导入文件所需的后台读取程序。',
  },
  timeout: {
    en: 'Reading the file took longer than {seconds} seconds and was stopped. Try a smaller file.',
    zh: '读取文件超过 {seconds} 秒，已停止。请尝试较小的文件。',
  },
} satisfies Record<RefusalCode, Bilingual>;

export const REFUSAL_CODES = Object.keys(REFUSALS) as RefusalCode[];

const NOTES = {
  bom: { en: 'Removed the byte-order mark at the start of the file.', zh: '已删除文件开头的字节顺序标记（BOM）。' },
  reprojected: {
    en: 'Reprojected the shapefile from its own coordinate system (.prj) to WGS84.',
    zh: '已按 Shapefile 自带的坐标系（.prj）重投影到 WGS84。',
  },
  'converted-gcj02': {
    en: 'Converted {n} polygon{s} from GCJ-02 to WGS84.',
    zh: '已将 {n} 个多边形从 GCJ-02 转换为 WGS84。',
  },
  'converted-bd09': {
    en: 'Converted {n} polygon{s} from BD-09 to WGS84.',
    zh: '已将 {n} 个多边形从 BD-09 转换为 WGS84。',
  },
  'closed-rings': { en: 'Closed {n} ring{s} that did not end where they began.', zh: '已闭合 {n} 个首尾不相接的环。' },
  rewound: {
    en: 'Rewound {n} ring{s} to the GeoJSON rule (outer rings anticlockwise, holes clockwise).',
    zh: '已按 GeoJSON 规则调整 {n} 个环的方向（外环逆时针，内环顺时针）。',
  },
  duplicates: { en: 'Dropped {n} repeated consecutive {vertices}.', zh: '已删除 {n} 个连续重复的顶点。' },
  'dropped-z': {
    en: 'Dropped the height (third coordinate) of {n} {vertices}.',
    zh: '已删除 {n} 个顶点的高度（第三个坐标）。',
  },
  'dropped-non-polygons': {
    en: 'Skipped {n} feature{s} that {are} not areas (points or lines).',
    zh: '已跳过 {n} 个非区域要素（点或线）。',
  },
  'dropped-null': { en: 'Skipped {n} feature{s} with no geometry.', zh: '已跳过 {n} 个没有几何的要素。' },
  'dropped-empty': { en: 'Skipped {n} feature{s} with empty coordinates.', zh: '已跳过 {n} 个坐标为空的要素。' },
  'self-intersecting': {
    en: 'Warning: {n} polygon{s} {cross} {themselves}: drawn as given, but the area may be wrong.',
    zh: '警告：{n} 个多边形自相交；仍会显示，但面积可能不准确。',
  },
  'values-shortened': {
    en: `Shortened {n} property value{s} to ${LIMITS.valueLength.toLocaleString('en-US')} characters.`,
    zh: `已将 {n} 个属性值截短到 ${LIMITS.valueLength.toLocaleString('en-US')} 个字符。`,
  },
  'properties-dropped': {
    en: `Kept the first ${LIMITS.propertiesPerFeature} properties of each feature; dropped {n}.`,
    zh: `每个要素只保留前 ${LIMITS.propertiesPerFeature} 个属性；已删除 {n} 个。`,
  },
} satisfies Record<NoteCode, Bilingual>;

const fill = (template: string, values: Readonly<Record<string, string | number>>): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = values[key];
    return value === undefined ? whole : typeof value === 'number' ? value.toLocaleString('en-US') : value;
  });

const filled = (message: Bilingual, values: Readonly<Record<string, string | number>>): Bilingual => ({
  en: fill(message.en, values),
  zh: fill(message.zh, values),
});

export const refusalMessage = (code: RefusalCode, values: Readonly<Record<string, string | number>> = {}): Bilingual =>
  filled(REFUSALS[code], values);

/** English plurals for a count `n` (Chinese has none). */
const plurals = (n: number) =>
  n === 1
    ? { s: '', are: 'is', vertices: 'vertex', cross: 'crosses', themselves: 'itself' }
    : { s: 's', are: 'are', vertices: 'vertices', cross: 'cross', themselves: 'themselves' };

export const noteMessage = (code: NoteCode, n: number): Bilingual => filled(NOTES[code], { n, ...plurals(n) });
