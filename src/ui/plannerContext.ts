import type { PanelContext } from './panel';

/**
 * The context the planner tools work in, set when the planner panel mounts (after the first frame),
 * so that `startOverlay(geometry, name)` can be called from anywhere (details, imported features)
 * without handing the store and the map along.
 */
let current: PanelContext | null = null;

export const setPlannerContext = (context: PanelContext | null): void => {
  current = context;
};

export const plannerContext = (): PanelContext | null => current;
