import type { LazyPanel } from '../../shell/panel';

/** The Charts drawer: its button, charts and data load after the first map frame. */
export const chartsFeature: LazyPanel = {
  id: 'charts',
  load: () => import('./chartsPanel.lazy').then((module) => module.chartsPanel),
};
