import { translator } from './translate';
import { chartStrings } from '../features/charts/strings';

/** `t` for the charts' own strings, which load with the charts, after the first map frame. */
export const t = translator(chartStrings);
