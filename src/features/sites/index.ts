import type { LazyPanel } from '../../shell/panel';

/** Your sites: import of the planner's own files, their list, details and storage in this browser. */
export const sitesFeature: LazyPanel = {
  id: 'user-features',
  load: () => import('./sitesPanel.lazy').then((module) => module.userFeaturesPanel),
};
