/**
 * Explore: the visitor's panels about the zones (search, the zone list, layers, legend, details, the
 * hover tooltip). They are part of the first load: the rest of the app mounts them once the zones are in.
 */
export { detailsPanel } from './details';
export { layersPanel } from './layers';
export { legendEntries, legendPanel } from './legend';
export { searchPanel } from './search';
export { tooltipPanel } from './tooltip';
export { zoneListPanel } from './zoneList';
