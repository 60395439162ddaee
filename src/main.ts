import './shell/main.css';
// After main.css, so that its rules win on paper.
import './features/map-image/print.css';
import { loadOverview, loadZones } from './data/load';
import { supportsWebGL2 } from './map/framing';

/**
 * The first module the page runs, kept small so that it runs at once: it starts every download the
 * first map frame waits for, side by side, before the app's own code has arrived. MapLibre, the largest,
 * goes first; without WebGL2 it cannot draw, so it is not downloaded at all. Then the app (app.ts)
 * wires the page up.
 */
const mapModule = supportsWebGL2() ? import('./map/view') : null;
const zones = loadZones();
const overview = loadOverview();
// A failed download is said by the app (it awaits the promise); this keeps it from being "unhandled".
zones.catch(() => {});
void import('./app').then(({ startAtlas }) => startAtlas({ mapModule, zones, overview }));
