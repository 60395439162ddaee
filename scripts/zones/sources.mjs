// Citations shared by the zones. Each is { publisher, title, date, url }.
// `url` is the page the figure was read from (see ../shared/reference/facts.md), or `seed:<file>` for
// one of the five source articles the atlas is about (../shared/seeds/README.md).

// --- The FTZ layout ---------------------------------------------------------------------------

export const PRESS_CONFERENCE = {
  publisher: 'Beijing Municipal Commerce Bureau press conference, reprinted by The Beijing News',
  title: 'Layout of the China (Beijing) Pilot Free Trade Zone (press conference of 24 Sep 2020)',
  date: '2020-09-25',
  url: 'http://gsdjw.com/news/cj/201743.html',
};

export const KAIZEN = {
  publisher: 'Kaizen CPA (summary of the Beijing press conference)',
  title: 'China (Beijing) Pilot Free Trade Zone: areas and positioning',
  date: '2020-09-24',
  url: 'https://kaizencpa.com/Knowledge/info/id/907.html',
};

export const MOFCOM_INVEST = {
  publisher: 'Ministry of Commerce, Invest in China',
  title: 'China (Beijing) Pilot Free Trade Zone',
  date: '2020-11-11',
  url: 'https://investinchina.chinaservicesinfo.com/s/202011/11/WS5fab4e57498eaba5051bc858',
};

// --- The five source articles -----------------------------------------------------------------

export const MOBILIZATION_MEETING = {
  publisher: 'Beijing municipal news report (Qi Mengzhu, Liu Feifei)',
  title: 'Beijing holds mobilization meeting for the "two zones"',
  date: '2020-10-09',
  url: 'seed:002_ceece1dd1d5bb97f.txt',
};

export const CGTN_SHUNYI = {
  publisher: 'CGTN (Cen Ziyuan)',
  title: "Beijing's national comprehensive demonstration zone set to open up services sector and digital economy",
  date: '2020-11-02',
  url: 'seed:004_31b82844a770b81f.txt',
};

export const CGTN_CIFTIS_2020 = {
  publisher: 'CGTN',
  title: 'Beijing to build pilot free trade zone to further open up services industry',
  date: '2020-09-05',
  url: 'seed:000_b29a63085d501045.txt',
};

// --- Parts of the FTZ -------------------------------------------------------------------------

export const HAIDIAN_CLUSTER_PLAN = {
  publisher: 'davfang.com, citing the Beijing Municipal Government (11 Mar 2021)',
  title: 'Haidian cluster of the Beijing FTZ Sci-Tech Innovation Area: implementation plan',
  date: '2021-03-11',
  url: 'https://davfang.com/article/5755',
};

export const CUIHU_PARK = {
  publisher: 'New Zhongguancun (newzgc.com), citing Qianlong',
  title: 'Shichuang builds Zhongguancun Cuihu Sci-Tech Park (boundaries and 1,873 ha planning area)',
  date: '2011-05-05',
  url: 'http://www.newzgc.com/news/zgccj/201105/18240.htm',
};

export const LIFE_SCIENCE_PARK = {
  publisher: 'Beijing (Zhongguancun) Life Science Park (park operator; undated page citing the July 2022 plan)',
  title: 'Join us: Life Science Park Phase III, core area of the Sci-Tech Innovation Area',
  date: '2022',
  url: 'https://lifesciencepark.com.cn/En/Join/',
};

export const TIANZHU_CBZ_AREA = {
  publisher: 'Ministry of Commerce, Invest in China',
  title: 'China (Beijing) Pilot Free Trade Zone ("Tianzhu Free Trade Zone of 5.466 km²")',
  date: '2020-11-11',
  url: 'https://investinchina.chinaservicesinfo.com/s/202011/11/WS5fab4e57498eaba5051bc858',
};

export const NEW_CIEC = {
  publisher: 'Beijing Youth Daily, reprinted by 17car.com.cn',
  title: 'New China International Exhibition Center in Tianzhu Airport City, 1.5 km west of Capital Airport',
  date: '2007-01-29',
  url: 'http://news.17car.com.cn/dtai/20070129/50120.html',
};

// --- Demonstration-zone parks -----------------------------------------------------------------

export const FINANCIAL_STREET_EXTENT = {
  publisher: 'Beijing Review',
  title: 'Xicheng District (the 600 m wide, 1.7 km long Financial Street)',
  date: '2008-02-15',
  url: 'http://www.bjreview.com.cn/print/txt/2008-02/15/content_99709.htm',
};

export const LIZE_PLAN = {
  publisher: 'The Beijing News, reprinted by nakedoat.com',
  title: 'Beijing Lize Financial Business District plan approved (8.09 km², core business area 2.79 km²)',
  date: '2010-01-17',
  url: 'http://nakedoat.com/govweb/gzdt/2010-01/17/content_1512839.htm',
};

export const TONGZHOU_CULTURAL_TOURISM_PLAN = {
  publisher: 'Beijing Municipal Commission of Planning and Natural Resources notice, reprinted by miaodongshenghuo.com',
  title: 'Implementation plan of the Beijing Sub-centre Cultural Tourism Zone put on public display (about 12 km²)',
  date: '2022',
  url: 'http://cs.miaodongshenghuo.com/c/040Q561Q2022.html',
};

// --- Daxing Airport ---------------------------------------------------------------------------

export const DAXING_AIRPORT_ZONE = {
  publisher: 'China Daily, Beijing FTZ subsite',
  title: 'Beijing Daxing International Airport Economic Zone (core area about 150 km², Beijing part about 50 km²)',
  date: '2024-05-16',
  url: 'https://subsites.chinadaily.com.cn/ftzbjen/2024-05/16/c_987749.htm',
};

export const DAXING_CBZ = {
  publisher: 'CCTV, reprinted by Chinanews',
  title: 'Beijing Daxing International Airport Comprehensive Bonded Zone (about 4.35 km²) approved',
  date: '2020-01-08',
  url: 'https://www.chinanews.com/gn/2020/01-08/9054262.shtml',
};

export const DAXING_CBZ_PHASE_ONE = {
  publisher: "Workers' Daily (Laodong Wubao)",
  title: 'Daxing Airport comprehensive bonded zone: Phase I 2.12 km², of which 1.04 km² in Beijing',
  date: '2020-01-08',
  url: 'http://ldwb.workerbj.cn/content/2020-01/08/content_102424.htm',
};

// --- Reference points -------------------------------------------------------------------------

export const CIFTIS_2020_VENUE = {
  publisher: 'CGTN (Ma Li)',
  title: "China's fair for trade in services almost ready to kick off in September (Olympic Park venue)",
  date: '2020-08-05',
  url: 'https://news.cgtn.com/news/2020-08-05/-China-s-major-fair-for-trade-in-services-almost-ready-to-kick-off-SHMF0HMugU/index.html',
};

export const CIFTIS_2021_VENUES = {
  publisher: 'Xinhua, reprinted by Warta Buana',
  title: 'CIFTIS 2021 held for the first time at Shougang Park as well as the China National Convention Center',
  date: '2021-08-31',
  url: 'https://wartabuana.com/berita-global/arena/venue-olimpiade-musim-dingin-china-akan-jadi-lokasi-pameran-ciftis',
};

/** The OSM station positions the reference points are placed on (WGS84, ODbL). */
// --- Tianzhu's start: the sources disagree, so each is kept -------------------------------------

export const TIANZHU_APPROVAL = {
  publisher: 'cuaer.com (speech by Shunyi official Huang Yongzhi)',
  title:
    '[Speech on Shunyi’s airport economy: Tianzhu Comprehensive Bonded Zone approved by the State Council in July 2008]',
  date: '2021-02-04',
  url: 'http://cuaer.com/plus/view.php?aid=11580',
};

export const TIANZHU_OPERATION_2010 = {
  publisher: 'China Daily',
  title: '[Report on Tianzhu Comprehensive Bonded Zone, in operation since 20 December 2010]',
  date: '2011-06-01',
  url: 'http://www.chinadaily.com.cn/business/2011-06/01/content_12621987.htm',
};

// --- The Sino-German park ---------------------------------------------------------------------

export const SINO_GERMAN_OPENING = {
  publisher: 'Xinhua, via ANSA',
  title:
    '[Sino-German industrial park opens in Beijing: NDRC-approved, 20 km² planned in two districts, 70+ German firms]',
  date: '2021-12-24',
  url: 'https://www.ansa.it/',
};

export const SINO_GERMAN_2023 = {
  publisher: 'Xinhua (German service)',
  title: '[Sino-German park in Shunyi: more than 100 German companies]',
  date: '2023-10-21',
  url: 'http://german.xinhuanet.com/',
};

export const SINO_GERMAN_2026 = {
  publisher: 'People’s Daily Online, Beijing channel',
  title: '[Sino-German International Cooperation Industrial Park: more than 120 German companies]',
  date: '2026-01-14',
  url: 'http://bj.people.com.cn/n2/2026/0114/',
};

export const OSM_ROADS = {
  publisher: 'OpenStreetMap contributors, extract of about 2012–13 via yangli-learning/SparseTaxi @8d69a26 (ODbL)',
  title: 'Beijing ring roads, expressways, trunk and primary roads',
  date: '2013',
  url: 'https://github.com/yangli-learning/SparseTaxi',
};

export const OSM_STATIONS = {
  publisher: 'OpenStreetMap contributors, via BoyInTheSun/beijing-subway-gtfs @61f3e7a (ODbL)',
  title: 'Beijing subway stations (OSM stop areas)',
  date: '2026-04-30',
  url: 'https://github.com/BoyInTheSun/beijing-subway-gtfs',
};

export const DAXING_AIRPORT_ZONE_AREAS = {
  publisher: 'Spotlight Beijing (China Daily), Daxing',
  title: "World's new gateway to China (Beijing part 50 km²: east area 24 km², west area 26 km²)",
  date: '2022-04-28',
  url: 'http://daxing.spotlightbeijing.com/2022-04/28/c_748507.htm',
};
