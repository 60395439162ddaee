import type { LazyPanel } from '../../shell/panel';

/**
 * The comparison: the table and its downloads load after the first map frame; the details' "Add to
 * compare" switch is part of the first load.
 */
export { compareToggle, updateCompareToggle } from './compareToggle';

export const compareFeature: LazyPanel = {
  id: 'compare',
  load: () => import('./comparePanel.lazy').then((module) => module.comparePanel),
};
