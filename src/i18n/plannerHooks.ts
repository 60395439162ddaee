/** The first load's share of the planner tools: the details' "Lay over" button and compare hints. */
export const plannerHookStrings = {
  'details.layOver': { en: 'Lay over (true size)', zh: '平移比较' },
  'details.layOverHint': {
    en: 'Puts a copy of this outline at the map centre at its true size, to drag anywhere',
    zh: '在地图中心放置此轮廓的真实大小副本，可拖到任意位置',
  },
  'list.compareAdd': { en: 'Add {name} to compare', zh: '将{name}加入对比' },
  'list.compareHint': { en: 'Shift+Enter adds to compare.', zh: 'Shift+Enter 加入对比。' },
  'search.compareHint': {
    en: 'Shift+Enter or Shift+click adds a result to compare',
    zh: 'Shift+Enter 或 Shift+点击将结果加入对比',
  },
  'search.inCompare': { en: 'in compare', zh: '已在对比中' },
};
