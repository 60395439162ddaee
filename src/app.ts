import type { OverviewCollection } from './data/overview';
import type { ZoneCollection } from './data/schema';
import { computeZoneMetrics } from './geo/metrics';
import { zoneColors } from './color/palette';
import type { AppStore } from './state/appState';
import { MAX_COMPARED } from './state/compareSet';
import { isUserFeatureId } from './state/userFeatures';
import { startStore, type StartLink } from './state/startStore';
import { syncUrlWithStore } from './state/urlSync';
import { t } from './i18n/index';
import { createStatus, type Status } from './shell/status';
import { sayWhileSlow } from './shell/stillLoading';
import { deferredMap, deferredPlannerTools, detailsSources, mountPanels, type PanelContext } from './shell/panel';
import { EMBED_SHELL_PANEL, SHELL_PANELS } from './panels';
import { startMap } from './startMap';
import type { EarlyMap } from './map/view';

/**
 * What main.ts started: the link (read into the store), MapLibre's map (made as its module ran; null without
 * WebGL2), the zones and the overview.
 */
export interface FirstDownloads {
  link: StartLink;
  mapStart: Promise<EarlyMap> | null;
  zones: Promise<ZoneCollection>;
  overview: Promise<OverviewCollection>;
}

/** Wiring only: URL -> state -> views, data -> views. Each step's failure becomes a message on the page. */
export async function startAtlas({ link, mapStart, zones: zonesLoad, overview }: FirstDownloads): Promise<void> {
  // The same store as the map's, whichever of the two started first.
  const store = startStore(link);
  mountPanels(SHELL_PANELS, { store });
  if (store.get().embed) mountEmbedChrome(store);
  syncUrlWithStore(store);
  const status = createStatus(document.getElementById('status')!);
  sayWhenCompareIsFull(store, status);
  document.documentElement.dataset.map = 'loading';
  status.show('loading', t(store.get().language, 'status.loading'));
  sayWhileSlow(status, () => t(store.get().language, 'status.stillLoadingZones'), zonesLoad);

  let zones;
  try {
    zones = await zonesLoad;
  } catch (error) {
    // The map, made before the zones were checked, must not go on drawing a file the page refused.
    void mapStart?.then((early) => early.view?.destroy());
    return sayZonesFailed(store, status, error);
  }
  dropUnknownIds(store, zones);
  const context = {
    store,
    zones,
    metrics: computeZoneMetrics(zones),
    colors: zoneColors(zones),
    map: deferredMap(),
    status,
    planner: deferredPlannerTools(),
    details: detailsSources(),
  } satisfies PanelContext;
  await startMap({ context, mapStart, overview: await overview });
}

/**
 * Without the zones there is no map to show: the page says which file failed and why, and offers to
 * try again (a reload at the same link: the zones are the first download of a page).
 */
function sayZonesFailed(store: AppStore, status: Status, error: unknown): void {
  document.documentElement.dataset.map = 'error';
  const current = store.get().language;
  status.show('error', t(current, 'status.dataError'), {
    detail: error instanceof Error ? error.message : String(error),
    action: { label: t(current, 'status.retry'), run: () => window.location.reload() },
  });
}

/** Embedded: minimal chrome from the first paint (embed.css); the bar's code follows on its own. */
function mountEmbedChrome(store: AppStore): void {
  const root = document.documentElement;
  root.dataset.embed = '';
  // The parts the embed link left out (`hide=`), hidden by embed.css from the first paint.
  const { embedHidden } = store.get();
  if (embedHidden.length > 0) root.dataset.embedHide = embedHidden.join(' ');
  // Without its bar (the chunk failed to load) an embedded map still works, so nothing is said.
  EMBED_SHELL_PANEL.load()
    .then((panel) => mountPanels([panel], { store }))
    .catch(() => {});
}

/** A Shift+click or Shift+Enter on a full comparison changes nothing: the status line says why. */
function sayWhenCompareIsFull(store: AppStore, status: Status): void {
  store.select(
    (state) => state.compareFullNotices,
    () => {
      const current = store.get().language;
      status.show('info', t(current, 'compare.full', { max: MAX_COMPARED }), {
        dismissLabel: t(current, 'status.dismiss'),
      });
    },
  );
}

/**
 * A link to a zone that no longer exists opens the map without a selection; likewise a compared zone
 * that no longer exists is dropped, the others keep their order. Ids of imported features (`user-…`)
 * wait for the restore of the imports (features/sites), which drops those it does not bring back; an
 * embedded atlas restores no imports, so it drops them now.
 */
function dropUnknownIds(store: AppStore, zones: ZoneCollection): void {
  const zoneIds = new Set(zones.features.map((f) => f.properties.id));
  const { selectedId, compare, embed } = store.get();
  const keep = (id: string) => zoneIds.has(id) || (!embed && isUserFeatureId(id));
  if (selectedId !== null && !keep(selectedId)) store.update({ selectedId: null });
  if (compare.some((id) => !keep(id))) store.update({ compare: compare.filter(keep) });
}
