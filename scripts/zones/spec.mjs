// The zones of the atlas: their facts (with sources) and the rough rings their outlines are drawn from.
//
// `draw` holds one or more hand-drawn rings per zone, in [lon, lat] (WGS84), placed where facts.md puts
// each part (sections 1b and 3). They are schematic: no published boundary polygon exists for any FTZ
// part. scripts/build-zones.mjs scales every ring about its own centroid, by one factor per zone, so
// the outline's geodesic area equals `scaleToKm2` (the official figure where one exists).
//
// Parent areas are not drawn: their geometry is the union of their parts' outlines.
import { PRESS_CONFERENCE, KAIZEN, MOFCOM_INVEST, MOBILIZATION_MEETING } from './sources.mjs';

/** @type {Array<Record<string, unknown>>} */
export const zones = [
  // --- Sci-Tech Innovation Area -------------------------------------------------------------
  {
    id: 'sci-tech-innovation-area',
    name_en: 'Sci-Tech Innovation Area',
    name_zh: '科技创新片区',
    kind: 'ftz-area',
    parent: null,
    district: ['Haidian', 'Changping'],
    official_area_km2: 31.85,
    area_scope: 'Whole area, as announced on 24 Sep 2020',
    outline: 'indicative',
    in_ftz: true,
    focus_en: ['New-generation information technology', 'Biology and health', 'Sci-tech services'],
    focus_zh: ['新一代信息技术', '生物与健康', '科技服务'],
    description_en:
      'The FTZ area in northern Haidian and Changping, meant to become a digital-economy pilot zone, a global venture-capital centre and a pioneer of sci-tech reform.',
    description_zh: '位于海淀北部和昌平，打造数字经济试验区、全球创业投资中心和科技体制改革先行示范区。',
    sources: [PRESS_CONFERENCE, KAIZEN, MOFCOM_INVEST],
  },
  {
    id: 'zhongguancun-science-city-part',
    name_en: 'Zhongguancun Science City part (Cuihu and Yongfeng)',
    name_zh: '中关村科学城（翠湖科技园、永丰基地）',
    kind: 'ftz-part',
    parent: 'sci-tech-innovation-area',
    district: ['Haidian'],
    official_area_km2: 21.59,
    area_scope: 'Cuihu Sci-Tech Park, Yongfeng base and surrounding usable industrial space',
    outline: 'indicative',
    in_ftz: true,
    focus_en: ['Artificial intelligence', 'Integrated circuits', 'Intelligent connected vehicles', 'New materials'],
    focus_zh: ['人工智能', '集成电路', '智能网联汽车', '新材料'],
    description_en:
      'Northern Haidian, not the old Zhongguancun core: the Cuihu Sci-Tech Park west of the Shangzhuang area and the Yongfeng base along the Beiqing Road corridor.',
    description_zh: '位于海淀北部（而非中关村核心区），包括上庄一带的翠湖科技园和北清路沿线的永丰基地。',
    sources: [PRESS_CONFERENCE],
    draw: [
      [
        [116.165, 40.095],
        [116.205, 40.105],
        [116.25, 40.09],
        [116.262, 40.065],
        [116.235, 40.055],
        [116.19, 40.062],
        [116.165, 40.075],
      ],
    ],
  },
  {
    id: 'life-science-park-part',
    name_en: 'Life Science Park surroundings',
    name_zh: '北京生命科学园周边',
    kind: 'ftz-part',
    parent: 'sci-tech-innovation-area',
    district: ['Changping'],
    official_area_km2: 10.26,
    area_scope: 'Usable industrial space around the Beijing (Zhongguancun) Life Science Park',
    outline: 'indicative',
    in_ftz: true,
    focus_en: ['Biology and health', 'Innovative drugs', 'Medical devices'],
    focus_zh: ['生物与健康', '创新药', '医疗器械'],
    description_en:
      'The "Life Valley" of Future Science City in Changping; its Phase III is described by the park operator as the core of the Sci-Tech Innovation Area.',
    description_zh: '未来科学城“生命谷”，园区三期被称为自贸区科技创新片区的核心区。',
    sources: [PRESS_CONFERENCE],
    draw: [
      [
        [116.272, 40.097],
        [116.3, 40.097],
        [116.308, 40.115],
        [116.285, 40.123],
        [116.268, 40.112],
      ],
    ],
  },

  // --- International Business Services Area -------------------------------------------------
  {
    id: 'international-business-services-area',
    name_en: 'International Business Services Area',
    name_zh: '国际商务服务片区',
    kind: 'ftz-area',
    parent: null,
    district: ['Shunyi', 'Chaoyang', 'Tongzhou'],
    official_area_km2: 48.34,
    area_scope:
      'Whole area. Its four published parts add up to 47.29 km²; the remaining 1.05 km² is not explained in the retrieved sources.',
    outline: 'indicative',
    in_ftz: true,
    focus_en: [
      'Digital trade',
      'Cultural trade',
      'Business exhibitions',
      'Healthcare',
      'International delivery and logistics',
      'Cross-border financial services',
    ],
    focus_zh: ['数字贸易', '文化贸易', '商务会展', '医疗健康', '国际寄递物流', '跨境金融'],
    description_en:
      'Four parts in Shunyi, Chaoyang and Tongzhou: around Capital Airport, the CBD, Jinzhan and the sub-centre’s Canal Business District with Zhangjiawan Design Town.',
    description_zh:
      '由顺义、朝阳、通州四个组团组成：首都机场周边、北京CBD、金盏国际合作服务区、运河商务区和张家湾设计小镇。',
    sources: [PRESS_CONFERENCE, MOFCOM_INVEST, MOBILIZATION_MEETING],
  },
  {
    id: 'capital-airport-part',
    name_en: 'Capital International Airport surroundings',
    name_zh: '首都国际机场周边',
    kind: 'ftz-part',
    parent: 'international-business-services-area',
    district: ['Shunyi'],
    official_area_km2: 28.5,
    area_scope:
      'Usable industrial space around the airport, including Tianzhu Comprehensive Bonded Zone, the airport economic core zone, the new China International Exhibition Center and Jinma Industrial Park',
    outline: 'indicative',
    in_ftz: true,
    focus_en: ['Airport economy', 'Conventions and exhibitions', 'Digital trade'],
    focus_zh: ['临空经济', '会展', '数字贸易'],
    description_en:
      'Land west and north of Capital Airport in Shunyi, from the new China International Exhibition Center to the Tianzhu Comprehensive Bonded Zone.',
    description_zh: '首都机场西侧和北侧的顺义区域，从新国展到天竺综合保税区。',
    sources: [PRESS_CONFERENCE, MOFCOM_INVEST, MOBILIZATION_MEETING],
    draw: [
      [
        [116.525, 40.045],
        [116.565, 40.045],
        [116.565, 40.1],
        [116.62, 40.1],
        [116.62, 40.125],
        [116.525, 40.125],
      ],
    ],
  },
  {
    id: 'cbd-part',
    name_en: 'Beijing CBD part',
    name_zh: '北京CBD',
    kind: 'ftz-part',
    parent: 'international-business-services-area',
    district: ['Chaoyang'],
    official_area_km2: 4.96,
    area_scope: 'The FTZ part of the CBD (4.96 km²), a different boundary from the original 3.99 km² CBD',
    outline: 'indicative',
    in_ftz: true,
    focus_en: ['Cross-border finance', 'Professional services', 'Digital economy cooperation'],
    focus_zh: ['跨境金融', '专业服务', '数字经济国际合作'],
    description_en: 'Beijing’s central business district around Guomao, between the East 3rd and 4th Ring Roads.',
    description_zh: '以国贸为中心、位于东三环和东四环之间的北京商务中心区。',
    sources: [PRESS_CONFERENCE, MOFCOM_INVEST, MOBILIZATION_MEETING],
    draw: [
      [
        [116.443, 39.9],
        [116.478, 39.9],
        [116.478, 39.922],
        [116.443, 39.922],
      ],
    ],
  },
  {
    id: 'jinzhan-part',
    name_en: 'Jinzhan International Cooperation Service Zone part',
    name_zh: '金盏国际合作服务区',
    kind: 'ftz-part',
    parent: 'international-business-services-area',
    district: ['Chaoyang'],
    official_area_km2: 2.96,
    area_scope: 'The FTZ part (2.96 km²) of the 12.17 km² Jinzhan zone',
    outline: 'indicative',
    in_ftz: true,
    focus_en: ['Cross-border finance', 'International cooperation'],
    focus_zh: ['跨境金融', '国际合作'],
    description_en: 'East of the East 5th Ring Road in Chaoyang, near Beijing’s fourth embassy district.',
    description_zh: '位于朝阳区东五环外，毗邻第四使馆区。',
    sources: [PRESS_CONFERENCE, MOFCOM_INVEST],
    draw: [
      [
        [116.55, 39.982],
        [116.572, 39.982],
        [116.572, 39.998],
        [116.55, 39.998],
      ],
    ],
  },
  {
    id: 'canal-zhangjiawan-part',
    name_en: 'Canal Business District and Zhangjiawan Design Town',
    name_zh: '运河商务区和张家湾设计小镇',
    kind: 'ftz-part',
    parent: 'international-business-services-area',
    district: ['Tongzhou'],
    official_area_km2: 10.87,
    area_scope: 'Usable industrial space around the Canal Business District and Zhangjiawan Design Town',
    outline: 'indicative',
    in_ftz: true,
    focus_en: ['Financial innovation', 'High-end business services', 'Urban design'],
    focus_zh: ['金融创新', '高端商务服务', '城市设计'],
    description_en:
      'In Beijing’s sub-centre in Tongzhou: the Canal Business District on the North Canal and the Zhangjiawan Design Town to its south.',
    description_zh: '位于城市副中心通州：北运河畔的运河商务区及其南面的张家湾设计小镇。',
    sources: [PRESS_CONFERENCE, MOFCOM_INVEST, MOBILIZATION_MEETING],
    draw: [
      [
        [116.665, 39.9],
        [116.7, 39.9],
        [116.7, 39.925],
        [116.665, 39.925],
      ],
      [
        [116.69, 39.855],
        [116.712, 39.855],
        [116.712, 39.87],
        [116.69, 39.87],
      ],
    ],
  },

  // --- High-end Industry Area ----------------------------------------------------------------
  {
    id: 'high-end-industry-area',
    name_en: 'High-end Industry Area',
    name_zh: '高端产业片区',
    kind: 'ftz-area',
    parent: null,
    district: ['Daxing', 'Tongzhou'],
    official_area_km2: 39.49,
    area_scope: 'Whole area. No retrieved source gives the areas of its parts.',
    outline: 'indicative',
    in_ftz: true,
    focus_en: [],
    focus_zh: [],
    description_en:
      'Parts in the Beijing Economic-Technological Development Area (Yizhuang) and around the Daxing biomedicine base, linked with the Sci-Tech Innovation Area.',
    description_zh: '包括北京经济技术开发区（亦庄）和大兴生物医药基地周边区域，与科技创新片区联动发展。',
    sources: [MOFCOM_INVEST, MOBILIZATION_MEETING],
  },
  {
    id: 'yizhuang-part',
    name_en: 'Beijing Economic-Technological Development Area part (Yizhuang)',
    name_zh: '北京经济技术开发区（亦庄）',
    kind: 'ftz-part',
    parent: 'high-end-industry-area',
    district: ['Daxing', 'Tongzhou'],
    official_area_km2: null,
    area_scope: 'Area of this part not published in the retrieved sources',
    outline: 'indicative',
    in_ftz: true,
    focus_en: [],
    focus_zh: [],
    description_en: 'The development area in south-east Beijing, just outside the South 5th Ring Road.',
    description_zh: '位于北京东南部、南五环外的经济技术开发区。',
    sources: [MOFCOM_INVEST],
    draw: [
      [
        [116.47, 39.775],
        [116.515, 39.77],
        [116.545, 39.79],
        [116.53, 39.815],
        [116.49, 39.815],
        [116.47, 39.8],
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
    area_scope: 'Area of this part not published in the retrieved sources',
    outline: 'indicative',
    in_ftz: true,
    focus_en: ['Biomedicine'],
    focus_zh: ['生物医药'],
    description_en: 'The “China Medicine Valley” base near Tiangongyuan, at the southern end of Metro Line 4.',
    description_zh: '天宫院附近的“中国药谷”，位于地铁4号线南端。',
    sources: [MOFCOM_INVEST],
    draw: [
      [
        [116.305, 39.66],
        [116.335, 39.66],
        [116.34, 39.685],
        [116.31, 39.688],
      ],
    ],
  },
];

/**
 * Scaling targets for parts with no published area, so their parent's outline still matches its
 * official total. Split in proportion to the published extents of the two bases (BDA 46.8 km²,
 * biomedicine base 13.4 km², facts.md section 3): a drawing choice, never shown as an official figure.
 */
export const unpublishedPartTargets = {
  'yizhuang-part': (39.49 * 46.8) / (46.8 + 13.4),
  'daxing-biomedicine-part': (39.49 * 13.4) / (46.8 + 13.4),
};
