import { PMTiles, type RangeResponse, type Source } from 'pmtiles';
import archiveUrl from '../../data/basemap/beijing.pmtiles?url';

/**
 * The archive's bytes by HTTP range requests; on a host that ignores `Range` (it answers 200 with the
 * whole file), that one answer is kept and every later read is a slice of it, so the map still draws,
 * having downloaded the archive once. A failed request throws, with the status, and MapLibre reports it
 * as the basemap's error (src/map/view.ts: the "basemap failed" warning).
 */
export class RangeOrWholeSource implements Source {
  private whole: Promise<ArrayBuffer> | null = null;

  constructor(private readonly url: string) {}

  getKey(): string {
    return this.url;
  }

  async getBytes(offset: number, length: number, signal?: AbortSignal): Promise<RangeResponse> {
    if (this.whole) return { data: (await this.whole).slice(offset, offset + length) };
    const response = await fetch(this.url, { signal, headers: { range: `bytes=${offset}-${offset + length - 1}` } });
    if (response.status === 206) return { data: await response.arrayBuffer() };
    if (response.status !== 200) throw new Error(`basemap tiles: HTTP ${response.status} for ${this.url}`);
    this.whole ??= response.arrayBuffer();
    return { data: (await this.whole).slice(offset, offset + length) };
  }
}

let archive: PMTiles | null = null;
const archiveOf = () => (archive ??= new PMTiles(new RangeOrWholeSource(new URL(archiveUrl, document.baseURI).href)));

/**
 * Reads the archive's header and root directory (its first 16 KB) now, while MapLibre is still starting,
 * so that its first tile requests need one round trip each. A failure here is left to the tiles to report.
 */
export function prefetchBasemapArchive(): void {
  archiveOf()
    .getHeader()
    .catch(() => {});
}

/**
 * One tile of the basemap archive, for MapLibre's `atlas-basemap://{z}/{x}/{y}` requests; a tile the
 * archive does not have (nothing drawn there) is an empty one.
 */
export async function loadBasemapTile(url: string, signal: AbortSignal): Promise<{ data: ArrayBuffer }> {
  const match = /(\d+)\/(\d+)\/(\d+)$/.exec(url);
  if (!match) throw new Error(`basemap tiles: not a tile URL: ${url}`);
  const tile = await archiveOf().getZxy(Number(match[1]), Number(match[2]), Number(match[3]), signal);
  return { data: tile?.data ?? new ArrayBuffer(0) };
}
