import fc from 'fast-check';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { REFUSAL_CODES } from '../../src/import/importMessages';
import { runImport } from '../../src/import/pipeline';
import type { ImportOutcome } from '../../src/import/types';
import { ZONE_ID } from '../../src/state/vocabulary';

/** Codes the pipeline may give; the client's own (worker, timeout) and internal-error (a bug) are not. */
const PIPELINE_CODES = new Set<string>(
  REFUSAL_CODES.filter((code) => !['internal-error', 'worker-failed', 'worker-unavailable', 'timeout'].includes(code)),
);
const RUNS = { numRuns: 1000, seed: 12 };

const signedArea = (ring: Position[]) =>
  ring.slice(1).reduce((sum, b, i) => sum + (ring[i]![0]! * b[1]! - b[0]! * ring[i]![1]!), 0);

/** The whole contract of an outcome, as one yes/no with a reason. */
function problemWith(outcome: ImportOutcome): string | null {
  if (!outcome.ok) {
    if (!PIPELINE_CODES.has(outcome.code)) return `unknown code ${outcome.code}: ${outcome.message.en}`;
    return outcome.message.en && outcome.message.zh && outcome.message.en !== outcome.message.zh ? null : 'message';
  }
  if (outcome.features.length === 0) return 'accepted with no features';
  const ids = new Set<string>();
  for (const feature of outcome.features) {
    if (!ZONE_ID.test(feature.id) || ids.has(feature.id)) return `id ${feature.id}`;
    ids.add(feature.id);
    if (typeof feature.name !== 'string' || feature.name.length === 0) return 'name';
    if (Object.values(feature.properties).some((v) => typeof v !== 'string')) return 'property not a string';
    const polygons =
      feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    for (const polygon of polygons) {
      for (const [i, ring] of polygon.entries()) {
        if (ring.length < 4) return 'short ring';
        if (ring[0]![0] !== ring.at(-1)![0] || ring[0]![1] !== ring.at(-1)![1]) return 'open ring';
        for (const p of ring) {
          if (p.length !== 2 || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) return `position ${String(p)}`;
          if (Math.abs(p[0]!) > 180 || Math.abs(p[1]!) > 90) return `out of range ${String(p)}`;
        }
        const area = signedArea(ring);
        if (i === 0 ? area < 0 : area > 0) return 'winding';
      }
    }
  }
  return null;
}

const run = (bytes: Uint8Array, name: string) =>
  runImport(bytes.slice().buffer as ArrayBuffer, name, 'wgs84', '2026-01-01T00:00:00Z');
const utf8 = (value: string) => new TextEncoder().encode(value);

/** A valid FeatureCollection of a few polygons near Beijing. */
const validCollection = fc
  .array(
    fc.record({
      lon: fc.double({ min: 116, max: 117, noNaN: true }),
      lat: fc.double({ min: 39.5, max: 40.5, noNaN: true }),
      size: fc.double({ min: 0.0001, max: 0.05, noNaN: true }),
      name: fc.string(),
    }),
    { minLength: 1, maxLength: 5 },
  )
  .map((squares) => ({
    type: 'FeatureCollection',
    features: squares.map(({ lon, lat, size, name }) => ({
      type: 'Feature',
      properties: { name },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [lon, lat],
            [lon + size, lat],
            [lon + size, lat + size],
            [lon, lat + size],
            [lon, lat],
          ],
        ],
      },
    })),
  }));

/** One random edit somewhere in a JSON value: replace, delete or add at a random path. */
function mutate(value: unknown, path: number[], replacement: unknown, mode: number): unknown {
  if (path.length === 0 || typeof value !== 'object' || value === null) return mode === 0 ? replacement : value;
  const container: Record<string, unknown> | unknown[] = Array.isArray(value) ? [...value] : { ...(value as object) };
  const keys = Object.keys(container);
  if (keys.length === 0) return replacement;
  const key = keys[path[0]! % keys.length]!;
  const target = container as Record<string, unknown>;
  if (path.length === 1 && mode === 1) Reflect.deleteProperty(target, key);
  else if (path.length === 1 && mode === 2 && Array.isArray(container)) container.push(replacement);
  else target[key] = mutate(target[key], path.slice(1), replacement, mode);
  return container;
}

describe('the import pipeline never throws and always keeps its contract', () => {
  it('on arbitrary bytes (as .geojson, .kml, .zip, .txt)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 512 }),
        fc.constantFrom('a.geojson', 'a.kml', 'a.zip', 'a.txt'),
        async (bytes, name) => {
          expect(problemWith(await run(bytes, name))).toBeNull();
        },
      ),
      RUNS,
    );
  });

  it('on bytes that start like a zip or a KML', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('PK\u0003\u0004', 'PK\u0005\u0006', '<kml>', '<?xml version="1.0"?><kml'),
        fc.uint8Array({ maxLength: 256 }),
        async (head, tail) => {
          const bytes = new Uint8Array([...utf8(head), ...tail]);
          expect(problemWith(await run(bytes, 'a.zip'))).toBeNull();
        },
      ),
      RUNS,
    );
  });

  it('on arbitrary JSON values', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        expect(problemWith(await run(utf8(JSON.stringify(value)), 'a.geojson'))).toBeNull();
      }),
      RUNS,
    );
  });

  it('on valid GeoJSON with one random edit (and accepts it unedited)', async () => {
    await fc.assert(
      fc.asyncProperty(
        validCollection,
        fc.array(fc.nat(), { minLength: 1, maxLength: 7 }),
        fc.oneof(
          fc.jsonValue(),
          fc.constantFrom(null, 'Polygon', 'GeometryCollection', [], [[]], 1e300, -200, '116.4'),
        ),
        fc.nat(2),
        async (collection, path, replacement, mode) => {
          const untouched = await run(utf8(JSON.stringify(collection)), 'a.geojson');
          expect(untouched.ok).toBe(true);
          expect(problemWith(untouched)).toBeNull();
          const edited = mutate(collection, path, replacement, mode);
          expect(problemWith(await run(utf8(JSON.stringify(edited)), 'a.geojson'))).toBeNull();
        },
      ),
      RUNS,
    );
  });

  it('on valid GeoJSON text cut short or with a byte changed', async () => {
    await fc.assert(
      fc.asyncProperty(validCollection, fc.nat(), fc.integer({ min: 0, max: 255 }), async (collection, at, byte) => {
        const bytes = utf8(JSON.stringify(collection));
        expect(problemWith(await run(bytes.subarray(0, at % bytes.length), 'a.geojson'))).toBeNull();
        const changed = bytes.slice();
        changed[at % bytes.length] = byte;
        expect(problemWith(await run(changed, 'a.geojson'))).toBeNull();
      }),
      RUNS,
    );
  });
});
