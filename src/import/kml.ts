import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { Refusal, detailOf } from './refusal';

/**
 * KML text to a GeoJSON FeatureCollection with togeojson. Workers have no DOMParser, so the XML is
 * parsed with @xmldom/xmldom (pure JavaScript, runs in a worker and in Node). A file that declares its
 * own entities is refused before parsing: KML never needs them, and entity expansion is how XML
 * "billion laughs" bombs work. togeojson turns a MultiGeometry into a GeometryCollection, whose
 * polygons geojson.ts keeps.
 */
export function readKml(text: string): unknown {
  if (/<!ENTITY/i.test(text)) throw new Refusal('xml-entities');
  let doc;
  let problem: string | undefined;
  try {
    doc = new DOMParser({
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
  const collection = kml(doc);
  if (collection.features.length === 0) throw new Refusal('kml-no-placemarks');
  return collection;
}
