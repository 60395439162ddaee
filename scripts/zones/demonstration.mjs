// The services-opening demonstration zone: Shunyi's "3+7+N" zone, the parks named at the 9 Oct 2020
// meeting, and the Daxing Airport Economic Zone with its bonded zone. Only the Shunyi zone overlaps the
// FTZ (it is drawn on the FTZ's capital-airport part); the others lie outside the 119.68 km².
import {
  MOBILIZATION_MEETING,
  CGTN_SHUNYI,
  PRESS_CONFERENCE,
  FINANCIAL_STREET_EXTENT,
  LIZE_PLAN,
  OSM_ROADS,
  TONGZHOU_CULTURAL_TOURISM_PLAN,
  DAXING_AIRPORT_ZONE,
  DAXING_AIRPORT_ZONE_AREAS,
  DAXING_CBZ,
  DAXING_CBZ_PHASE_ONE,
} from './sources.mjs';
import { NOT_IN_FTZ } from './phrases.mjs';

const SHUNYI_SECTORS_EN = [
  'Aviation services',
  'Cross-border finance',
  'Cultural trade',
  'Business exhibition',
  'Digital trade',
  'Healthcare',
  'International delivery and logistics',
];
const SHUNYI_SECTORS_ZH = ['航空服务', '跨境金融', '文化贸易', '商务会展', '数字贸易', '医疗健康', '国际寄递物流'];

export const shunyi = [
  {
    id: 'shunyi-demonstration-zone',
    name_en: 'Shunyi national comprehensive demonstration zone ("3+7+N")',
    name_zh: '顺义国家综合示范区（“3+7+N”）',
    kind: 'demo-zone',
    parent: null,
    district: ['Shunyi'],
    official_area_km2: 28.5,
    area_scope:
      '28.5 km² as given by CGTN (2 Nov 2020). No other retrieved source describes the "3+7+N" zone; the Beijing press conference of 24 Sep 2020 and MOFCOM’s Invest in China (11 Nov 2020) give 28.5 km² only as the FTZ’s usable industrial space around Capital Airport, so the zone is drawn on that part’s outline.',
    area_scope_zh:
      '28.5平方公里，据CGTN（2020年11月2日）。已获取的其他资料均未描述“3+7+N”示范区；2020年9月24日北京市新闻发布会和商务部“投资中国”网站（2020年11月11日）仅将28.5平方公里列为自贸区首都机场周边可利用的产业空间，因此该示范区按该组团的轮廓绘制。',
    outline: 'indicative',
    in_ftz: true,
    focus_en: SHUNYI_SECTORS_EN,
    focus_zh: SHUNYI_SECTORS_ZH,
    description_en:
      'Shunyi’s platform for opening up services and the digital economy: "3" parks serve companies in "7" sectors, and "N" stands for the goal of a better business environment and free investment and trade. Local government signed agreements with 26 companies at its launch.',
    description_zh:
      '顺义服务业和数字经济开放平台：“3”个园区服务“7”大领域的企业，“N”代表优化营商环境、促进投资贸易自由便利的总体目标。启动时与26家企业签约。',
    sources: [CGTN_SHUNYI, PRESS_CONFERENCE],
    aliases: ['Shunyi', '3+7+N', 'Shunyi demonstration zone', '顺义', '综合示范区'],
    location_note:
      'Shares the outline of the FTZ part "Capital International Airport surroundings" (same 28.5 km²); the Sino-German park, one of its three parks, lies outside that outline and is shown as its own point.',
    location_note_zh:
      '与自贸区组团“首都国际机场周边”共用轮廓（同为28.5平方公里）；其三大园区之一的中德国际合作产业园位于该轮廓之外，另以一个点表示。',
    same_outline_as: 'capital-airport-part',
    sectors_en: SHUNYI_SECTORS_EN,
    sectors_zh: SHUNYI_SECTORS_ZH,
    parks: [
      {
        name_en: 'Tianzhu Free Trade Zone (Tianzhu Comprehensive Bonded Zone)',
        name_zh: '天竺综合保税区',
        zone: 'tianzhu-comprehensive-bonded-zone',
      },
      { name_en: 'Capital Airport Economic Demonstration Zone', name_zh: '首都机场临空经济示范区' },
      {
        name_en: 'Sino-German International Cooperation Industrial Park',
        name_zh: '中德国际合作产业园',
        zone: 'sino-german-industrial-park',
      },
    ],
  },
];

export const demonstrationParks = [
  {
    id: 'financial-street',
    name_en: 'Financial Street',
    name_zh: '金融街',
    kind: 'demo-park',
    parent: null,
    district: ['Xicheng'],
    official_area_km2: null,
    area_scope:
      'No area in the retrieved sources. Beijing Review (2008) describes the street as about 600 m wide and 1.7 km long, from Fuxingmen to Fuchengmen; the outline has those dimensions (about 1 km²).',
    area_scope_zh:
      '已获取的资料中没有面积数字。《北京周报》（2008年）称金融街宽约600米、长约1.7公里，从复兴门至阜成门；轮廓按此尺寸绘制（约1平方公里）。',
    outline: 'approximate',
    in_ftz: false,
    focus_en: ['Finance'],
    focus_zh: ['金融'],
    description_en: `Beijing’s financial centre on the west side of the West 2nd Ring Road, home to the central bank and the financial regulators; a key park of the demonstration zone. ${NOT_IN_FTZ}`,
    description_zh:
      '位于西二环东侧的北京金融中心，聚集中国人民银行和金融监管机构，是综合示范区重点园区。不属于北京自贸试验区。',
    sources: [MOBILIZATION_MEETING, FINANCIAL_STREET_EXTENT],
    aliases: ['Financial Street', 'Jinrongjie', 'Finance Street', '金融街'],
    location_note:
      'Drawn 600 m wide east of the West 2nd Ring Rd (OSM stations Fuxingmen and Fuchengmen), 1.7 km from Fuxingmen Inner St to Fuchengmen Inner St.',
    location_note_zh:
      '在西二环路以东（OSM中的复兴门站和阜成门站）按600米宽绘制，从复兴门内大街至阜成门内大街，长1.7公里。',
    draw: [
      [
        [116.3515, 39.9075],
        [116.3585, 39.9075],
        [116.3585, 39.9228],
        [116.3515, 39.9228],
      ],
    ],
  },
  {
    id: 'lize-financial-business-district',
    name_en: 'Lize Financial Business District',
    name_zh: '丽泽金融商务区',
    kind: 'demo-park',
    parent: null,
    district: ['Fengtai'],
    official_area_km2: 8.09,
    area_scope: 'Total planning area of 8.09 km² (2010 plan), of which the core business area is about 2.79 km²',
    area_scope_zh: '总规划面积8.09平方公里（2010年规划），其中商务核心区约2.79平方公里',
    outline: 'indicative',
    in_ftz: false,
    focus_en: ['Emerging finance', 'Digital finance'],
    focus_zh: ['新兴金融', '数字金融'],
    description_en: `Beijing’s “second Financial Street”, between the south-west 2nd and 3rd Ring Roads; a key park of the demonstration zone. ${NOT_IN_FTZ}`,
    description_zh: '位于西南二、三环之间的“第二金融街”，是综合示范区重点园区。不属于北京自贸试验区。',
    sources: [MOBILIZATION_MEETING, LIZE_PLAN, OSM_ROADS],
    aliases: ['Lize', 'Lize Business District', 'Second Financial Street', '丽泽', '丽泽商务区'],
    location_note:
      'Drawn along roads, between the south-west 2nd and 3rd Ring Roads as described: west and south, the West and South 3rd Ring Rd; north-east, the South 2nd Ring Rd (both at their OpenStreetMap positions of 2012–13); north, just inside the Xicheng boundary, past OSM station Lize Business District and Lize Rd. The east end is a drawing choice. Its plan boundary (administrative units from Maliandao to Taipingqiao) was not drawn precisely.',
    location_note_zh:
      '沿道路绘制，按所述位于西南二、三环之间：西、南至西三环路和南三环路；东北至南二环路（均按OpenStreetMap 2012–13年的位置）；北至紧邻西城区界以南处，经过OSM中的丽泽商务区站和丽泽路。东端为绘图选择。其规划边界（从马连道到太平桥的各行政单元）未精确绘制。',
    // Ring-road vertices are OSM's (rounded); the north edge is the only free line.
    draw: [
      [
        [116.3057, 39.8728],
        [116.3068, 39.8628],
        [116.3086, 39.8591],
        [116.313, 39.8542],
        [116.356, 39.8551],
        [116.356, 39.8662],
        [116.3461, 39.8662],
        [116.3415, 39.8686],
        [116.338, 39.8716],
      ],
    ],
  },
  {
    id: 'tongzhou-cultural-tourism-zone',
    name_en: 'Tongzhou Cultural Tourism Zone',
    name_zh: '通州文化旅游区',
    kind: 'demo-park',
    parent: null,
    district: ['Tongzhou'],
    official_area_km2: 12,
    area_scope: 'About 12 km² (the zone’s 2022 implementation plan); Universal Beijing Resort is inside it',
    area_scope_zh: '约12平方公里（该区2022年实施方案）；北京环球度假区位于其中',
    outline: 'indicative',
    in_ftz: false,
    focus_en: ['Cultural tourism', 'Film and media', 'International exchange'],
    focus_zh: ['文化旅游', '影视传媒', '国际交往'],
    description_en: `The south-west of Beijing’s sub-centre around Universal Beijing Resort, between Tongzhou’s old town, the Taihu performing-arts town and Zhangjiawan; a key park of the demonstration zone. ${NOT_IN_FTZ}`,
    description_zh:
      '位于城市副中心西南部、以北京环球度假区为核心，北邻通州老城，南接台湖演艺小镇，东望张家湾，是综合示范区重点园区。不属于北京自贸试验区。',
    sources: [MOBILIZATION_MEETING, TONGZHOU_CULTURAL_TOURISM_PLAN],
    aliases: [
      'Universal Beijing Resort',
      'Universal Studios',
      'Cultural Tourism Zone',
      '环球度假区',
      '环球影城',
      '文旅区',
    ],
    location_note:
      'Drawn around OSM station Universal Resort, west of the Zhangjiawan Design Town; the plan’s published boundary was not retrieved.',
    location_note_zh: '围绕OSM中的环球度假区站绘制，位于张家湾设计小镇以西；规划公布的边界未能获取。',
    draw: [
      [
        [116.645, 39.836],
        [116.688, 39.836],
        [116.688, 39.866],
        [116.645, 39.866],
      ],
    ],
  },
];

export const daxingAirport = [
  {
    id: 'daxing-airport-economic-zone',
    name_en: 'Beijing Daxing International Airport Economic Zone (Beijing part)',
    name_zh: '北京大兴国际机场临空经济区（北京部分）',
    kind: 'airport-zone',
    parent: null,
    district: ['Daxing'],
    official_area_km2: 50,
    area_scope:
      'About 50 km²: the Beijing (Daxing) part of a core area of about 150 km² that continues for about 100 km² in Langfang, Hebei. East area about 24 km², west area about 26 km².',
    area_scope_zh:
      '约50平方公里：约150平方公里核心区的北京（大兴）部分，核心区另有约100平方公里位于河北廊坊。东区约24平方公里，西区约26平方公里。',
    outline: 'indicative',
    in_ftz: false,
    focus_en: ['Aviation services', 'Conventions and consumption', 'Life and health', 'Sci-tech innovation'],
    focus_zh: ['航空服务', '会展消费', '生命健康', '科技创新'],
    description_en: `North of the new airport on the Beijing–Hebei border; the 9 Oct 2020 meeting asks to boost its development. It is described as the only area in China with the free-trade-zone policies of two provinces or municipalities. ${NOT_IN_FTZ} Whether part of it belongs to the High-end Industry Area is unverified.`,
    description_zh:
      '位于大兴机场北侧、京冀交界处；2020年10月9日动员会提出加快其发展。据报道，这是全国唯一同时享有两省市自贸区政策的区域。不属于北京自贸试验区（其是否有部分属于高端产业片区尚未核实）。',
    sources: [MOBILIZATION_MEETING, DAXING_AIRPORT_ZONE, DAXING_AIRPORT_ZONE_AREAS],
    aliases: ['Daxing Airport Economic Zone', 'Daxing airport zone', 'PKX', '大兴机场', '临空经济区', '大兴临空区'],
    location_note:
      'Two indicative pieces north of the airport, on either side of the airport expressway and rail corridor: the east area (bonded zone, aviation community, convention centre) and the west area (life and health, international hospital). Their boundaries were not retrieved.',
    location_note_zh:
      '机场以北的两块示意区域，分列机场高速公路和轨道交通走廊两侧：东区（综合保税区、航空社区、会展中心）和西区（生命健康、国际医院）。其边界未能获取。',
    draw: [
      [
        [116.335, 39.527],
        [116.392, 39.527],
        [116.392, 39.575],
        [116.335, 39.575],
      ],
      [
        [116.4, 39.5305],
        [116.4575, 39.5305],
        [116.4575, 39.575],
        [116.4, 39.575],
      ],
    ],
  },
  {
    id: 'daxing-airport-comprehensive-bonded-zone',
    name_en: 'Daxing International Airport Comprehensive Bonded Zone',
    name_zh: '北京大兴国际机场综合保税区',
    kind: 'bonded-zone',
    parent: 'daxing-airport-economic-zone',
    district: ['Daxing'],
    official_area_km2: 4.35,
    area_scope:
      'About 4.35 km² in total, across the Beijing–Hebei border (Phase I is 2.12 km², of which 1.04 km² in Beijing). The split of the whole zone is not published, so the outline draws all of it on the Beijing side, against the border.',
    area_scope_zh:
      '总面积约4.35平方公里，跨京冀边界（一期2.12平方公里，其中北京部分1.04平方公里）。整个综保区在两地之间如何划分未公布，因此轮廓将其全部画在北京一侧，紧贴边界。',
    outline: 'indicative',
    in_ftz: false,
    focus_en: ['Bonded logistics', 'Aviation services'],
    focus_zh: ['保税物流', '航空服务'],
    description_en: `China’s first comprehensive bonded zone across a provincial border, north-east of the airport’s cargo area. ${NOT_IN_FTZ}`,
    description_zh: '全国首个跨省级行政区域的综合保税区，位于机场货运区东北侧。不属于北京自贸试验区。',
    sources: [DAXING_CBZ, DAXING_CBZ_PHASE_ONE],
    aliases: ['Daxing Airport CBZ', 'Daxing bonded zone', '大兴机场综保区'],
    location_note:
      'Drawn where the sources place it: north-east of the cargo area, north of the Yongxing River and west of the Jingtai Expressway, in the north-east of the airport zone’s east area.',
    location_note_zh: '按资料所述位置绘制：货运区东北、永兴河以北、京台高速以西，位于临空经济区东区的东北部。',
    draw: [
      [
        [116.4335, 39.5325],
        [116.4555, 39.5325],
        [116.4555, 39.5525],
        [116.4335, 39.5525],
      ],
    ],
  },
];
