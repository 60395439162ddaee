import { it as base } from 'vitest';
import { atlasUrl, openPage, waitForAtlas, type AtlasPage, type AtlasReadiness, type PageOptions } from './atlasPage';

/**
 * The end-to-end tests' one fixture: a test asks for `openAtlas` (or `openPage`, for a host page or
 * the one-file build) and gets a page of this file's shared browser (atlasPage.ts launches one per
 * test file and closes it after the file), already waited on: the map drawn, the zones on screen, the
 * camera still. Every page a test opened is closed after it, passed or failed, so no test closes its
 * own (one that loads the atlas again may close the first page early, to spare the machine).
 *
 *   it('opens a zone', async ({ openAtlas }) => {
 *     const atlas = await openAtlas('?zone=cbd-part');
 *     ...
 *   });
 */

export interface OpenOptions extends PageOptions {
  /** What the page must have reached before the test goes on (see AtlasReadiness). */
  waitFor?: AtlasReadiness;
  /** How long each wait may take: a test that loads the atlas several times allows more on a busy machine. */
  timeout?: number;
}

/** Opens the built atlas at `query` and waits as `options.waitFor` says ('zones' unless told otherwise). */
export type OpenAtlas = (query?: string, options?: OpenOptions) => Promise<AtlasPage>;
/** Opens any address and waits as `options.waitFor` says ('nothing' unless told otherwise). */
export type OpenPage = (url: string, options?: OpenOptions) => Promise<AtlasPage>;

/** Opens the atlas at `query` and waits for it, closing nothing: for a page a whole file shares. */
export async function openReadyAtlas(query = '', options: OpenOptions = {}): Promise<AtlasPage> {
  const atlas = await openPage(atlasUrl(query), options);
  await waitForAtlas(atlas.page, { waitFor: options.waitFor ?? 'zones', timeout: options.timeout });
  return atlas;
}

export const it = base
  // eslint-disable-next-line no-empty-pattern -- Vitest reads a fixture's dependencies from this pattern: none.
  .extend('openPage', async ({}, { onCleanup }): Promise<OpenPage> => {
    const opened: AtlasPage[] = [];
    onCleanup(async () => {
      for (const atlas of opened) await atlas.close();
    });
    return async (url, options = {}) => {
      const atlas = await openPage(url, options);
      opened.push(atlas);
      await waitForAtlas(atlas.page, { waitFor: options.waitFor ?? 'nothing', timeout: options.timeout });
      return atlas;
    };
  })
  .extend(
    'openAtlas',
    async ({ openPage }): Promise<OpenAtlas> =>
      (query = '', options = {}) =>
        openPage(atlasUrl(query), { ...options, waitFor: options.waitFor ?? 'zones' }),
  );
