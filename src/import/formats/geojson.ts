import { parseJson } from '../json';
import { Refusal } from '../refusal';
import { firstCharacter, type TextFormat } from './format';

/**
 * GeoJSON: text starting with `{` or `[`, parsed after a depth scan (json.ts). What the value holds
 * (a FeatureCollection, a Feature or a bare geometry) is checked later, for every format, by geojson.ts.
 */
export const geojson: TextFormat = {
  id: 'geojson',
  container: 'text',
  extensions: ['.geojson', '.json'],
  mime: ['application/geo+json', 'application/json'],
  label: { en: 'GeoJSON', zh: 'GeoJSON' },
  sniff: ({ text }) => {
    const first = firstCharacter(text);
    return first === '{' || first === '[';
  },
  read: ({ text }) => ({ root: parseJson(text) }),
  misnamed: () => new Refusal('not-json', { detail: 'it does not start with { or [', detailZh: '（开头不是 { 或 [）' }),
};
