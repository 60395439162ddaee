// The benchmark's baseline (issue #12): MapLibre alone drawing the atlas's basemap and zones with plain
// fills and lines, nothing else. The atlas's cold load is measured against this page's.
// Query parameters (set by scripts/bench): `center=lng,lat`, `zoom`, and `size=WxH`, the map's size
// in CSS pixels, so that both pages draw the same view on a canvas of the same size.
import { Map as MapLibreMap, setWorkerUrl, type FilterSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import zonesUrl from '../../data/zones.geojson?url';
import basemapUrl from '../../data/basemap/beijing.geojson?url';
import { benchView } from '../pageView';

setWorkerUrl(workerUrl);

const { container, center, zoom } = benchView();

// The worker resolves relative URLs against its own script, so the data URLs are made absolute.
const absolute = (url: string) => new URL(url, document.baseURI).href;
const layerIs = (name: string): FilterSpecification => ['==', ['get', 'layer'], name];
const isPolygon: FilterSpecification = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false];

const map = new MapLibreMap({
  container,
  center,
  zoom,
  attributionControl: false,
  style: {
    version: 8,
    sources: {
      basemap: { type: 'geojson', data: absolute(basemapUrl) },
      zones: { type: 'geojson', data: absolute(zonesUrl), promoteId: 'id' },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#f4f1ea' } },
      {
        id: 'district-fill',
        type: 'fill',
        source: 'basemap',
        filter: layerIs('district'),
        paint: { 'fill-color': '#ebe6dc' },
      },
      {
        id: 'reservoir',
        type: 'fill',
        source: 'basemap',
        filter: layerIs('reservoir'),
        paint: { 'fill-color': '#a9cbe0' },
      },
      { id: 'river', type: 'line', source: 'basemap', filter: layerIs('river'), paint: { 'line-color': '#a9cbe0' } },
      {
        id: 'district-line',
        type: 'line',
        source: 'basemap',
        filter: layerIs('district'),
        paint: { 'line-color': '#b9b0a0' },
      },
      {
        id: 'subway-line',
        type: 'line',
        source: 'basemap',
        filter: layerIs('subway-line'),
        paint: { 'line-color': ['get', 'colour'], 'line-width': 1.5 },
      },
      {
        id: 'zones-fill',
        type: 'fill',
        source: 'zones',
        filter: isPolygon,
        paint: { 'fill-color': '#c0392b', 'fill-opacity': 0.25 },
      },
      {
        id: 'zones-line',
        type: 'line',
        source: 'zones',
        filter: isPolygon,
        paint: { 'line-color': '#c0392b', 'line-width': 2 },
      },
    ],
  },
});

// The same marks as the atlas's map (src/map/view.ts, markFirstFrames), read by the probe.
const zonesFrame = () => {
  if (!map.getSource('zones') || !map.isSourceLoaded('zones')) return;
  performance.mark('map:zones-drawn');
  map.off('render', zonesFrame);
};
map.on('render', zonesFrame);
map.once('idle', () => performance.mark('map:idle'));

declare global {
  interface Window {
    baseline?: { map: MapLibreMap };
  }
}
window.baseline = { map };
