import type { ZoneCollection, ZoneKind } from '../data/schema';
import { t, zoneName } from '../i18n/index';
import type { Language } from '../state/appState';
import { colorKeyOf, colorScale, type ColorKey } from './palette';

export interface LegendEntry {
  key: ColorKey;
  color: string;
  label: string;
}

/**
 * The legend's colour rows, straight from the palette's scale: one row per colour key a zone on the
 * map uses, in the scale's order. An FTZ area's key is its id and its row is its name; other keys are
 * kinds. Pure, so a test can check it against the colours the map paints.
 */
export function legendEntries(zones: ZoneCollection, language: Language): LegendEntry[] {
  const byId = new Map(zones.features.map((f) => [f.properties.id, f.properties]));
  const used = new Set(zones.features.map((f) => colorKeyOf(f.properties, byId)));
  return colorScale
    .domain()
    .filter((key) => used.has(key))
    .map((key) => {
      const area = byId.get(key);
      const label = area ? zoneName(area, language) : t(language, `kind.${key as ZoneKind}`);
      return { key, color: colorScale(key), label };
    });
}
