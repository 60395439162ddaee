import './shell/main.css';
// After main.css, so that its rules win on paper.
import './features/map-image/print.css';
import { loadOverview, loadZones } from './data/load';
import { supportsWebGL2 } from './map/framing';
import type { StartLink } from './state/startStore';

/**
 * The first module the page runs, kept small so that it runs at once: it starts every download the
 * first map frame waits for, side by side, before the app's own code has arrived. MapLibre, the largest, goes first, and makes its map as soon as it has run: its
 * style needs nothing from the app or the parsed zones (the build computed what it needs from them,
 * `virtual:zone-style`). Without WebGL2 it cannot draw, so it is not downloaded at all. Then the app
 * (app.ts) wires the page up and connects to that map.
 */
const link: StartLink = {
  search: window.location.search,
  // A link says its language; without one, a browser set to Chinese gets Chinese.
  browserLanguage: navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en',
  // As shell/themeSwitch.ts's systemTheme(), which this module does not import: it would be split off
  // the entry as a chunk of its own, one more request before anything starts.
  systemTheme: window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
};
const mapStart = supportsWebGL2()
  ? import('./map/view').then(({ startMapView }) => startMapView(link, document.getElementById('map')!))
  : null;
const zones = loadZones();
const overview = loadOverview();
// A failed download is said by the app (it awaits the promise); this keeps it from being "unhandled".
zones.catch(() => {});
void import('./app').then(({ startAtlas }) => startAtlas({ link, mapStart, zones, overview }));
