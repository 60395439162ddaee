import type { LazyPanel } from '../../shell/panel';

/**
 * Explore: the visitor's panels about the zones. Search and the zone list are part of the first load;
 * the details, the Layers tab (switches, legend) and the hover tooltip load beside the first frame, as
 * soon as the zones are in, since none is on screen until asked for.
 */
export { searchPanel } from './search';
export { zoneListPanel } from './zoneList';

export const detailsFeature: LazyPanel = {
  id: 'details',
  load: () => import('./details.lazy').then((module) => module.detailsPanel),
};

export const layersFeature: LazyPanel = {
  id: 'layers',
  load: () => import('./layersTab.lazy').then((module) => module.layersPanel),
};

export const legendFeature: LazyPanel = {
  id: 'legend',
  load: () => import('./layersTab.lazy').then((module) => module.legendPanel),
};

export const tooltipFeature: LazyPanel = {
  id: 'tooltip',
  load: () => import('./tooltip.lazy').then((module) => module.tooltipPanel),
};
