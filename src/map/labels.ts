import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Language } from '../state/appState';

/**
 * Both names, the selected language first and larger. A feature named in one language only (many OSM
 * roads have a Chinese or a Pinyin name, not both) shows that name alone instead of a blank first line.
 */
export function bilingualLabel(language: Language): ExpressionSpecification {
  const [first, second] = language === 'zh' ? ['name_zh', 'name_en'] : ['name_en', 'name_zh'];
  const isBlank = (field: string): ExpressionSpecification => ['==', ['coalesce', ['get', field], ''], ''];
  return [
    'case',
    isBlank(first),
    ['format', ['coalesce', ['get', second], ''], {}],
    [
      'format',
      ['get', first],
      {},
      ['case', isBlank(second), '', '\n'],
      {},
      ['coalesce', ['get', second], ''],
      { 'font-scale': 0.8 },
    ],
  ];
}
