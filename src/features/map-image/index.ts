import type { LazyPanel } from '../../shell/panel';

/**
 * The map image (PNG at slide sizes): the button loads after the first map frame, its drawing code on
 * click. The print layout is a style sheet of this folder (print.css), part of the first load.
 */
export const mapImageFeature: LazyPanel = {
  id: 'map-image',
  load: () => import('./mapImagePanel.lazy').then((module) => module.mapImagePanel),
};
