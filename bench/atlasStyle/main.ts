// The benchmark's "atlas style alone" page (issue 23): the style the atlas builds for its opening view,
// drawn by MapLibre with nothing else on the page (no app chunk, SVG map, panels, stores or controls).
// Timed against the atlas it tells what the app costs; against the bare page (bench/baseline), what the
// style's content costs (labels rasterised on the main thread, more layers and programs).
// Query parameters: `center=lng,lat`, `zoom`, `size=WxH` as for the bare page (set by scripts/bench),
// and `variant` (scripts/bench.mjs BENCH_STYLE_ONLY), to tell what parts of the style cost: `full`
// (default) the style as the atlas builds it; `no-labels` without its symbol layers; `no-zone-labels`
// without the zones' labels (the basemap's kept); `latin-labels` with every label in English alone (no
// CJK glyph to rasterise); `no-user` without the (empty) source and layers of imported features.
import { Map as MapLibreMap, setWorkerUrl, type LayerSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
// The build's style data of the zones file (scripts/build/zonesIntegrity.mjs), as the atlas reads it.
import { ZONE_STYLE } from 'virtual:zone-style';
import { MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM } from '../../src/config';
import { basemapUrl, zonesSourceUrl } from '../../src/data/load';
import { buildStyle } from '../../src/map/style/style';
import type { ZoneStyleData } from '../../src/map/style/zoneStyleData';
import { markFirstFrames } from '../../src/map/timelineMarks';
import { styleInputFor } from '../../src/map/types';
import { registerUserTiles } from '../../src/map/userTiles';
import { USER_SOURCE } from '../../src/map/style/userLayers';
import { initialAppState } from '../../src/state/appState';
import { benchView } from '../pageView';

// The bare page's worker set-up, not the atlas's blob: wrapper (src/map/workerPolicy.ts): this page and
// the bare one then differ by their style alone; the wrapper counts as the app's.
setWorkerUrl(workerUrl);
// The style's (empty) source of imported features asks its tiles from this scheme, as in the atlas
// (src/map/userSync.ts); unanswered, each tile would fail.
registerUserTiles();

const { container, center, zoom } = benchView();
const params = new URLSearchParams(location.search);

// The atlas's opening style (src/map/view.ts startMapView and openMap): the build's zone data, the
// files' absolute URLs, and the first state of a link without parameters in an English browser with a
// light system theme (the bench's Chromium: en-GB), i.e. light theme, every layer group, offline basemap.
const zones = ZONE_STYLE as ZoneStyleData;

/** The style's layers in a variant (see the query parameters above); the product never does this. */
function variantLayers(layers: LayerSpecification[], variant: string): LayerSpecification[] {
  if (variant === 'no-labels') return layers.filter((layer) => layer.type !== 'symbol');
  if (variant === 'no-zone-labels')
    return layers.filter((layer) => layer.type !== 'symbol' || !layer.id.startsWith('zone'));
  if (variant === 'no-user') return layers.filter((layer) => !('source' in layer) || layer.source !== USER_SOURCE);
  if (variant !== 'latin-labels') return layers;
  return layers.map((layer) =>
    layer.type === 'symbol'
      ? { ...layer, layout: { ...layer.layout, 'text-field': ['coalesce', ['get', 'name_en'], ''] } }
      : layer,
  );
}
const style = buildStyle(
  styleInputFor(
    {
      zonesUrl: zonesSourceUrl(document.baseURI),
      basemapUrl: basemapUrl(document.baseURI),
      zoneLabels: zones.labels,
      colors: new Map(zones.colors),
    },
    { ...initialAppState, language: 'en', systemTheme: 'light' },
  ),
);
const variant = params.get('variant') ?? 'full';
style.layers = variantLayers(style.layers, variant);
if (variant === 'no-user')
  style.sources = Object.fromEntries(Object.entries(style.sources).filter(([id]) => id !== USER_SOURCE));

// The atlas's map options that bear on drawing (openMap); its camera is the one the bench passes.
const map = new MapLibreMap({
  container,
  style,
  center,
  zoom,
  minZoom: MIN_ZOOM,
  maxZoom: MAX_ZOOM,
  maxBounds: MAX_BOUNDS,
  attributionControl: false,
});
// The atlas's own marks (map:zones-drawn, map:idle), read by the probe.
markFirstFrames(map);

declare global {
  interface Window {
    atlasStyle?: { map: MapLibreMap };
  }
}
window.atlasStyle = { map };
