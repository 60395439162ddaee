import type { LazyPanel } from '../../shell/panel';

/** The guided tour: its start button loads after the first map frame; the tour itself when it starts. */
export const tourFeature: LazyPanel = {
  id: 'tour',
  load: () => import('./tourLauncher.lazy').then((module) => module.tourLauncherPanel),
};
