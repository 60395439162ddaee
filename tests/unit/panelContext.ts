import type { ZoneMetrics } from '../../src/geo/metrics';
import type { ZoneCollection } from '../../src/data/schema';
import type { MapController } from '../../src/map/types';
import { deferredPlannerTools, detailsSources, type PanelContext } from '../../src/shell/panel';
import { createStatus } from '../../src/shell/status';
import type { AppStore } from '../../src/state/appState';

/**
 * A panel context for panel tests, as app.ts builds it: the status line on the page's `#status` (a
 * detached element where the test page has none), planner tools that no planner panel attaches, and
 * details sources that panels of the test may register.
 */
export function panelContext(parts: {
  store: AppStore;
  zones: ZoneCollection;
  map: MapController;
  metrics?: ReadonlyMap<string, ZoneMetrics>;
  colors?: ReadonlyMap<string, string>;
}): PanelContext {
  const region = document.getElementById('status') ?? document.createElement('div');
  return {
    metrics: new Map(),
    colors: new Map(),
    ...parts,
    status: createStatus(region),
    planner: deferredPlannerTools(),
    details: detailsSources(),
  };
}
