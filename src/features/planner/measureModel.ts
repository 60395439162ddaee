import { measureTotals, type Measurement } from '../../geo/measure';
import { formatArea } from '../../i18n/format';
import type { LngLat } from '../../map/plannerTypes';
import type { Language } from '../../state/appState';
import { formatKm, t } from './strings';

/**
 * What the measuring tool shows and what a key does to it, pure (no DOM): measureTool.lazy.ts paints
 * it and carries out the keys.
 */

/** The result line: the distance, or the area with its perimeter. */
export function totalsText(language: Language, measurement: Measurement): string {
  const { distanceKm, areaKm2 } = measureTotals(measurement);
  return measurement.mode === 'distance'
    ? t(language, 'measure.distanceTotal', { km: formatKm(language, distanceKm) })
    : t(language, 'measure.areaTotal', {
        km2: formatArea(language, areaKm2, areaKm2 < 1 ? 3 : 2),
        km: formatKm(language, distanceKm),
      });
}

/** What a screen reader hears after a change: "Measured. " once finished, the `total` and the point count. */
export function announcement(language: Language, measurement: Measurement, total: string): string {
  const finished = measurement.finished ? `${t(language, 'measure.finished')}. ` : '';
  const points = t(language, 'measure.points', { count: measurement.points.length });
  return `${finished}${total}, ${points}`;
}

/**
 * What a key over the map does to a measurement: `clear` a finished one (Escape), `cancel` one being
 * drawn (Escape), `undo` its last point (Backspace), a `point` at the crosshair (Space or Enter on the
 * focused map), or `other` (arrow keys pan the map); null when a finished measurement ignores the key.
 */
export type MeasureKey = 'clear' | 'cancel' | 'undo' | 'point' | 'other';

export function measureKey(measurement: Measurement, key: string, onMap: boolean): MeasureKey | null {
  // A finished measurement stays until cleared: Escape clears it as the Clear button does (and a
  // second Escape reaches the page, e.g. closes the details).
  if (measurement.finished) return key === 'Escape' ? 'clear' : null;
  if (key === 'Escape') return 'cancel';
  if (key === 'Backspace') return 'undo';
  if (onMap && (key === ' ' || key === 'Enter')) return 'point';
  return 'other';
}

/**
 * Whether a `point` key finishes the measurement rather than adding `centre`: Enter on the point just
 * added, or Enter without the crosshair (after clicks).
 */
export function finishesAt(measurement: Measurement, key: string, centre: LngLat, crosshairShown: boolean): boolean {
  const last = measurement.points.at(-1);
  const samePlace = last !== undefined && last[0] === centre[0] && last[1] === centre[1];
  return key === 'Enter' && (samePlace || !crosshairShown);
}
