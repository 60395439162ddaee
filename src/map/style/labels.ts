import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Language } from '../../state/appState';

/**
 * Both names, the selected language first and larger. A feature named in one language only (many OSM
 * roads have a Chinese or a Pinyin name, not both) shows that name alone, at full size, instead of a
 * blank first line. The first section stays `['get', first]` so the order is easy to read and test.
 */
export function bilingualLabel(language: Language): ExpressionSpecification {
  const [first, second] = language === 'zh' ? ['name_zh', 'name_en'] : ['name_en', 'name_zh'];
  const isBlank = (field: string): ExpressionSpecification => ['==', ['coalesce', ['get', field], ''], ''];
  return [
    'format',
    ['get', first],
    {},
    ['case', ['any', isBlank(first), isBlank(second)], '', '\n'],
    {},
    ['coalesce', ['get', second], ''],
    { 'font-scale': ['case', isBlank(first), 1, 0.8] },
  ] as ExpressionSpecification;
}
