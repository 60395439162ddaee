import type { ChartData, ChartDefinition } from './types';
import { zoneAreasChart } from './zoneAreas';
import { areaCompositionChart } from './areaComposition';
import { servicesShareChart } from './servicesShare';
import { keyFiguresChart } from './keyFigures';
import { timelineChart } from './timeline';
import { pilotRegionsChart } from './pilotRegions';
import { shunyiModelChart } from './shunyiModel';

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
  pilotRegionsChart,
  shunyiModelChart,
];
