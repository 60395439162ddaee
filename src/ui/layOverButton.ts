import type { ZoneFeature } from '../data/schema';
import { t } from '../i18n';
import type { AppStore } from '../state/appState';
import { element } from './dom';

/**
 * The details' "Lay over" button (平移比较): tiny on purpose, since the details are part of the first
 * load; the overlay's code (ui/trueSizeOverlay.ts, Turf) is fetched on the first press. No button for
 * a point, in an embedded atlas (it has no planner tools) or on the SVG map (no WebGL).
 */
export function layOverButton(feature: ZoneFeature, store: AppStore): HTMLButtonElement | null {
  const { geometry, properties: zone } = feature;
  const root = document.documentElement.dataset;
  if (geometry.type === 'Point' || root['embed'] !== undefined || root['map'] === 'svg') return null;
  const { language } = store.get();
  const button = element(
    'button',
    { type: 'button', class: 'lay-over-button', title: t(language, 'details.layOverHint') },
    t(language, 'details.layOver'),
  );
  button.addEventListener('click', () => {
    void import('./trueSizeOverlay').then(async ({ startOverlay }) => {
      const name = { en: zone.name_en, zh: zone.name_zh };
      const shown = await startOverlay(geometry, name, { officialAreaKm2: zone.official_area_km2, opener: button });
      // Before the map's tools are ready (or without WebGL) the button does nothing: say so by disabling it.
      if (!shown) button.disabled = true;
    });
  });
  return button;
}
