// Writes data/national-ftz.json: China's 22 pilot free trade zones, compiled by hand from the reference
// notes (../shared/reference/national-ftz.md, Tables 1 and 2) with each figure's status and sources.
// The source list (quotes, addresses, publishers, dates) is read from the notes' "Source list" so that no
// quote is retyped. Run: node scripts/prepare-national-ftz.mjs [notes.md]. UNVERIFIED (recall) figures
// are never written: such an area has km2 null and status "unverified" ("not published" in the atlas).
import { readFileSync, writeFileSync } from 'node:fs';

const NOTES = process.argv[2] ?? '../shared/reference/national-ftz.md';

/** [id, name_en, name_zh, km2 | null, status, sources, extra?] */
const A = (id, en, zh, km2, status, sources, extra = {}) => ({
  id,
  name_en: en,
  name_zh: zh,
  area: { km2, status, sources, ...extra },
});
const fig = (km2, status, sources, extra = {}) => ({ km2, status, sources, ...extra });
const plan = (document, signed, published, status, sources) => ({ document, signed, published, status, sources });
const NOT_FOUND = (published, sources = []) => plan(null, null, published, 'unverified', sources);

const FTZS = [
  {
    id: 'shanghai',
    en: 'China (Shanghai) Pilot FTZ',
    zh: '中国（上海）自由贸易试验区',
    batch: 2013,
    province: '310000',
    plan: plan('国发〔2013〕38号', '2013-09-18', '2013-09-27', 'confirmed', ['S14', 'S15', 'S94']),
    approval: fig(28.78, 'confirmed', ['S16', 'S17', 'S80']),
    current: fig(240.22, 'confirmed', ['S18', 'S22', 'S23'], {
      note_en:
        '120.72 km² after the 2014 expansion plus the 119.5 km² start-up zone of the Lin-gang Special Area (2019)',
      note_zh: '2014年扩区后的120.72平方公里，加临港新片区先行启动区119.5平方公里（2019年）',
    }),
    area_count: 5,
    areas: [
      A('customs', 'Four customs special-supervision zones', '海关特殊监管区域（4个）', 28.78, 'confirmed', [
        'S16',
        'S17',
        'S18',
        'S32',
      ]),
      A('lujiazui', 'Lujiazui Financial Area', '陆家嘴金融片区', 34.26, 'confirmed', ['S19', 'S20', 'S32']),
      A('jinqiao', 'Jinqiao Development Area', '金桥开发片区', 20.48, 'confirmed', ['S19', 'S20', 'S32']),
      A('zhangjiang', 'Zhangjiang Hi-Tech Area', '张江高科技片区', 37.2, 'confirmed', ['S19', 'S20', 'S32']),
      A(
        'lingang',
        'Lin-gang Special Area (start-up zone)',
        '临港新片区（先行启动区）',
        119.5,
        'confirmed',
        ['S22', 'S91'],
        {
          note_en: 'The start-up zone; the Special Area is planned at 873 km² (one source)',
          note_zh: '先行启动区；新片区规划总面积873平方公里（单一来源）',
        },
      ),
    ],
  },
  {
    id: 'guangdong',
    en: 'China (Guangdong) Pilot FTZ',
    zh: '中国（广东）自由贸易试验区',
    batch: 2015,
    province: '440000',
    plan: plan('国发〔2015〕18号', '2015-04-08', '2015-04-20', 'single', ['S25', 'S26', 'S34']),
    approval: fig(116.2, 'confirmed', ['S24', 'S25']),
    current: fig(116.2, 'confirmed', ['S24', 'S25']),
    area_count: 3,
    areas: [
      A('nansha', 'Guangzhou Nansha New Area', '广州南沙新区片区', 60, 'confirmed', ['S24', 'S25', 'S19']),
      A('qianhai-shekou', 'Shenzhen Qianhai & Shekou', '深圳前海蛇口片区', 28.2, 'confirmed', ['S24', 'S25', 'S19']),
      A('hengqin', 'Zhuhai Hengqin New Area', '珠海横琴新区片区', 28, 'confirmed', ['S24', 'S25', 'S19']),
    ],
  },
  {
    id: 'tianjin',
    en: 'China (Tianjin) Pilot FTZ',
    zh: '中国（天津）自由贸易试验区',
    batch: 2015,
    province: '120000',
    plan: plan('国发〔2015〕19号', null, '2015-04-20', 'single', ['S29', 'S34']),
    approval: fig(119.9, 'confirmed', ['S27', 'S28', 'S29']),
    current: fig(119.9, 'confirmed', ['S27', 'S28', 'S29']),
    area_count: 3,
    areas: [
      A('port', 'Tianjin Port (Dongjiang) Area', '天津港（东疆）片区', 30, 'confirmed', ['S27', 'S28', 'S32']),
      A('airport', 'Tianjin Airport Area', '天津机场片区', 43.1, 'confirmed', ['S27', 'S28', 'S32']),
      A('binhai-cbd', 'Binhai New Area CBD', '滨海新区中心商务片区', 46.8, 'confirmed', ['S27', 'S32']),
    ],
  },
  {
    id: 'fujian',
    en: 'China (Fujian) Pilot FTZ',
    zh: '中国（福建）自由贸易试验区',
    batch: 2015,
    province: '350000',
    plan: plan('国发〔2015〕20号', '2015-04-08', '2015-04-20', 'confirmed', ['S30', 'S31', 'S34']),
    approval: fig(118.04, 'confirmed', ['S19', 'S32']),
    current: fig(118.04, 'confirmed', ['S19', 'S32']),
    area_count: 3,
    areas: [
      A('pingtan', 'Pingtan', '平潭片区', 43, 'confirmed', ['S19', 'S32', 'S33']),
      A('xiamen', 'Xiamen', '厦门片区', 43.78, 'confirmed', ['S32', 'S19']),
      A('fuzhou', 'Fuzhou', '福州片区', 31.26, 'confirmed', ['S32', 'S33', 'S19']),
    ],
  },
  {
    id: 'liaoning',
    en: 'China (Liaoning) Pilot FTZ',
    zh: '中国（辽宁）自由贸易试验区',
    batch: 2017,
    province: '210000',
    plan: plan('国发〔2017〕15号', '2017-03-15', '2017-03-31', 'confirmed', ['S36', 'S35']),
    approval: fig(119.89, 'confirmed', ['S35', 'S37']),
    current: fig(119.89, 'confirmed', ['S35', 'S37']),
    area_count: 3,
    areas: [
      A('dalian', 'Dalian', '大连片区', 59.96, 'confirmed', ['S37', 'S38']),
      A('shenyang', 'Shenyang', '沈阳片区', 29.97, 'confirmed', ['S37', 'S38']),
      A('yingkou', 'Yingkou', '营口片区', 29.96, 'confirmed', ['S37', 'S38']),
    ],
  },
  {
    id: 'zhejiang',
    en: 'China (Zhejiang) Pilot FTZ',
    zh: '中国（浙江）自由贸易试验区',
    batch: 2017,
    province: '330000',
    plan: plan('国发〔2017〕16号', '2017-03-15', '2017-03-31', 'single', ['S39']),
    approval: fig(119.95, 'confirmed', ['S40', 'S41']),
    current: fig(239.45, 'derived', ['S40', 'S42', 'S43'], {
      derivation_en: '119.95 km² (2017) + 119.5 km² (2020 expansion, 国发〔2020〕10号)',
      derivation_zh: '119.95平方公里（2017年）+ 119.5平方公里（2020年扩展区域，国发〔2020〕10号）',
    }),
    area_count: 4,
    area_count_note_en: 'The three Zhoushan areas of 2017 count as one Zhoushan area since the 2020 expansion',
    area_count_note_zh: '2020年扩区后，2017年的三个舟山片区合称舟山片区',
    areas: [
      A('zhoushan-outlying', 'Zhoushan Outlying Islands', '舟山离岛片区', 78.98, 'confirmed', ['S40', 'S42']),
      A('zhoushan-north', 'Northern Zhoushan Island', '舟山岛北部片区', 15.62, 'confirmed', ['S40', 'S42']),
      A('zhoushan-south', 'Southern Zhoushan Island', '舟山岛南部片区', 25.35, 'confirmed', ['S40', 'S42']),
      A('ningbo', 'Ningbo (2020)', '宁波片区（2020年）', 46, 'confirmed', ['S42', 'S43']),
      A('hangzhou', 'Hangzhou (2020)', '杭州片区（2020年）', 37.51, 'confirmed', ['S42', 'S43']),
      A('jinyi', 'Jinhua-Yiwu (2020)', '金义片区（2020年）', 35.99, 'confirmed', ['S42', 'S43']),
    ],
  },
  {
    id: 'henan',
    en: 'China (Henan) Pilot FTZ',
    zh: '中国（河南）自由贸易试验区',
    batch: 2017,
    province: '410000',
    plan: NOT_FOUND('2017-03-31', ['S44']),
    approval: fig(119.77, 'confirmed', ['S44', 'S45']),
    current: fig(119.77, 'confirmed', ['S44', 'S45']),
    area_count: 3,
    areas: [
      A('zhengzhou', 'Zhengzhou', '郑州片区', 73.17, 'confirmed', ['S44', 'S45']),
      A('kaifeng', 'Kaifeng', '开封片区', 19.94, 'confirmed', ['S44', 'S45']),
      A('luoyang', 'Luoyang', '洛阳片区', 26.66, 'confirmed', ['S44', 'S45']),
    ],
  },
  {
    id: 'hubei',
    en: 'China (Hubei) Pilot FTZ',
    zh: '中国（湖北）自由贸易试验区',
    batch: 2017,
    province: '420000',
    plan: NOT_FOUND('2017-03-31', ['S84']),
    approval: fig(119.96, 'confirmed', ['S47', 'S48']),
    current: fig(119.96, 'confirmed', ['S47', 'S48']),
    area_count: 3,
    areas: [
      A('wuhan', 'Wuhan', '武汉片区', 70, 'confirmed', ['S47', 'S48', 'S84']),
      A('xiangyang', 'Xiangyang', '襄阳片区', 21.99, 'confirmed', ['S47', 'S48', 'S84']),
      A('yichang', 'Yichang', '宜昌片区', 27.97, 'confirmed', ['S47', 'S48', 'S84']),
    ],
  },
  {
    id: 'chongqing',
    en: 'China (Chongqing) Pilot FTZ',
    zh: '中国（重庆）自由贸易试验区',
    batch: 2017,
    province: '500000',
    plan: NOT_FOUND('2017-03-31', ['S49']),
    approval: fig(119.98, 'confirmed', ['S49', 'S50'], {
      note_en: "gov.cn's English page prints 111.98, taken as a typo: two other sources give 119.98",
      note_zh: '中国政府网英文版写作111.98，视为笔误：另两个来源为119.98',
    }),
    current: fig(119.98, 'confirmed', ['S49', 'S50']),
    area_count: 3,
    areas: [
      A('liangjiang', 'Liangjiang', '两江片区', null, 'unverified', ['S49', 'S50']),
      A('xiyong', 'Xiyong', '西永片区', null, 'unverified', ['S49', 'S50']),
      A('guoyuan-port', 'Guoyuan Port', '果园港片区', null, 'unverified', ['S49', 'S50']),
    ],
  },
  {
    id: 'sichuan',
    en: 'China (Sichuan) Pilot FTZ',
    zh: '中国（四川）自由贸易试验区',
    batch: 2017,
    province: '510000',
    plan: plan('国发〔2017〕20号', null, '2017-03-31', 'confirmed', ['S54', 'S53']),
    approval: fig(119.99, 'confirmed', ['S53', 'S55', 'S56']),
    current: fig(119.99, 'confirmed', ['S53', 'S55', 'S56']),
    area_count: 3,
    areas: [
      A('tianfu', 'Chengdu Tianfu New Area', '成都天府新区片区', 90.32, 'confirmed', ['S55', 'S56']),
      A('qingbaijiang', 'Chengdu Qingbaijiang Railway Port', '成都青白江铁路港片区', 9.68, 'confirmed', ['S55', 'S56']),
      A('chuannan', 'Chuannan Lingang (Luzhou)', '川南临港片区', 19.99, 'confirmed', ['S55', 'S83']),
    ],
  },
  {
    id: 'shaanxi',
    en: 'China (Shaanxi) Pilot FTZ',
    zh: '中国（陕西）自由贸易试验区',
    batch: 2017,
    province: '610000',
    plan: NOT_FOUND('2017-03-31', ['S58']),
    approval: fig(119.95, 'single', ['S57']),
    current: fig(119.95, 'single', ['S57']),
    area_count: 3,
    areas: [
      A('central', 'Central Area', '中心片区', 87.76, 'single', ['S57']),
      A('xian-port', "Xi'an International Port", '西安国际港务区片区', 26.43, 'confirmed', ['S57', 'S58']),
      A('yangling', 'Yangling Demonstration', '杨凌示范区片区', 5.76, 'single', ['S57']),
    ],
  },
  {
    id: 'hainan',
    en: 'China (Hainan) Pilot FTZ',
    zh: '中国（海南）自由贸易试验区',
    batch: 2018,
    province: '460000',
    plan: plan('国发〔2018〕34号', '2018-09-24', '2018-10-16', 'single', ['S59', 'S60']),
    whole_island: true,
    approval: fig(35400, 'single', ['S61'], {
      note_en:
        'The whole of Hainan Island; about 35,400 km² per a vice-minister of commerce (one source), another source gives 33,920 km²',
      note_zh: '海南岛全岛；商务部副部长称约35,400平方公里（单一来源），另一来源为33,920平方公里',
    }),
    current: fig(35400, 'single', ['S61', 'S62'], {
      note_en:
        'The whole of Hainan Island (Hainan Free Trade Port since 2020); 35,400 or 33,920 km², the sources disagree',
      note_zh: '海南岛全岛（2020年起为海南自由贸易港）；35,400或33,920平方公里，来源不一',
    }),
    area_count: null,
    areas: [],
  },
  {
    id: 'shandong',
    en: 'China (Shandong) Pilot FTZ',
    zh: '中国（山东）自由贸易试验区',
    batch: 2019,
    province: '370000',
    plan: plan('国函〔2019〕72号', null, '2019-08-26', 'single', ['S63', 'S64']),
    approval: fig(119.98, 'confirmed', ['S63', 'S64', 'S66', 'S67']),
    current: fig(119.98, 'confirmed', ['S63', 'S64', 'S66', 'S67']),
    area_count: 3,
    areas: [
      A('jinan', 'Jinan', '济南片区', 37.99, 'single', ['S67']),
      A('qingdao', 'Qingdao', '青岛片区', 52, 'single', ['S67'], {
        note_en: 'A Sino-German Ecopark page says 53 km²',
        note_zh: '中德生态园网页称53平方公里',
      }),
      A('yantai', 'Yantai', '烟台片区', 29.99, 'derived', ['S66', 'S67'], {
        derivation_en: '119.98 − 37.99 − 52',
        derivation_zh: '119.98 − 37.99 − 52',
      }),
    ],
  },
  {
    id: 'jiangsu',
    en: 'China (Jiangsu) Pilot FTZ',
    zh: '中国（江苏）自由贸易试验区',
    batch: 2019,
    province: '320000',
    plan: plan('国函〔2019〕72号', null, '2019-08-26', 'single', ['S63', 'S64']),
    approval: fig(119.97, 'confirmed', ['S63', 'S64', 'S68']),
    current: fig(119.97, 'confirmed', ['S63', 'S64', 'S68']),
    area_count: 3,
    areas: [
      A('nanjing', 'Nanjing', '南京片区', 39.55, 'single', ['S68']),
      A('suzhou', 'Suzhou', '苏州片区', 60.15, 'confirmed', ['S68', 'S63']),
      A('lianyungang', 'Lianyungang', '连云港片区', 20.27, 'single', ['S68']),
    ],
  },
  {
    id: 'guangxi',
    en: 'China (Guangxi) Pilot FTZ',
    zh: '中国（广西）自由贸易试验区',
    batch: 2019,
    province: '450000',
    plan: plan('国函〔2019〕72号', null, '2019-08-26', 'single', ['S63', 'S64']),
    approval: fig(119.99, 'confirmed', ['S63', 'S64', 'S69']),
    current: fig(119.99, 'confirmed', ['S63', 'S64', 'S69']),
    area_count: 3,
    areas: [
      A('nanning', 'Nanning', '南宁片区', 46.8, 'single', ['S69']),
      A('qinzhou-port', 'Qinzhou Port', '钦州港片区', 58.19, 'single', ['S69']),
      A('chongzuo', 'Chongzuo', '崇左片区', 15, 'single', ['S69']),
    ],
  },
  {
    id: 'hebei',
    en: 'China (Hebei) Pilot FTZ',
    zh: '中国（河北）自由贸易试验区',
    batch: 2019,
    province: '130000',
    plan: plan('国函〔2019〕72号', null, '2019-08-26', 'single', ['S63', 'S64']),
    approval: fig(119.97, 'confirmed', ['S63', 'S64']),
    current: fig(119.97, 'confirmed', ['S63', 'S64']),
    area_count: 4,
    areas: [
      A('xiongan', "Xiong'an", '雄安片区', null, 'unverified', ['S64']),
      A('zhengding', 'Zhengding', '正定片区', null, 'unverified', ['S64']),
      A('caofeidian', 'Caofeidian', '曹妃甸片区', null, 'unverified', ['S64']),
      A(
        'daxing-airport',
        'Daxing Airport (in Beijing and Langfang)',
        '大兴机场片区（跨京冀）',
        null,
        'unverified',
        ['S64', 'S72'],
        {
          note_en:
            'Lies in the Daxing International Airport economic zone, across Beijing and Hebei: the first FTZ area to cross a provincial boundary',
          note_zh: '位于北京大兴国际机场临空经济区范围内，地处京、冀两地，是首个跨省级行政区域设立的自贸试验区片区',
        },
      ),
    ],
  },
  {
    id: 'yunnan',
    en: 'China (Yunnan) Pilot FTZ',
    zh: '中国（云南）自由贸易试验区',
    batch: 2019,
    province: '530000',
    plan: plan('国函〔2019〕72号', null, '2019-08-26', 'single', ['S63', 'S64']),
    approval: fig(119.86, 'single', ['S64']),
    current: fig(119.86, 'single', ['S64']),
    area_count: 3,
    areas: [
      A('kunming', 'Kunming', '昆明片区', 76, 'single', ['S63']),
      A('honghe', 'Honghe', '红河片区', 14.12, 'single', ['S63']),
      A('dehong', 'Dehong', '德宏片区', 29.74, 'derived', ['S64', 'S63'], {
        derivation_en: '119.86 − 76 − 14.12',
        derivation_zh: '119.86 − 76 − 14.12',
      }),
    ],
  },
  {
    id: 'heilongjiang',
    en: 'China (Heilongjiang) Pilot FTZ',
    zh: '中国（黑龙江）自由贸易试验区',
    batch: 2019,
    province: '230000',
    plan: plan('国函〔2019〕72号', null, '2019-08-26', 'single', ['S63', 'S64']),
    approval: fig(119.85, 'confirmed', ['S64', 'S70', 'S71']),
    current: fig(119.85, 'confirmed', ['S64', 'S70', 'S71']),
    area_count: 3,
    areas: [
      A('harbin', 'Harbin', '哈尔滨片区', 79.86, 'confirmed', ['S70', 'S71', 'S63']),
      A('heihe', 'Heihe', '黑河片区', 20, 'confirmed', ['S70', 'S71']),
      A('suifenhe', 'Suifenhe', '绥芬河片区', 19.99, 'confirmed', ['S70', 'S71']),
    ],
  },
  {
    id: 'beijing',
    en: 'China (Beijing) Pilot FTZ',
    zh: '中国（北京）自由贸易试验区',
    batch: 2020,
    province: '110000',
    plan: plan('国发〔2020〕10号', '2020-08-30', '2020-09-21', 'confirmed', ['S01']),
    approval: fig(119.68, 'confirmed', ['S02', 'S03', 'S05', 'S87']),
    current: fig(119.68, 'confirmed', ['S02', 'S03', 'S05', 'S87']),
    area_count: 3,
    areas: [
      A('science', 'Science & Technology Innovation Area', '科技创新片区', 31.85, 'confirmed', ['S03', 'S04', 'S05']),
      A('business', 'International Business Service Area', '国际商务服务片区', 48.34, 'confirmed', [
        'S03',
        'S04',
        'S05',
      ]),
      A('industry', 'High-end Industry Area', '高端产业片区', 39.49, 'confirmed', ['S03']),
    ],
  },
  {
    id: 'hunan',
    en: 'China (Hunan) Pilot FTZ',
    zh: '中国（湖南）自由贸易试验区',
    batch: 2020,
    province: '430000',
    plan: plan('国发〔2020〕10号', '2020-08-30', '2020-09-21', 'confirmed', ['S01']),
    approval: fig(119.76, 'confirmed', ['S06', 'S07']),
    current: fig(119.76, 'confirmed', ['S06', 'S07']),
    area_count: 3,
    areas: [
      A('changsha', 'Changsha', '长沙片区', 79.98, 'confirmed', ['S06', 'S07']),
      A('yueyang', 'Yueyang', '岳阳片区', 19.94, 'confirmed', ['S06', 'S07']),
      A('chenzhou', 'Chenzhou', '郴州片区', 19.84, 'confirmed', ['S06', 'S07']),
    ],
  },
  {
    id: 'anhui',
    en: 'China (Anhui) Pilot FTZ',
    zh: '中国（安徽）自由贸易试验区',
    batch: 2020,
    province: '340000',
    plan: plan('国发〔2020〕10号', '2020-08-30', '2020-09-21', 'confirmed', ['S01']),
    approval: fig(119.86, 'confirmed', ['S08', 'S09']),
    current: fig(119.86, 'confirmed', ['S08', 'S09']),
    area_count: 3,
    areas: [
      A('hefei', 'Hefei', '合肥片区', 64.95, 'confirmed', ['S08']),
      A('wuhu', 'Wuhu', '芜湖片区', 35, 'confirmed', ['S08']),
      A('bengbu', 'Bengbu', '蚌埠片区', 19.91, 'confirmed', ['S08']),
    ],
  },
  {
    id: 'xinjiang',
    en: 'China (Xinjiang) Pilot FTZ',
    zh: '中国（新疆）自由贸易试验区',
    batch: 2023,
    province: '650000',
    plan: NOT_FOUND('2023-10-31', ['S12', 'S79']),
    approval: fig(179.66, 'confirmed', ['S10', 'S13', 'S93']),
    current: fig(179.66, 'confirmed', ['S10', 'S13', 'S93']),
    area_count: 3,
    areas: [
      A('urumqi', 'Ürümqi', '乌鲁木齐片区', 134.6, 'confirmed', ['S11', 'S13', 'S93']),
      A('kashgar', 'Kashgar', '喀什片区', 28.48, 'confirmed', ['S11', 'S13', 'S93']),
      A('khorgos', 'Khorgos', '霍尔果斯片区', 16.58, 'confirmed', ['S11', 'S13']),
    ],
  },
];

/** The text inside the parentheses `text` opens with (nested ones kept), or null. */
function balanced(text) {
  if (!text.startsWith('(')) return null;
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '(') depth += 1;
    else if (text[i] === ')' && --depth === 0) return text.slice(1, i);
  }
  return null;
}

/** The notes' source list: `- **S01** address (publisher, date): "quote"`. */
function readSources(text) {
  const sources = {};
  for (const line of text.split('\n')) {
    const m = /^- \*\*(S\d+)\*\* (.*)$/.exec(line);
    if (!m) continue;
    const [, id, rest] = m;
    const github = rest.startsWith('GitHub-indexed');
    const address = github ? null : rest.split(' ')[0];
    const after = github ? rest : rest.slice(address.length).trim();
    const inner = balanced(after);
    const parts = inner === null ? [] : inner.split(/[,;]/).map((s) => s.replace(/\*/g, '').trim());
    const dateIndex = parts.findIndex((p) => /^\d{4}(-\d{2}(-\d{2})?)?$/.test(p));
    const date = dateIndex >= 0 ? parts[dateIndex] : null;
    const publisher = github
      ? 'A public GitHub file (repository not recorded)'
      : parts.filter((_, i) => i !== dateIndex).join(', ') || address.split('/')[0];
    const quote = (
      github ? rest.replace(/^GitHub-indexed file[^:]*:\s*/, '') : after.slice(inner === null ? 0 : inner.length + 2)
    )
      .replace(/^:\s*/, '')
      .trim();
    sources[id] = { id, publisher, date, url: address ? `https://${address}` : null, quote };
  }
  return sources;
}

const all = readSources(readFileSync(NOTES, 'utf8'));
const used = new Set();
const mark = (list) => list.forEach((id) => used.add(id));
const ftzs = FTZS.map((f) => {
  mark(f.plan.sources);
  mark(f.approval.sources);
  mark(f.current.sources);
  f.areas.forEach((a) => mark(a.area.sources));
  const { en, zh, ...rest } = f;
  return { id: f.id, name_en: en, name_zh: zh, ...rest };
});
const sources = [...used]
  .sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)))
  .map((id) => {
    if (!all[id]) throw new Error(`source ${id} is not in the notes`);
    return all[id];
  });
const out = {
  as_of: '2023-11',
  note_en:
    '22 pilot free trade zones as of the Xinjiang FTZ (November 2023). A 23rd, in Inner Mongolia, rests on weak sources and is not listed.',
  note_zh: '截至新疆自贸试验区（2023年11月）的22个自由贸易试验区。第23个（内蒙古）来源薄弱，未列入。',
  ftzs,
  sources,
};
writeFileSync('data/national-ftz.json', `${JSON.stringify(out, null, 2)}\n`);
console.log(`${ftzs.length} FTZs, ${sources.length} sources`);
