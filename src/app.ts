import { basemapUrl } from './data/load';
import type { OverviewCollection } from './data/overview';
import type { ZoneCollection } from './data/schema';
import { openingBounds, zoneBounds } from './geo/bounds';
import { computeZoneMetrics } from './geo/metrics';
import { zoneColors } from './color/palette';
import { createAppStore } from './state/appState';
import { MAX_COMPARED } from './state/compareSet';
import { isUserFeatureId } from './state/userFeatures';
import { decodeUrlState } from './state/url';
import { syncUrlWithStore } from './state/urlSync';
import { t } from './i18n/index';
import { createSvgMap, type SvgMap } from './map/svg/svgMap';
import { createStatus } from './shell/status';
import { deferredMap, deferredPlannerTools, detailsSources, mountPanels, type PanelContext } from './shell/panel';
import { EMBED_SHELL_PANEL, LATE_PANELS, panelsFor, SHELL_PANELS, ZONE_PANELS } from './panels';
import { systemTheme } from './shell/themeSwitch';
import { exposeDebugHandle } from './map/debugHandle';

/** The downloads main.ts started: MapLibre's module (null without WebGL2), the zones and the overview. */
export interface FirstDownloads {
  mapModule: Promise<typeof import('./map/view')> | null;
  zones: Promise<ZoneCollection>;
  overview: Promise<OverviewCollection>;
}

/** Wiring only: URL -> state -> views, data -> views. Each step's failure becomes a message on the page. */
export async function startAtlas({ mapModule, zones: zonesLoad, overview }: FirstDownloads): Promise<void> {
  const root = document.documentElement;
  // A link says its language; without one, a browser set to Chinese gets Chinese.
  const browserLanguage = navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
  const store = createAppStore({
    ...decodeUrlState(window.location.search, { defaults: { language: browserLanguage } }),
    systemTheme: systemTheme(),
  });
  mountPanels(SHELL_PANELS, { store });
  // Embedded: minimal chrome from the first paint (embed.css); the bar's code follows on its own.
  const { embed, embedHidden } = store.get();
  if (embed) {
    root.dataset.embed = '';
    // The parts the embed link left out (`hide=`), hidden by embed.css from the first paint.
    if (embedHidden.length > 0) root.dataset.embedHide = embedHidden.join(' ');
    // Without its bar (the chunk failed to load) an embedded map still works, so nothing is said.
    EMBED_SHELL_PANEL.load()
      .then((panel) => mountPanels([panel], { store }))
      .catch(() => {});
  }
  syncUrlWithStore(store);
  const status = createStatus(document.getElementById('status')!);
  // A Shift+click or Shift+Enter on a full comparison changes nothing: the status line says why.
  store.select(
    (state) => state.compareFullNotices,
    () => {
      const current = store.get().language;
      status.show('info', t(current, 'compare.full', { max: MAX_COMPARED }), {
        dismissLabel: t(current, 'status.dismiss'),
      });
    },
  );
  const language = store.get().language;
  root.dataset.map = 'loading';
  status.show('loading', t(language, 'status.loading'));
  /** A problem that leaves the rest of the page working: said once, and dismissible. */
  const warn = (key: 'status.mapError' | 'status.chartsError' | 'status.onlineBasemapFailed', detail: string) => {
    const current = store.get().language;
    status.show('warning', t(current, key), {
      detail: detail || undefined,
      dismissLabel: t(current, 'status.dismiss'),
    });
  };

  let zones;
  try {
    zones = await zonesLoad;
  } catch (error) {
    root.dataset.map = 'error';
    status.show('error', t(language, 'status.dataError'), {
      detail: error instanceof Error ? error.message : String(error),
    });
    return;
  }
  const metrics = computeZoneMetrics(zones);
  const colors = zoneColors(zones);
  const bounds = zoneBounds(zones);
  const opening = openingBounds(zones, bounds);
  // A link to a zone that no longer exists opens the map without a selection; likewise a compared zone
  // that no longer exists is dropped, the others keep their order. Ids of imported features (`user-…`)
  // wait for the restore of the imports (features/sites/sitesPanel.lazy.ts), which drops those it does not bring back;
  // an embedded atlas restores no imports, so it drops them now.
  const zoneIds = new Set(zones.features.map((f) => f.properties.id));
  const { selectedId, compare } = store.get();
  const keep = (id: string) => zoneIds.has(id) || (!embed && isUserFeatureId(id));
  if (selectedId !== null && !keep(selectedId)) store.update({ selectedId: null });
  if (compare.some((id) => !keep(id))) store.update({ compare: compare.filter(keep) });
  const mapElement = document.getElementById('map')!;
  // The zones on screen at once, drawn as SVG, until MapLibre has drawn them (or instead of it).
  const svgMap = createSvgMap({ mapElement, store, zones, metrics, colors, overview: await overview, bounds, opening });
  root.dataset.firstPaint = 'svg';
  const map = deferredMap();
  const context: PanelContext = {
    store,
    zones,
    metrics,
    colors,
    map,
    status,
    planner: deferredPlannerTools(),
    details: detailsSources(),
  };
  // Embedded, the atlas shows the map and a selection's details, and nothing else. Mounted once, before
  // or after the map is made (see mapFirst below).
  let zonePanelsMounted = false;
  const mountZonePanels = () => {
    if (zonePanelsMounted) return;
    zonePanelsMounted = true;
    mountPanels(panelsFor(ZONE_PANELS, embed), context);
  };

  /** Charts and other late panels: their code and data load after the first frame. */
  const mountLatePanels = () => {
    for (const lazy of panelsFor(LATE_PANELS, embed).filter((late) => late.wanted?.() ?? true)) {
      lazy
        .load()
        .then((panel) => mountPanels([panel], context))
        .catch((error) => warn('status.chartsError', String(error)));
    }
  };

  /** No WebGL2, or MapLibre failed to start: the SVG map becomes the map, and says so. */
  const keepSvgMap = async (reason: unknown) => {
    const { createSvgController } = await import('./map/svg/svgController.lazy');
    map.attach(createSvgController(svgMap, store, bounds, opening));
    root.dataset.map = 'svg';
    const current = store.get().language;
    status.show('warning', t(current, 'status.noWebgl'), {
      detail: reason ? String(reason) : undefined,
      dismissLabel: t(current, 'status.dismiss'),
    });
    mountLatePanels();
  };

  if (!mapModule) {
    mountZonePanels();
    return keepSvgMap(null);
  }
  // MapLibre's first frame waits on its worker, which starts when the map is made: when MapLibre has
  // (nearly) arrived, the map is made first and the panels are built while the worker works. On a
  // slow network the panels do not wait for it.
  const mapFirst = await Promise.race([
    mapModule.then(
      () => true,
      () => true,
    ),
    delay(MAP_FIRST_WAIT_MS, false),
  ]);
  if (!mapFirst) mountZonePanels();
  try {
    const { createMapView } = await mapModule;
    const view = createMapView({
      container: mapElement,
      store,
      zones,
      metrics,
      colors,
      basemapUrl: basemapUrl(document.baseURI),
      // Embedded, a plain wheel scrolls the host page: Ctrl/⌘ + wheel zooms, two fingers pan.
      cooperativeGestures: embed,
      onReady: () => {
        root.dataset.map = 'ready';
        status.clear('loading');
        handOver(svgMap);
        mountLatePanels();
      },
      onError: (error) => warn('status.mapError', error.message),
      onBasemapFallback: () => warn('status.onlineBasemapFailed', ''),
    });
    map.attach(view);
    exposeDebugHandle({ map: view.map, store, zones, metrics });
  } catch (error) {
    mountZonePanels();
    return keepSvgMap(error);
  }
  mountZonePanels();
}

/** How long the panels wait for MapLibre's module, so that the map can be made first (ms). */
const MAP_FIRST_WAIT_MS = 100;

const delay = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

/** MapLibre has drawn the zones: the SVG map fades out over it, with nothing moving. */
function handOver(svgMap: SvgMap): void {
  svgMap.handOver();
  delete document.documentElement.dataset.firstPaint;
}
