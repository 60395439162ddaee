// Citations shared by several zones. Each is { publisher, title, date, url }.
// `url` is the page the figure was read from (see ../shared/reference/facts.md), or `seed:<file>` for
// one of the five source articles the atlas is about.

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

export const MOBILIZATION_MEETING = {
  publisher: 'Beijing municipal news report (Qi Mengzhu, Liu Feifei)',
  title: 'Beijing holds mobilization meeting for the "two zones"',
  date: '2020-10-09',
  url: 'seed:002_ceece1dd1d5bb97f.txt',
};
