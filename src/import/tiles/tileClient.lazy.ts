import { packedPlace, type PackedFeatures } from '../packed';
import type { UserFeature } from '../types';
import { createTileWorker } from './createTileWorker';
import type { LooseFeature, TileAnswer, TileClient, TileSet } from './tileProtocol';
import { TileServer } from './tileServer';

/** A key per pack, the same for the page's whole life (0 is kept for features without a pack). */
const packKeys = new WeakMap<PackedFeatures, number>();
let nextKey = 1;
const keyOf = (pack: PackedFeatures) => packKeys.get(pack) ?? (packKeys.set(pack, nextKey), nextKey++);

/**
 * The set message for `features`: (pack key, index) pairs in their order, the packs `held` does not
 * have (their geometry arrays and meta, cloned: the page keeps its own), and the features without a
 * pack as objects. `held` becomes the keys this set uses, as the worker's packs do.
 */
export function tileSet(features: readonly UserFeature[], held: Set<number>): TileSet {
  const order = new Uint32Array(features.length * 2);
  const packs: TileSet['packs'] = [];
  const loose: LooseFeature[] = [];
  const used = new Set<number>();
  features.forEach((feature, i) => {
    const place = packedPlace(feature);
    if (!place) {
      order.set([0, loose.length], i * 2);
      loose.push({ id: feature.id, geometry: feature.geometry });
      return;
    }
    const key = keyOf(place.pack);
    order.set([key, place.index], i * 2);
    if (used.has(key)) return;
    used.add(key);
    if (held.has(key)) return;
    const { coordinates, ringEnds, polygonEnds, featureEnds, multi, meta } = place.pack;
    packs.push({ key, pack: { coordinates, ringEnds, polygonEnds, featureEnds, multi, meta } });
  });
  held.clear();
  for (const key of used) held.add(key);
  return { type: 'set', packs, order, loose };
}

/** An empty tile: a new buffer each time, as MapLibre transfers (detaches) the one it is given. */
const empty = () => new ArrayBuffer(0);

/** Tiles made on the page: only when the worker cannot start (a browser without module workers). */
function pageClient(): TileClient {
  const server = new TileServer();
  const held = new Set<number>();
  return {
    set: (features) => server.set(tileSet(features, held)),
    tile: (z, x, y) => {
      const bytes = server.tile(z, x, y);
      return Promise.resolve(bytes ? (bytes.slice().buffer as ArrayBuffer) : empty());
    },
  };
}

/** The tile client: the user-tile worker, or tiles made on the page if it cannot start. */
export function createTileClient(makeWorker: () => Worker = createTileWorker): TileClient {
  let worker: Worker;
  try {
    worker = makeWorker();
  } catch {
    return pageClient();
  }
  const held = new Set<number>();
  const waiting = new Map<number, { z: number; x: number; y: number; resolve: (bytes: ArrayBuffer) => void }>();
  let nextId = 1;
  let fallback: TileClient | null = null;
  let last: readonly UserFeature[] = [];
  worker.onmessage = ({ data }: MessageEvent<TileAnswer>) => {
    waiting.get(data.id)?.resolve(data.bytes ?? empty());
    waiting.delete(data.id);
  };
  worker.onerror = (event) => {
    // A worker that fails (it could not start, or ran out of memory) leaves the tiles to the page.
    event.preventDefault();
    worker.terminate();
    const page = (fallback = pageClient());
    page.set(last);
    for (const { z, x, y, resolve } of waiting.values()) void page.tile(z, x, y).then(resolve);
    waiting.clear();
  };
  return {
    set(features) {
      last = features;
      if (fallback) return fallback.set(features);
      const message = tileSet(features, held);
      worker.postMessage(message, [message.order.buffer]);
    },
    tile(z, x, y) {
      if (fallback) return fallback.tile(z, x, y);
      const id = nextId++;
      return new Promise((resolve) => {
        waiting.set(id, { z, x, y, resolve });
        worker.postMessage({ type: 'tile', id, z, x, y });
      });
    },
  };
}
