import type { ChartData, ChartDefinition } from './types';
import { zoneAreasChart } from './catalog/zoneAreas';
import { areaCompositionChart } from './catalog/areaComposition';
import { servicesShareChart } from './catalog/servicesShare';
import { keyFiguresChart } from './catalog/keyFigures';
import { timelineChart } from './catalog/timeline';
import { pilotRegionsChart } from './catalog/pilotRegions';
import { shunyiModelChart } from './catalog/shunyiChart';
import { nationalFtzChart } from './catalog/nationalFtz';

/**
 * The charts in the order the panel shows them. Each takes only part of ChartData, so each is
 * assignable to a definition over the whole of it.
 */
export const CHARTS: readonly ChartDefinition<ChartData>[] = [
  zoneAreasChart,
  areaCompositionChart,
  servicesShareChart,
  keyFiguresChart,
  timelineChart,
  nationalFtzChart,
  pilotRegionsChart,
  shunyiModelChart,
];
