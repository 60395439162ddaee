// The FTZ's High-end Industry Area and its two parts, whose areas are not published.
// Rings are [lon, lat] (WGS84); see spec.mjs.
import { MOFCOM_INVEST, MOBILIZATION_MEETING } from './sources.mjs';
import { NO_PUBLISHED_BOUNDARY, NO_PUBLISHED_BOUNDARY_ZH } from './phrases.mjs';

/**
 * No retrieved source gives the areas of the High-end Industry Area's parts. To keep the area's
 * outline at its official 39.49 km², its two parts are drawn to share it in proportion to the
 * published extents of the two bases (BDA 46.8 km², biomedicine base 13.4 km²; facts.md section 3).
 * A drawing choice, never shown as an official figure.
 */
const HIGH_END_TOTAL = 39.49;
const drawnShare = (baseKm2) => Math.round(((HIGH_END_TOTAL * baseKm2) / (46.8 + 13.4)) * 100) / 100;
const UNPUBLISHED_PART =
  'Area of this part not published in the retrieved sources. The outline is drawn at {drawn} km², its share of the 39.49 km² area in proportion to the published extent of its base; that is a drawing choice, not an official figure.';
const UNPUBLISHED_PART_ZH =
  '已获取的资料未公布该组团的面积。轮廓按{drawn}平方公里绘制：按其所在基地已公布面积的比例分摊片区的39.49平方公里；这是绘图上的选择，并非官方数字。';

export const highEnd = [
  {
    id: 'high-end-industry-area',
    name_en: 'High-end Industry Area',
    name_zh: '高端产业片区',
    kind: 'ftz-area',
    parent: null,
    district: ['Daxing', 'Tongzhou'],
    official_area_km2: HIGH_END_TOTAL,
    area_scope:
      'Whole area. No retrieved source gives the areas of its parts, so their outlines share the 39.49 km² by a drawing rule (see each part). No retrieved source gives a Daxing Airport part of this area either; none is drawn.',
    area_scope_zh:
      '整个片区。已获取的资料均未给出其各组团的面积，因此各组团轮廓按一条绘图规则分摊39.49平方公里（见各组团）。已获取的资料也均未给出该片区的大兴机场组团；因此未绘制。',
    outline: 'indicative',
    in_ftz: true,
    focus_en: [],
    focus_zh: [],
    description_en:
      'Parts in the Beijing Economic-Technological Development Area (Yizhuang) and around the Daxing biomedicine base, linked with the Sci-Tech Innovation Area.',
    description_zh: '包括北京经济技术开发区（亦庄）和大兴生物医药基地周边区域，与科技创新片区联动发展。',
    sources: [MOFCOM_INVEST, MOBILIZATION_MEETING],
    aliases: ['High-end Industry Zone', '高端产业区'],
  },
  {
    id: 'yizhuang-part',
    name_en: 'Beijing Economic-Technological Development Area part (Yizhuang)',
    name_zh: '北京经济技术开发区（亦庄）',
    kind: 'ftz-part',
    parent: 'high-end-industry-area',
    district: ['Daxing', 'Tongzhou'],
    official_area_km2: null,
    area_scope: UNPUBLISHED_PART.replace('{drawn}', String(drawnShare(46.8))),
    area_scope_zh: UNPUBLISHED_PART_ZH.replace('{drawn}', String(drawnShare(46.8))),
    outline: 'indicative',
    in_ftz: true,
    focus_en: [],
    focus_zh: [],
    description_en: 'The development area in south-east Beijing, just outside the South 5th Ring Road.',
    description_zh: '位于北京东南部、南五环外的经济技术开发区。',
    sources: [MOFCOM_INVEST, MOBILIZATION_MEETING],
    aliases: [
      'Yizhuang',
      'BDA',
      'E-Town',
      'Beijing Economic-Technological Development Area',
      '亦庄',
      '经开区',
      '北京经济技术开发区',
    ],
    location_note: `Drawn around OSM station Rongjing East Street, south of the Chaoyang boundary. ${NO_PUBLISHED_BOUNDARY}`,
    location_note_zh: `围绕OSM中的荣京东街站绘制，位于朝阳区界以南。${NO_PUBLISHED_BOUNDARY_ZH}`,
    drawAreaKm2: drawnShare(46.8),
    draw: [
      [
        [116.47, 39.772],
        [116.515, 39.762],
        [116.56, 39.78],
        [116.548, 39.806],
        [116.505, 39.812],
        [116.476, 39.804],
      ],
    ],
  },
  {
    id: 'daxing-biomedicine-part',
    name_en: 'Daxing biomedicine base surroundings',
    name_zh: '大兴生物医药基地周边',
    kind: 'ftz-part',
    parent: 'high-end-industry-area',
    district: ['Daxing'],
    official_area_km2: null,
    area_scope: UNPUBLISHED_PART.replace('{drawn}', String(drawnShare(13.4))),
    area_scope_zh: UNPUBLISHED_PART_ZH.replace('{drawn}', String(drawnShare(13.4))),
    outline: 'indicative',
    in_ftz: true,
    focus_en: ['Biomedicine'],
    focus_zh: ['生物医药'],
    description_en: 'The “China Medicine Valley” base near Tiangongyuan, at the southern end of Metro Line 4.',
    description_zh: '天宫院附近的“中国药谷”，位于地铁4号线南端。',
    sources: [MOFCOM_INVEST, MOBILIZATION_MEETING],
    aliases: ['China Medicine Valley', 'Daxing biomedicine base', 'Tiangongyuan', '中国药谷', '生物医药基地', '天宫院'],
    location_note: `Drawn around OSM stations Biomedical Base and Tiangongyuan (Line 4). ${NO_PUBLISHED_BOUNDARY}`,
    location_note_zh: `围绕OSM中的生物医药基地站和天宫院站（4号线）绘制。${NO_PUBLISHED_BOUNDARY_ZH}`,
    drawAreaKm2: drawnShare(13.4),
    draw: [
      [
        [116.3, 39.662],
        [116.332, 39.662],
        [116.336, 39.69],
        [116.304, 39.692],
      ],
    ],
  },
];
