import './styles/main.css';
import { BASEMAP_URL, loadZones } from './data/load';
import { computeZoneMetrics } from './geo/metrics';
import { zoneColors } from './color/palette';
import { createAppStore } from './state/appState';
import { decodeUrlState } from './state/url';
import { syncUrlWithStore } from './state/urlSync';
import { t } from './i18n';
import { createStatus } from './ui/status';
import { mountShellControls, mountZonePanels } from './ui/explore';
import { systemTheme } from './ui/themeSwitch';

/** Wiring only: URL -> state -> views, data -> views. Each step's failure becomes a message on the page. */
async function start(): Promise<void> {
  const root = document.documentElement;
  // A link says its language; without one, a browser set to Chinese gets Chinese.
  const browserLanguage = navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
  const store = createAppStore({
    ...decodeUrlState(window.location.search, { defaults: { language: browserLanguage } }),
    systemTheme: systemTheme(),
  });
  mountShellControls(store);
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
  mountZonePanels({ store, zones, metrics, colors });

  try {
    const { createMapView } = await mapModule;
    const map = createMapView({
      container: document.getElementById('map')!,
      store,
      zones,
      metrics,
      colors,
      basemapUrl: BASEMAP_URL,
      onReady: () => {
        root.dataset.map = 'ready';
        status.clear('loading');
        // Charts are not needed for the first frame: their code and data load after it.
        import('./ui/charts')
          .then(({ mountCharts }) => {
            const toggle = document.getElementById('charts-toggle') as HTMLButtonElement;
            const drawer = document.getElementById('charts')!;
            mountCharts({ store, zones, metrics, colors, toggle, drawer });
          })
          .catch((error) => warn('status.chartsError', String(error)));
      },
      onError: (error) => warn('status.mapError', error.message),
    });
    // A read-only handle for tests and for anyone debugging in the console.
    window.atlas = { map, store, zones, metrics };
  } catch (error) {
    root.dataset.map = 'error';
    const isGpu = error instanceof Error && (error.name === 'GPUInitializationError' || /WebGL/i.test(error.message));
    status.show('error', t(language, isGpu ? 'status.noWebgl' : 'status.mapError'), { detail: String(error) });
  }
}

void start();
