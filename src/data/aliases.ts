/**
 * Names people use for the zones that are not their official names: abbreviations, the place a zone is
 * known by, the Chinese short form. Search reads a zone's own `aliases` field when the data has one;
 * this table covers the zones of the first data release, and search ranks these built-in aliases a
 * step below names, so a zone that is actually *named* "Tianzhu…" wins over a part that merely
 * contains Tianzhu.
 */
export const BUILT_IN_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'sci-tech-innovation-area': [
    'Sci-Tech Area',
    'Science and Technology Innovation Area',
    '科技片区',
    'Haidian',
    'Changping',
  ],
  'zhongguancun-science-city-part': ['Zhongguancun', 'ZGC', '中关村', 'Cuihu', '翠湖', 'Yongfeng', '永丰', '海淀'],
  'life-science-park-part': ['Life Science Park', 'Zhongguancun Life Science Park', '生命科学园', '昌平'],
  'international-business-services-area': ['Business Services Area', '商务片区', '国际商务'],
  'capital-airport-part': ['Tianzhu', '天竺', 'Capital Airport', 'PEK', '首都机场', 'Shunyi', '顺义'],
  'cbd-part': ['CBD', 'Central Business District', '商务中心区', 'Guomao', '国贸', 'Chaoyang', '朝阳'],
  'jinzhan-part': ['Jinzhan', '金盏'],
  'canal-zhangjiawan-part': ['Tongzhou', '通州', 'Sub-centre', 'Sub-center', '副中心', 'Zhangjiawan', '张家湾', '运河'],
  'high-end-industry-area': ['High-end Industry', '高端产业'],
  'yizhuang-part': [
    'Yizhuang',
    '亦庄',
    'E-Town',
    'BDA',
    'Economic-Technological Development Area',
    '经开区',
    '经济技术开发区',
  ],
  'daxing-biomedicine-part': ['Daxing', '大兴', 'Biomedicine', 'Bio-medicine', '生物医药'],
};
