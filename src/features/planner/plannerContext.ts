import type { PanelContext } from '../../shell/panel';

/**
 * The context the planner tools work in, set when the planner panel mounts (after the first frame),
 * so that `startOverlay(geometry, name)` can be called from anywhere (details, imported features)
 * without handing the store and the map along.
 */
let current: PanelContext | null = null;
const waiting: ((context: PanelContext) => void)[] = [];

export const setPlannerContext = (context: PanelContext | null): void => {
  current = context;
  if (context) for (const resolve of waiting.splice(0)) resolve(context);
};

export const plannerContext = (): PanelContext | null => current;

/**
 * The context now, or once the planner panel mounts: "Lay over" pressed while the page is still
 * loading its tools waits for them instead of failing. (Without a planner panel there is no button to
 * press: embedded, or on the SVG map, details.ts shows none.)
 */
export const whenPlannerContext = (): Promise<PanelContext> =>
  current ? Promise.resolve(current) : new Promise((resolve) => waiting.push(resolve));
