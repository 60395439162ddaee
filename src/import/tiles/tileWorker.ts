/// <reference lib="webworker" />
import type { TileAnswer, TileRequest } from './tileProtocol';
import { TileServer } from './tileServer';

// The user-tile worker: holds the imported features' packs and answers one tile at a time, its bytes
// transferred. Messages are handled in order, so a tile asked for after a `set` is cut from that set.
const server = new TileServer();

self.onmessage = (event: MessageEvent<TileRequest>) => {
  const request = event.data;
  if (request.type === 'set') return server.set(request);
  const bytes = server.tile(request.z, request.x, request.y);
  // Its own buffer, exactly the tile's bytes (pbf's is larger), so it can be transferred.
  const buffer = bytes
    ? (bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
    : null;
  self.postMessage({ id: request.id, bytes: buffer } satisfies TileAnswer, buffer ? [buffer] : []);
};
