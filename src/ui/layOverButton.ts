import type { Geometry } from 'geojson';
import { t } from '../i18n';
import type { AppStore } from '../state/appState';
import { element } from './dom';

/** What can be laid over: a zone's outline or an imported site, with its name and published area. */
export interface LayOverSubject {
  geometry: Geometry;
  name: string | { en: string; zh: string };
  officialAreaKm2: number | null;
}

/**
 * The details' "Lay over" button (平移比较): tiny on purpose, since the details are part of the first
 * load; the overlay's code (ui/trueSizeOverlay.ts, Turf) is fetched on the first press. No button for
 * a point, in an embedded atlas (it has no planner tools) or on the SVG map (no WebGL).
 */
export function layOverButton(
  { geometry, name, officialAreaKm2 }: LayOverSubject,
  store: AppStore,
): HTMLButtonElement | null {
  const root = document.documentElement.dataset;
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return null;
  if (root['embed'] !== undefined || root['map'] === 'svg') return null;
  const { language } = store.get();
  const button = element(
    'button',
    { type: 'button', class: 'lay-over-button', title: t(language, 'details.layOverHint') },
    t(language, 'details.layOver'),
  );
  button.addEventListener('click', () => {
    void import('./trueSizeOverlay').then(async ({ startOverlay }) => {
      const shown = await startOverlay(geometry, name, { officialAreaKm2, opener: button });
      // Before the map's tools are ready (or without WebGL) the button does nothing: say so by disabling it.
      if (!shown) button.disabled = true;
    });
  });
  return button;
}
