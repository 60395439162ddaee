import type { Language } from '../state/appState';
import type { Basemap } from '../state/layerGroups';

const OSM_COPYRIGHT = '<a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>';

/**
 * The map's credits in both languages. They live here, not on the style's sources, because MapLibre
 * treats a changed source attribution as a new source: switching language would reload the basemap and
 * drop the zones' hover and selection state. The map view shows them in its attribution control instead
 * (see CreditsControl in controls.ts). MapLibre sanitises them; links are the only markup.
 */
const CREDITS = {
  basemap: {
    en: `© ${OSM_COPYRIGHT} contributors (roads as of 2012–13, subway, rail) · Natural Earth · district boundaries: DataV.GeoAtlas, converted to WGS84`,
    zh: `© ${OSM_COPYRIGHT} 贡献者（道路（2012–13 年）、地铁、铁路）· Natural Earth · 区界：DataV.GeoAtlas，已转换为 WGS84`,
  },
  zones: {
    en: 'Zone outlines: indicative, Beijing FTZ Atlas; figures: official publications (see each zone)',
    zh: '区域轮廓：示意性质，北京自贸区地图集；数据：官方发布（见各区域）',
  },
  osmTiles: {
    en: `Background map tiles © ${OSM_COPYRIGHT} contributors, tile.openstreetmap.org`,
    zh: `背景地图瓦片 © ${OSM_COPYRIGHT} 贡献者，tile.openstreetmap.org`,
  },
} as const;

/** The credits for what the map shows: the bundled basemap and the zones, and the online tiles when chosen. */
export function mapCredits(language: Language, basemap: Basemap): string[] {
  const shown =
    basemap === 'osm' ? [CREDITS.osmTiles, CREDITS.basemap, CREDITS.zones] : [CREDITS.basemap, CREDITS.zones];
  return shown.map((credit) => credit[language]);
}
