import type { OverviewCollection } from './data/overview';
import { openingBounds, zoneBounds } from './geo/bounds';
import { t } from './i18n/index';
import { exposeDebugHandle } from './map/debugHandle';
import { isEngineFailure, watchFirstFrame } from './map/firstFrameWatch';
import { createSvgMap, type SvgMap } from './map/svg/svgMap';
import type { MapController } from './map/types';
import type { EarlyMap } from './map/view';
import { zoneStyleData } from './map/style/zoneStyleData';
import { LATE_PANELS, panelsFor, ZONE_LAZY_PANELS, ZONE_PANELS, type LazyPanelList } from './panels';
import { mountPanels, type PanelContext } from './shell/panel';

/** What the map's start needs: the panels' context (its map not attached yet), MapLibre's map and the overview. */
export interface MapStart {
  context: PanelContext & { map: MapController & { attach(map: MapController): void } };
  /** MapLibre's map, made by main.ts as soon as its module ran; null without WebGL2. */
  mapStart: Promise<EarlyMap> | null;
  overview: OverviewCollection;
}

type Warning = 'status.mapError' | 'status.chartsError' | 'status.onlineBasemapFailed' | 'status.basemapFailed';

/**
 * The zones on screen at once, drawn as SVG; then MapLibre (WebGL2) over them, or, without it, the SVG
 * map as the map. MapLibre's map was made without the app (main.ts): here the page connects to it. The
 * zone panels mount at once; the late panels after the first detailed frame (or at once on the SVG map).
 */
export async function startMap({ context, mapStart, overview }: MapStart): Promise<void> {
  const { store, zones, metrics, colors } = context;
  const embed = store.get().embed;
  const bounds = zoneBounds(zones);
  const opening = openingBounds(zones, bounds);
  const mapElement = document.getElementById('map')!;
  const svgMap = createSvgMap({ mapElement, store, zones, metrics, colors, overview, bounds, opening });
  document.documentElement.dataset.firstPaint = 'svg';
  let zonePanelsMounted: () => void = () => {};
  const panelsMounted = new Promise<void>((resolve) => (zonePanelsMounted = resolve));
  const mountZonePanels = once(() => {
    mountPanels(panelsFor(ZONE_PANELS, embed), context);
    return mountLazyPanels(context, ZONE_LAZY_PANELS).then(zonePanelsMounted);
  });
  const mountLatePanels = () => void mountLazyPanels(context, LATE_PANELS);
  /**
   * No WebGL2, MapLibre failed to start, or it failed before its first frame (`failure`): the SVG map
   * becomes the map, and says so.
   */
  const keepSvgMap = async (reason: unknown, failure: SvgReason = 'status.noWebgl') => {
    // The SVG map frames a linked selection clear of the details as it attaches: they must be there.
    await mountZonePanels();
    const { createSvgController } = await import('./map/svg/svgController.lazy');
    context.map.attach(createSvgController(svgMap, store, bounds, opening));
    document.documentElement.dataset.map = 'svg';
    sayWhySvg(context, failure, reason);
    mountLatePanels();
  };
  void mountZonePanels();
  if (!mapStart) return keepSvgMap(null);
  let early: EarlyMap;
  try {
    early = await mapStart;
  } catch (error) {
    // The engine's own code did not arrive (blocked, or a broken deployment).
    return keepSvgMap(error, 'status.engineFailed');
  }
  // MapLibre could not start (no WebGL2 context).
  if (!early.view) return keepSvgMap(early.error);
  const firstFrame = connectMapLibre(context, early, panelsMounted, () => {
    handOver(svgMap);
    mountLatePanels();
  });
  // Started, then failed (its worker blocked, or no frame within the budget): the SVG map, still drawn
  // underneath, takes over; the store (selection, comparison, link) was never the map's.
  void firstFrame.catch((error: unknown) => keepSvgMap(error, 'status.engineFailed'));
}

/** Why the SVG map is the map: no WebGL2, or MapLibre started and failed. */
type SvgReason = 'status.noWebgl' | 'status.engineFailed';

/**
 * Says why the map is the simpler one. Without WebGL2 the browser's reason is the detail; a failed
 * engine is said in plain words only (MapLibre's own are for developers), with a "Try again" that
 * reloads the page at its link.
 */
function sayWhySvg({ store, status }: PanelContext, failure: SvgReason, reason: unknown): void {
  const current = store.get().language;
  const engineFailed = failure === 'status.engineFailed';
  status.show('warning', t(current, failure), {
    detail: reason && !engineFailed ? String(reason) : undefined,
    dismissLabel: t(current, 'status.dismiss'),
    action: engineFailed ? { label: t(current, 'status.retry'), run: reload } : undefined,
  });
}

/**
 * Connects the page to MapLibre's view. The returned promise settles at its first frame with the zones,
 * where the view is attached to the context's map and `onReady` runs (so nothing binds to a map that
 * never draws), or rejects when the engine fails before it (a blocked worker, no frame within
 * FIRST_FRAME_BUDGET_MS); the view is removed then. What the map did before the page connected (drew,
 * or failed) is heard at once.
 */
function connectMapLibre(
  context: MapStart['context'],
  { view, connect }: Extract<EarlyMap, { error?: undefined }>,
  panelsMounted: Promise<void>,
  onReady: () => void,
): Promise<void> {
  const { store, zones, metrics, colors, status } = context;
  let drawn: () => void = () => {};
  let failed: (reason: Error) => void = () => {};
  const firstFrame = new Promise<void>((resolve, reject) => ((drawn = resolve), (failed = reject)));
  const watch = watchFirstFrame((reason) => {
    view.destroy();
    failed(reason);
  });
  connect(
    {
      panelsMounted,
      onReady: () => {
        if (watch.state() !== 'waiting') return;
        watch.drawn();
        context.map.attach(view);
        exposeDebugHandle({ map: view.map, store, zones, metrics });
        document.documentElement.dataset.map = 'ready';
        status.clear('loading');
        onReady();
        drawn();
      },
      onError: (error) => {
        if (watch.state() === 'failed') return;
        if (watch.state() === 'waiting' && isEngineFailure(error)) watch.failed(new Error(error.message));
        else warn(context, 'status.mapError', error.message);
      },
      // The zones still draw; a reload at the same link is the one way to fetch the file again.
      onBasemapError: (error) => warn(context, 'status.basemapFailed', error.message, reload),
      onBasemapFallback: () => warn(context, 'status.onlineBasemapFailed', ''),
    },
    zoneStyleData(zones, metrics, colors),
  );
  return firstFrame;
}

/**
 * Loads each lazy panel this page wants (embedded: a subset) and mounts it as it arrives; settles once
 * all have mounted or failed.
 */
async function mountLazyPanels(context: PanelContext, panels: LazyPanelList): Promise<void> {
  const wanted = panelsFor(panels, context.store.get().embed).filter((panel) => panel.wanted?.() ?? true);
  await Promise.all(
    wanted.map((lazy) =>
      lazy
        .load()
        .then((panel) => void mountPanels([panel], context))
        .catch((error) => warn(context, 'status.chartsError', String(error))),
    ),
  );
}

/** A problem that leaves the rest of the page working: said once, and dismissible; `retry` offers "Try again". */
function warn({ store, status }: PanelContext, key: Warning, detail: string, retry?: () => void): void {
  const current = store.get().language;
  status.show('warning', t(current, key), {
    detail: detail || undefined,
    dismissLabel: t(current, 'status.dismiss'),
    action: retry ? { label: t(current, 'status.retry'), run: retry } : undefined,
  });
}

/** Loads the page again at its link (the store has written it), fetching what failed anew. */
const reload = () => window.location.reload();

/** `run`, at most once: later calls return the first call's promise. */
function once(run: () => Promise<void>): () => Promise<void> {
  let result: Promise<void> | null = null;
  return () => (result ??= run());
}

/** MapLibre has drawn the zones: the SVG map fades out over it, with nothing moving. */
function handOver(svgMap: SvgMap): void {
  svgMap.handOver();
  delete document.documentElement.dataset.firstPaint;
}
