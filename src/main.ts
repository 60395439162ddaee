import './styles/main.css';
import { basemapUrl, loadZones } from './data/load';
import { computeZoneMetrics } from './geo/metrics';
import { zoneColors } from './color/palette';
import { createAppStore } from './state/appState';
import { decodeUrlState } from './state/url';
import { syncUrlWithStore } from './state/urlSync';
import { t } from './i18n';
import { createStatus } from './ui/status';
import { deferredMap, mountPanels, type PanelContext } from './ui/panel';
import { LATE_PANELS, SHELL_PANELS, ZONE_PANELS } from './ui/panels';
import { systemTheme } from './ui/themeSwitch';
import { exposeDebugHandle } from './map/debugHandle';

/** Wiring only: URL -> state -> views, data -> views. Each step's failure becomes a message on the page. */
async function start(): Promise<void> {
  const root = document.documentElement;
  // A link says its language; without one, a browser set to Chinese gets Chinese.
  const browserLanguage = navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
  const store = createAppStore({
    ...decodeUrlState(window.location.search, { defaults: { language: browserLanguage } }),
    systemTheme: systemTheme(),
  });
  mountPanels(SHELL_PANELS, { store });
  syncUrlWithStore(store);
  const status = createStatus(document.getElementById('status')!);
  const language = store.get().language;
  root.dataset.map = 'loading';
  status.show('loading', t(language, 'status.loading'));
  /** A problem that leaves the rest of the page working: said once, and dismissible. */
  const warn = (key: 'status.mapError' | 'status.chartsError', detail: string) => {
    const current = store.get().language;
    status.show('warning', t(current, key), { detail, dismissLabel: t(current, 'status.dismiss') });
  };

  // Start downloading MapLibre while the zones load; it is the largest part of the first frame.
  const mapModule = import('./map/view');
  let zones;
  try {
    zones = await loadZones();
  } catch (error) {
    root.dataset.map = 'error';
    status.show('error', t(language, 'status.dataError'), {
      detail: error instanceof Error ? error.message : String(error),
    });
    return;
  }
  const metrics = computeZoneMetrics(zones);
  const colors = zoneColors(zones);
  // A link to a zone that no longer exists opens the map without a selection.
  const { selectedId } = store.get();
  if (selectedId !== null && !zones.features.some((f) => f.properties.id === selectedId)) {
    store.update({ selectedId: null });
  }
  const map = deferredMap();
  const context: PanelContext = { store, zones, metrics, colors, map };
  mountPanels(ZONE_PANELS, context);

  try {
    const { createMapView } = await mapModule;
    const view = createMapView({
      container: document.getElementById('map')!,
      store,
      zones,
      metrics,
      colors,
      basemapUrl: basemapUrl(document.baseURI),
      onReady: () => {
        root.dataset.map = 'ready';
        status.clear('loading');
        // Charts are not needed for the first frame: their code and data load after it.
        for (const lazy of LATE_PANELS) {
          lazy
            .load()
            .then((panel) => mountPanels([panel], context))
            .catch((error) => warn('status.chartsError', String(error)));
        }
      },
      onError: (error) => warn('status.mapError', error.message),
    });
    map.attach(view);
    exposeDebugHandle({ map: view.map, store, zones, metrics });
  } catch (error) {
    map.fail();
    root.dataset.map = 'error';
    const isGpu = error instanceof Error && (error.name === 'GPUInitializationError' || /WebGL/i.test(error.message));
    status.show('error', t(language, isGpu ? 'status.noWebgl' : 'status.mapError'), { detail: String(error) });
  }
}

void start();
