// Points of reference: the two airports, the venues of the services-trade fair (CIFTIS) and Tiananmen.
// Each `point` is WGS84 [lon, lat] from facts.md section 3 or an OSM station (see `location_note`).
import {
  CGTN_SHUNYI,
  MOBILIZATION_MEETING,
  DAXING_AIRPORT_ZONE,
  CGTN_CIFTIS_2020,
  CIFTIS_2020_VENUE,
  CIFTIS_2021_VENUES,
  OSM_STATIONS,
} from './sources.mjs';

const POINT_SCOPE = 'A point of reference, shown as a point; no area applies.';
const POINT_SCOPE_ZH = '参考地点，以点表示；不涉及面积。';
const NOT_IN_FTZ = 'Not part of the Beijing FTZ.';

const referencePoint = (fields) => ({
  kind: 'reference-point',
  parent: null,
  official_area_km2: null,
  area_scope: POINT_SCOPE,
  area_scope_zh: POINT_SCOPE_ZH,
  outline: 'point',
  in_ftz: false,
  ...fields,
});

export const referencePoints = [
  referencePoint({
    id: 'capital-international-airport',
    name_en: 'Beijing Capital International Airport (PEK)',
    name_zh: '北京首都国际机场',
    district: ['Chaoyang'],
    focus_en: ['Aviation'],
    focus_zh: ['航空'],
    description_en: `China’s busiest airport (CGTN, 2020); the FTZ’s capital-airport part and the Shunyi demonstration zone lie west and north of it. The airport itself is a Chaoyang exclave inside Shunyi. ${NOT_IN_FTZ}`,
    description_zh:
      '中国最繁忙的机场（CGTN，2020年）；自贸区首都机场片区和顺义综合示范区位于其西侧和北侧。机场本身是朝阳区在顺义境内的飞地。',
    sources: [CGTN_SHUNYI],
    aliases: ['PEK', 'ZBAA', 'Capital Airport', '首都机场'],
    location_note:
      '40.0801° N, 116.5850° E: the OurAirports record of ZBAA (ourairports.com); a second public dataset gives 116.6031° E.',
    location_note_zh:
      '北纬40.0801°，东经116.5850°：OurAirports中ZBAA的记录（ourairports.com）；另一公开数据集给出东经116.6031°。',
    point: [116.585, 40.0801],
  }),
  referencePoint({
    id: 'daxing-international-airport',
    name_en: 'Beijing Daxing International Airport (PKX)',
    name_zh: '北京大兴国际机场',
    district: ['Daxing', 'Guangyang (Langfang, Hebei)'],
    focus_en: ['Aviation'],
    focus_zh: ['航空'],
    description_en: `Beijing’s second hub airport, on the Beijing–Hebei border; its economic zone lies to the north. ${NOT_IN_FTZ}`,
    description_zh: '北京第二个枢纽机场，位于京冀交界处；临空经济区位于其北侧。',
    sources: [MOBILIZATION_MEETING, DAXING_AIRPORT_ZONE],
    aliases: ['PKX', 'ZBAD', 'Daxing Airport', '大兴机场'],
    location_note:
      '39.5098° N, 116.4105° E: three public airport tables in the OurAirports format (ourairports.com), which agree to four decimals. The terminal straddles the Beijing–Hebei border.',
    location_note_zh:
      '北纬39.5098°，东经116.4105°：三个OurAirports格式的公开机场数据表（ourairports.com），彼此在小数点后四位一致。航站楼横跨京冀边界。',
    point: [116.4105, 39.5098],
  }),
  referencePoint({
    id: 'olympic-park-cncc',
    name_en: 'Olympic Park and China National Convention Center (CIFTIS venue)',
    name_zh: '奥林匹克公园和国家会议中心（服贸会场馆）',
    district: ['Chaoyang'],
    focus_en: ['Trade fairs', 'Conventions'],
    focus_zh: ['展会', '会议'],
    description_en: `Venue of the 2020 China International Fair for Trade in Services (CIFTIS), where the Beijing FTZ was announced on 4 Sep 2020: temporary halls ran 1.9 km through the Olympic Park beside the convention center. ${NOT_IN_FTZ}`,
    description_zh:
      '2020年中国国际服务贸易交易会（服贸会）举办地，北京自贸区于2020年9月4日在此宣布：临时展馆沿奥林匹克公园延伸1.9公里，毗邻国家会议中心。',
    sources: [CGTN_CIFTIS_2020, CIFTIS_2020_VENUE, CIFTIS_2021_VENUES, OSM_STATIONS],
    aliases: [
      'CIFTIS',
      'CNCC',
      'China National Convention Center',
      'Olympic Green',
      '服贸会',
      '国家会议中心',
      '奥林匹克公园',
    ],
    location_note: 'At OSM station Olympic Park (Line 8), next to the China National Convention Center.',
    location_note_zh: '位于OSM中的奥林匹克公园站（8号线），紧邻国家会议中心。',
    point: [116.38676, 40.00039],
  }),
  referencePoint({
    id: 'shougang-park',
    name_en: 'Shougang Park (CIFTIS venue)',
    name_zh: '首钢园（服贸会场馆）',
    district: ['Shijingshan'],
    focus_en: ['Trade fairs'],
    focus_zh: ['展会'],
    description_en: `A former steelworks in western Beijing; from 2021 the second venue of CIFTIS, beside the China National Convention Center. ${NOT_IN_FTZ}`,
    description_zh: '北京西部的原首钢厂区；自2021年起与国家会议中心一起成为服贸会的两大场馆之一。',
    sources: [CIFTIS_2021_VENUES, OSM_STATIONS],
    aliases: ['CIFTIS', 'Shougang', 'Big Air Shougang', '服贸会', '首钢园'],
    location_note: 'At OSM station Xinshougang (Line 11), on the park’s south-east side.',
    location_note_zh: '位于园区东南侧的OSM中的新首钢站（11号线）。',
    point: [116.15861, 39.90767],
  }),
  referencePoint({
    id: 'tiananmen',
    name_en: 'Tiananmen',
    name_zh: '天安门',
    district: ['Dongcheng'],
    focus_en: [],
    focus_zh: [],
    description_en: `The centre of Beijing, for orientation. ${NOT_IN_FTZ}`,
    description_zh: '北京城市中心，供定位参考。',
    sources: [OSM_STATIONS],
    aliases: ["Tian'anmen", 'Tiananmen Square', '天安门广场'],
    location_note:
      'Midway between OSM stations Tiananmen West and Tiananmen East, on Chang’an Avenue in front of the gate.',
    location_note_zh: '位于OSM中的天安门西站与天安门东站之间的中点，在城楼前的长安街上。',
    point: [116.39004, 39.90615],
  }),
];
