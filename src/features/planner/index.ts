import type { LazyPanel } from '../../shell/panel';

/**
 * Planner tools: the measure toolbar loads after the first map frame, measuring and the true-size
 * overlay on their first use. The details' "Lay over" button is part of the first load.
 */
export { layOverButton } from './layOverButton';

export const plannerFeature: LazyPanel = {
  id: 'planner',
  load: () => import('./plannerPanel.lazy').then((module) => module.plannerPanel),
};
