/** Strings of the details panel's zone relations, parks and placement notes. */
export const zoneDetailStrings = {
  'details.contains': { en: 'Contains', zh: '包含' },
  'details.sharesOutline': { en: 'Drawn on the same outline as', zh: '与下列区域共用轮廓' },
  'details.parks': { en: 'Parks', zh: '园区' },
  'details.sectors': { en: 'Sectors', zh: '重点领域' },
  'details.placement': { en: 'How it is placed on the map', zh: '地图上的位置依据' },
} as const;
