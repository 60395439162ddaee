import { afterAll, expect } from 'vitest';
import type { AppState, Camera } from '../../src/state/appState';
import { mergeUrlState, urlStateOf } from '../../src/state/url';
import { waitForAtlas, type AtlasPage } from './atlasPage';
import { openReadyAtlas, type OpenOptions } from './fixture';

/**
 * One loaded atlas shared by several tests of a file. A cold load is most of a short test's time (8 to
 * 10 s on the loaded two-core machine), so tests that start from the same freshly loaded page take it
 * from here: the first one loads it, each next one gets it put back as it was once loaded (the store's
 * whole state, hence the selection, layers, theme, language, tab, drawer, tour step and link; the
 * camera; the focus, the pointer and the search box) and waited on as a fresh load is. The page is
 * closed after the file. A test about the load itself (a link, the focus on arrival or Tab from the top
 * of the page, a fault, another window size or motion preference) keeps a page of its own (fixture.ts).
 *
 *   const defaultAtlas = sharedAtlas();
 *   it('…', async () => { const { page } = await defaultAtlas(); … });
 *
 * The page is put back to the state it had when it was ready (fixture.ts readiness). A page whose lazy
 * parts change the state after that (the tour applies its scene once its chunk arrives) says what to
 * wait for in `settled`: the state is taken once it is met, and the put-back waits for it again. Open
 * dialogs are closed, and the focus left on the page, as on arrival. Errors are not cleared between
 * tests: one that shows late fails the next test that checks.
 */
export interface SharedOptions extends OpenOptions {
  /** Waits until the loaded page has settled (e.g. the tour's scene shown): run after the load and after each put-back. */
  settled?: (page: AtlasPage['page']) => Promise<unknown>;
}

export function sharedAtlas(query = '', options: SharedOptions = {}): () => Promise<AtlasPage> {
  let opened: Promise<{ atlas: AtlasPage; links: string[] }> | undefined;
  afterAll(async () => {
    if (opened) await (await opened.catch(() => undefined))?.atlas.close();
  });
  return async () => {
    if (!opened) {
      opened = openReadyAtlas(query, options).then(async (atlas) => {
        await options.settled?.(atlas.page);
        const loaded = await atlas.page.evaluate(keepLoadedAtlas);
        const state = JSON.parse(JSON.stringify(loaded.state)) as AppState;
        const camera: Camera = { center: loaded.center, zoom: loaded.zoom, bearing: state.view.bearing };
        // The link as loaded, or as the page writes it for the same state once something changed; a
        // link that framed a zone (`zone=` without a camera) also names the camera once it is put back.
        const { search } = new URL(atlas.page.url());
        const written = [state, { ...state, view: camera }].map((s) => mergeUrlState(search, urlStateOf(s)));
        return { atlas, links: [search, ...written].map(sortedParams) };
      });
      return (await opened).atlas;
    }
    const { atlas, links } = await opened;
    await putBack(atlas, links, options);
    return atlas;
  };
}

/** What a page keeps of its loaded atlas, to be put back (`window.loadedAtlas`). */
interface LoadedAtlas {
  state: AppState;
  center: [number, number];
  zoom: number;
}

/** Runs in the page (or an embedding frame): keeps the loaded atlas's state and camera, and returns them. */
export function keepLoadedAtlas(): LoadedAtlas {
  const { store, map } = window.atlas!;
  const loaded = { state: store.get(), center: map.getCenter().toArray() as [number, number], zoom: map.getZoom() };
  (window as unknown as { loadedAtlas: LoadedAtlas }).loadedAtlas = loaded;
  return loaded;
}

/** Runs in the page (or an embedding frame): puts back the state and camera `keepLoadedAtlas` kept. */
export function restoreLoadedAtlas(): void {
  (document.activeElement as HTMLElement | null)?.blur();
  const { store, map } = window.atlas!;
  const loaded = (window as unknown as { loadedAtlas: LoadedAtlas }).loadedAtlas;
  store.update(loaded.state);
  map.jumpTo({ center: loaded.center, zoom: loaded.zoom, bearing: loaded.state.view.bearing, pitch: 0 });
  // The jump's moveend wrote its camera into the store; a load that kept its opening frame had none
  // there (the link names no camera), so the loaded view goes back in after it.
  store.update({ view: loaded.state.view });
}

/** A query's parameters in one order: the page keeps the order they came in, which a test may have changed. */
const sortedParams = (search: string) =>
  [...new URLSearchParams(search)]
    .map(([name, value]) => `${name}=${value}`)
    .sort()
    .join('&');

/** Puts the page back as it was once loaded (see sharedAtlas) and waits as for a fresh load. */
async function putBack(atlas: AtlasPage, links: string[], options: SharedOptions): Promise<void> {
  const { page } = atlas;
  // A dialog a test left open (Share) closes as its Escape would, giving the page back.
  await page.evaluate(() =>
    document.querySelectorAll('dialog[open]').forEach((dialog) => (dialog as HTMLDialogElement).close()),
  );
  // The pointer off the map (no hover); the search box as it was (empty).
  await page.mouse.move(0, 0);
  await page.locator('#search input').fill('');
  await page.evaluate(restoreLoadedAtlas);
  await waitForAtlas(page, { waitFor: options.waitFor ?? 'zones', timeout: options.timeout });
  await options.settled?.(page);
  // What settled may have focused (a tour caption) is left, as a fresh load leaves the focus on the page.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  // The link is rewritten a moment after a change: the next test may read it.
  await expect.poll(() => sortedParams(new URL(page.url()).search), { timeout: 20_000 }).toBeOneOf(links);
}
