import { Refusal, detailOf } from '../refusal';
import { firstCharacter, type Parsers, type TextFormat } from './format';

/**
 * KML text to a GeoJSON FeatureCollection with togeojson. Workers have no DOMParser, so the XML is
 * parsed with @xmldom/xmldom (pure JavaScript, runs in a worker and in Node). A file that declares its
 * own entities is refused before parsing: KML never needs them, and entity expansion is how XML
 * "billion laughs" bombs work. togeojson turns a MultiGeometry into a GeometryCollection, whose
 * polygons geojson.ts keeps. Also reads the KML inside a KMZ (kmz.ts).
 */
export function readKml(text: string, parsers: Parsers): unknown {
  if (/<!ENTITY/i.test(text)) throw new Refusal('xml-entities');
  let doc;
  let problem: string | undefined;
  try {
    doc = new parsers.DOMParser({
      onError: (level, message) => {
        // Warnings (an unknown prefix, a stray attribute) do not stop a browser either.
        if (level === 'warning') return;
        problem ??= message;
        throw new Error(message);
      },
    }).parseFromString(text, 'text/xml');
  } catch (error) {
    // xmldom names no position in its message: the Chinese message goes without the English detail.
    throw new Refusal('invalid-xml', { detail: detailOf(problem ?? error).split('\n')[0]!, detailZh: '' });
  }
  const root = doc.documentElement;
  if (!root || root.localName !== 'kml') throw new Refusal('unknown-format');
  const collection = parsers.kml(doc);
  if (collection.features.length === 0) throw new Refusal('kml-no-placemarks');
  return collection;
}

/** KML: text starting with `<` (XML whose root element is not `kml` is refused as `unknown-format`). */
export const kml: TextFormat = {
  id: 'kml',
  container: 'text',
  extensions: ['.kml'],
  mime: ['application/vnd.google-earth.kml+xml'],
  label: { en: 'KML', zh: 'KML' },
  family: 'kml',
  sniff: ({ text }) => firstCharacter(text) === '<',
  read: ({ text }, { parsers }) => ({ root: readKml(text, parsers) }),
  misnamed: () => new Refusal('invalid-xml', { detail: 'it does not start with <', detailZh: '（开头不是 <）' }),
};
