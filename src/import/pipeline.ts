import type { Position } from 'geojson';
import type { NoteCode } from './codes';
import { toWgs84 } from './datum';
import { detect } from './detect';
import { flattenProperties, idMaker, nameOf, type PropertyCounts } from './feature';
import type { ReadResult } from './formats/format';
import { collect, type Collected } from './geojson';
import { LIMITS } from './limits';
import { noteMessage, refusalMessage } from './importMessages';
import { PARSERS } from './parsers';
import { Refusal, detailOf } from './refusal';
import { emptyCounts, repairGeometry } from './repair';
import type { Bilingual, Datum, ImportOutcome, UserFeature } from './types';

type Notes = Map<NoteCode, number>;

/** Every position of a geometry's rings, in place (the rings are the pipeline's own copies). */
function convertPositions(rings: Position[][], convert: (p: Position) => Position): void {
  for (const ring of rings) for (let i = 0; i < ring.length; i++) ring[i] = convert(ring[i]!);
}

/** Repairs, converts and names the candidates; notes what was done. */
function build(collected: Collected, fileName: string, datum: Datum, now: string, notes: Notes): UserFeature[] {
  const { candidates } = collected;
  if (candidates.length > LIMITS.features) throw new Refusal('too-many-features');
  const counts = emptyCounts();
  const propertyCounts: PropertyCounts = { shortened: 0, dropped: 0 };
  const convert = toWgs84(datum);
  const nextId = idMaker();
  const features: UserFeature[] = [];
  for (const candidate of candidates) {
    const geometry = repairGeometry(candidate, counts);
    if (!geometry) continue;
    if (convert) {
      if (geometry.type === 'Polygon') convertPositions(geometry.coordinates, convert);
      else for (const polygon of geometry.coordinates) convertPositions(polygon, convert);
    }
    const properties = flattenProperties(candidate.properties, propertyCounts);
    const name = nameOf(properties, fileName, features.length + 1);
    features.push({ id: nextId(name, geometry), name, properties, geometry, fileName, datum, importedAt: now });
  }
  if (features.length === 0) {
    throw new Refusal('no-polygons', {
      found: `${counts.empty} with empty coordinates`,
      foundZh: `${counts.empty} 个坐标为空`,
    });
  }
  const add = (code: NoteCode, n: number) => n > 0 && notes.set(code, n);
  if (datum !== 'wgs84') add(datum === 'gcj02' ? 'converted-gcj02' : 'converted-bd09', features.length);
  add('dropped-null', collected.nulls);
  add('dropped-non-polygons', collected.points + collected.lines + collected.collections);
  add('dropped-empty', counts.empty);
  add('closed-rings', counts.closedRings);
  add('duplicates', counts.duplicates);
  add('dropped-z', counts.droppedZ);
  add('rewound', counts.rewound);
  add('self-intersecting', counts.selfIntersecting);
  add('values-shortened', propertyCounts.shortened);
  add('properties-dropped', propertyCounts.dropped);
  return features;
}

/** The GeoJSON-like value a file holds, read by the format its content shows (src/import/formats/). */
async function read(bytes: Uint8Array, fileName: string, notes: Notes): Promise<ReadResult> {
  const note = (code: NoteCode) => notes.set(code, 1);
  return detect(bytes, fileName, note)({ note, parsers: PARSERS });
}

/**
 * A visitor's file to WGS84 polygon features, or a refusal with a stable code and a message in both
 * languages. Never throws and never rejects. Async because zip entries are inflated with the
 * (asynchronous) DecompressionStream; GeoJSON runs synchronously inside. Pure: runs in a Web Worker
 * (worker.ts) and in Node (the unit tests). `now` is the ISO time stamped on every feature.
 */
export async function runImport(
  buffer: ArrayBuffer,
  fileName: string,
  datum: Datum,
  now: string,
): Promise<ImportOutcome> {
  const notes: Notes = new Map();
  try {
    if (buffer.byteLength > LIMITS.fileBytes) throw new Refusal('file-too-large');
    const { root, clockwiseByDefinition } = await read(new Uint8Array(buffer), fileName, notes);
    const features = build(collect(root), fileName, datum, now, notes);
    if (clockwiseByDefinition) notes.delete('rewound');
    const repairs: Bilingual[] = [...notes].map(([code, n]) => noteMessage(code, n));
    return { ok: true, fileName, features, repairs };
  } catch (error) {
    if (error instanceof Refusal) {
      return { ok: false, fileName, code: error.code, message: refusalMessage(error.code, error.values) };
    }
    // A stack overflow in a parser we do not own (deeply nested KML folders, say) is still a too-deep file.
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      return { ok: false, fileName, code: 'too-deep', message: refusalMessage('too-deep') };
    }
    return {
      ok: false,
      fileName,
      code: 'internal-error',
      message: refusalMessage('internal-error', { detail: detailOf(error) }),
    };
  }
}
