import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Language } from '../state/appState';

/** Both names, the selected language first and larger. */
export function bilingualLabel(language: Language): ExpressionSpecification {
  const [first, second] = language === 'zh' ? ['name_zh', 'name_en'] : ['name_en', 'name_zh'];
  return [
    'format',
    ['get', first],
    {},
    ['case', ['==', ['coalesce', ['get', second], ''], ''], '', '\n'],
    {},
    ['coalesce', ['get', second], ''],
    { 'font-scale': 0.8 },
  ];
}
