// Writes a PMTiles v3 archive (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md): a 127-byte
// header, the root directory, the metadata, the leaf directories and the tile data, in that order, with
// the directories and metadata gzipped. Small on purpose: the reader is the `pmtiles` package, and a unit
// test (tests/unit/basemapTiles.test.ts) reads what this writes with it. Output is deterministic: same
// tiles, same bytes (gzip from node:zlib at a fixed level, with no file name or time in its header).
import { gzipSync } from 'node:zlib';
import { zxyToTileId } from 'pmtiles';

const HEADER_BYTES = 127;
/** The reader's first request is 16 KiB: the header and the root directory must fit in it. */
const FIRST_REQUEST_BYTES = 16384;
const GZIP = 2;
const MVT = 1;

const gzip = (bytes) => gzipSync(bytes, { level: 9 });

/** Unsigned LEB128, as the directory's numbers are written. */
function pushVarint(out, value) {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

/** A directory: entries sorted by tile id, written column by column (ids as deltas). */
function serializeDirectory(entries) {
  const out = [];
  pushVarint(out, entries.length);
  let lastId = 0;
  for (const e of entries) {
    pushVarint(out, e.tileId - lastId);
    lastId = e.tileId;
  }
  for (const e of entries) pushVarint(out, e.runLength);
  for (const e of entries) pushVarint(out, e.length);
  entries.forEach((e, i) => {
    const previous = entries[i - 1];
    // 0 means "right after the previous entry's bytes", which holds for most tiles.
    pushVarint(out, previous && e.offset === previous.offset + previous.length ? 0 : e.offset + 1);
  });
  return gzip(Uint8Array.from(out));
}

/**
 * The root directory, and the leaf directories when the entries do not fit beside the header in the
 * reader's first request: leaves of `leafSize` entries, doubled until the root fits.
 */
function directories(entries, firstRequest) {
  const root = serializeDirectory(entries);
  if (HEADER_BYTES + root.length <= firstRequest) return { root, leaves: Buffer.alloc(0) };
  for (let leafSize = 256; ; leafSize *= 2) {
    const leafParts = [];
    const rootEntries = [];
    let offset = 0;
    for (let i = 0; i < entries.length; i += leafSize) {
      const leaf = serializeDirectory(entries.slice(i, i + leafSize));
      rootEntries.push({ tileId: entries[i].tileId, offset, length: leaf.length, runLength: 0 });
      leafParts.push(leaf);
      offset += leaf.length;
    }
    const root = serializeDirectory(rootEntries);
    if (HEADER_BYTES + root.length <= firstRequest) return { root, leaves: Buffer.concat(leafParts) };
  }
}

function writeHeader(h) {
  const buf = Buffer.alloc(HEADER_BYTES);
  buf.write('PMTiles', 0, 'ascii');
  buf.writeUInt8(3, 7);
  const u64 = [
    h.rootOffset,
    h.rootLength,
    h.metadataOffset,
    h.metadataLength,
    h.leavesOffset,
    h.leavesLength,
    h.dataOffset,
    h.dataLength,
    h.addressedTiles,
    h.tileEntries,
    h.tileContents,
  ];
  u64.forEach((value, i) => buf.writeBigUInt64LE(BigInt(value), 8 + i * 8));
  buf.writeUInt8(1, 96); // clustered: tile data in tile id order
  buf.writeUInt8(GZIP, 97); // directories and metadata
  buf.writeUInt8(GZIP, 98); // tiles
  buf.writeUInt8(MVT, 99);
  buf.writeUInt8(h.minZoom, 100);
  buf.writeUInt8(h.maxZoom, 101);
  const e7 = (degrees) => Math.round(degrees * 1e7);
  const [w, s, e, n] = h.bounds;
  [w, s, e, n].forEach((v, i) => buf.writeInt32LE(e7(v), 102 + i * 4));
  buf.writeUInt8(h.centerZoom, 118);
  buf.writeInt32LE(e7((w + e) / 2), 119);
  buf.writeInt32LE(e7((s + n) / 2), 123);
  return buf;
}

/**
 * The archive's bytes. `tiles` is a list of `{ z, x, y, data }` with `data` the uncompressed MVT bytes;
 * identical tiles are stored once (the districts' inner tiles repeat), and consecutive identical ones
 * share one directory entry (its run length). `firstRequest` is for the tests, to make leaves of a few tiles.
 */
export function writePmtiles({
  tiles,
  metadata,
  minZoom,
  maxZoom,
  bounds,
  centerZoom,
  firstRequest = FIRST_REQUEST_BYTES,
}) {
  const sorted = tiles.map((t) => ({ ...t, tileId: zxyToTileId(t.z, t.x, t.y) })).sort((a, b) => a.tileId - b.tileId);
  const byContent = new Map();
  const dataParts = [];
  const entries = [];
  let dataLength = 0;
  for (const tile of sorted) {
    const key = Buffer.from(tile.data).toString('base64');
    let stored = byContent.get(key);
    if (!stored) {
      const bytes = gzip(tile.data);
      stored = { offset: dataLength, length: bytes.length };
      byContent.set(key, stored);
      dataParts.push(bytes);
      dataLength += bytes.length;
    }
    const last = entries[entries.length - 1];
    if (last && last.offset === stored.offset && last.tileId + last.runLength === tile.tileId) last.runLength += 1;
    else entries.push({ tileId: tile.tileId, offset: stored.offset, length: stored.length, runLength: 1 });
  }
  const { root, leaves } = directories(entries, firstRequest);
  const meta = gzip(Buffer.from(JSON.stringify(metadata)));
  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + root.length;
  const leavesOffset = metadataOffset + meta.length;
  const dataOffset = leavesOffset + leaves.length;
  const header = writeHeader({
    rootOffset,
    rootLength: root.length,
    metadataOffset,
    metadataLength: meta.length,
    leavesOffset,
    leavesLength: leaves.length,
    dataOffset,
    dataLength,
    addressedTiles: sorted.length,
    tileEntries: entries.length,
    tileContents: byContent.size,
    minZoom,
    maxZoom,
    bounds,
    centerZoom,
  });
  return Buffer.concat([header, root, meta, leaves, ...dataParts]);
}
