import turfBbox from '@turf/bbox';
import type { AreaGeometry } from '../../geo/trueSize';
import { round } from '../../geo/round';
import { FOCUS_MAX_ZOOM } from '../../map/framing';
import { cameraForBounds, type Size } from '../../map/svg/projection';
import type { CameraTarget } from '../../map/types';
import { formatArea } from '../../i18n/format';
import type { LngLat } from '../../map/plannerTypes';
import type { Language } from '../../state/appState';
import { formatKm, t } from './strings';

/**
 * What the true-size overlay's control says and where a key or a drag moves the overlay, pure (no DOM):
 * trueSizeOverlay.lazy.ts paints it.
 */

/** A name in both languages (a zone), or one string (an imported feature names itself). */
export type OverlayName = string | { en: string; zh: string };

export const nameIn = (name: OverlayName, language: Language): string =>
  typeof name === 'string' ? name : name[language];

/** The control's texts: its heading, the published and the mapped area, the help and the Remove button. */
export function overlayTexts(
  language: Language,
  name: OverlayName,
  officialAreaKm2: number | null | undefined,
  mappedKm2: number,
) {
  return {
    heading: t(language, 'overlay.label', { name: nameIn(name, language) }),
    official: t(language, 'overlay.official', {
      area: officialAreaKm2 == null ? t(language, 'overlay.noOfficial') : formatArea(language, officialAreaKm2),
    }),
    mapped: t(language, 'overlay.mapped', { area: formatArea(language, mappedKm2, 2, 2) }),
    help: t(language, 'overlay.help'),
    remove: t(language, 'overlay.remove'),
  };
}

// Arrow-key steps, in screen pixels of ground at the current zoom: fine, and with Shift, coarse.
const STEP_PIXELS = 20;
const SHIFT_STEP_PIXELS = 120;
const BEARINGS: Record<string, [number, ArrowStep['direction']]> = {
  ArrowUp: [0, 'north'],
  ArrowDown: [180, 'south'],
  ArrowRight: [90, 'east'],
  ArrowLeft: [270, 'west'],
};

/** One arrow key's step: which way (a compass bearing) and how far, in screen pixels. */
export interface ArrowStep {
  bearing: number;
  direction: 'north' | 'south' | 'east' | 'west';
  pixels: number;
}

/** The step for an arrow key (Shift: larger), or null for any other key. */
export function arrowStep(key: string, shiftKey: boolean): ArrowStep | null {
  const step = BEARINGS[key];
  if (!step) return null;
  return { bearing: step[0], direction: step[1], pixels: shiftKey ? SHIFT_STEP_PIXELS : STEP_PIXELS };
}

/** What a screen reader hears after a step: the overlay moved `km` towards `direction`. */
export function movedText(language: Language, name: OverlayName, km: number, direction: ArrowStep['direction']) {
  return t(language, 'overlay.moved', {
    name: nameIn(name, language),
    km: formatKm(language, km),
    direction: t(language, `direction.${direction}`),
  });
}

/** The anchor moved as the pointer moved, from `previous` to `next`. */
export const dragged = (anchor: LngLat, previous: LngLat, next: LngLat): LngLat => [
  anchor[0] + next[0] - previous[0],
  anchor[1] + next[1] - previous[1],
];

/** The anchor as the control's `data-anchor` shows it (tests read it): six decimals. */
export const anchorText = (anchor: LngLat): string => anchor.map((c) => round(c, 6)).join(',');

/** The least ground around the anchor a framed overlay shows, degrees (about 2 km): the CBD beside a small site. */
const LEAST_HALF_SPAN = 0.02;

/**
 * The camera that shows `placed` (an outline laid at `at`) whole, `at` in the middle: a box symmetric
 * about `at`, fitted with the margin a framed zone gets (framing.ts), never closer than a zone is framed.
 */
export function cameraAround(placed: AreaGeometry, at: LngLat, size: Size): CameraTarget {
  const [west, south, east, north] = turfBbox(placed);
  const halfLng = Math.max(LEAST_HALF_SPAN, at[0] - west, east - at[0]);
  const halfLat = Math.max(LEAST_HALF_SPAN, at[1] - south, north - at[1]);
  const box = [at[0] - halfLng, at[1] - halfLat, at[0] + halfLng, at[1] + halfLat] as const;
  const margin = Math.min(120, Math.round(Math.min(size.width, size.height) * 0.14));
  const { zoom } = cameraForBounds([...box], size, margin, FOCUS_MAX_ZOOM);
  return { center: at, zoom, bearing: 0 };
}
