import { chartStrings } from './charts';
import { translator } from './translate';

/** `t` for the charts' own strings, which load with the charts, after the first map frame. */
export const t = translator(chartStrings);
