/** The "Add to compare" switch of the details panel (first chunk): merged into the app's tables. */
export const compareToggleStrings = {
  'compare.add': { en: 'Add to compare', zh: '加入对比' },
  'compare.inSet': { en: 'Remove from compare', zh: '移出对比' },
  'compare.full': { en: 'Compare holds {max} zones: remove one first', zh: '对比最多 {max} 个区域，请先移除一个' },
};
