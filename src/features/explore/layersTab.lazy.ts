/**
 * The Layers tab's panels (the layer switches and the legend): hidden until the tab is chosen, so their
 * code loads beside the first frame instead of in it.
 */
export { layersPanel } from './layers';
export { legendPanel } from './legend';
