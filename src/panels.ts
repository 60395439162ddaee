import { chartsFeature } from './features/charts';
import { compareFeature } from './features/compare';
import { embedApiFeature, embedBarFeature } from './features/embed';
import {
  detailsFeature,
  layersFeature,
  legendFeature,
  searchPanel,
  tooltipFeature,
  zoneListPanel,
} from './features/explore';
import { mapImageFeature } from './features/map-image';
import { plannerFeature } from './features/planner';
import { shareFeature } from './features/share';
import { sitesFeature } from './features/sites';
import { tourFeature } from './features/tour';
import { languageSwitchPanel } from './shell/languageSwitch';
import type { LazyPanel, Panel, ShellContext } from './shell/panel';
import { shellPanel } from './shell/shell';
import { skipLinkPanel, tabsPanel } from './shell/tabs';
import { themeSwitchPanel } from './shell/themeSwitch';

/**
 * The registry of panels: where a new panel goes. Each feature's door (`features/<name>/index.ts`)
 * gives its panel, or a LazyPanel whose code loads after the first map frame. An embedded atlas mounts a
 * subset.
 */

/** The parts of the page that need no data: words of the shell, language and theme switches, tabs. */
export const SHELL_PANELS: readonly Panel<ShellContext>[] = [
  shellPanel,
  languageSwitchPanel,
  themeSwitchPanel,
  tabsPanel,
  skipLinkPanel,
];

/** Embed mode's bar (link to the full atlas, full screen): loaded at start, and only with `embed=1`. */
export const EMBED_SHELL_PANEL: LazyPanel<ShellContext> = embedBarFeature;

/** Everything that lists or describes zones; mounted once the zones have loaded. */
export const ZONE_PANELS: readonly Panel[] = [searchPanel, zoneListPanel];

/**
 * Zone panels not on screen until asked for (a zone's details, the Layers tab, the hover tooltip): loaded when the zone
 * panels mount, without waiting for the first frame, and mounted as they arrive.
 */
export const ZONE_LAZY_PANELS: readonly LazyPanel[] = [detailsFeature, layersFeature, legendFeature, tooltipFeature];

/** A list of lazy panels. */
export type LazyPanelList = readonly LazyPanel[];

/** Panels whose code is not needed for the first map frame: imported after that frame. */
export const LATE_PANELS: readonly LazyPanel[] = [
  chartsFeature,
  compareFeature,
  sitesFeature,
  shareFeature,
  plannerFeature,
  mapImageFeature,
  tourFeature,
  embedApiFeature,
];

/**
 * What an embedded atlas (`embed=1`) mounts: the details, as an overlay, the hover tooltip, the host
 * API, and the tour (started by `tour=1` or by the host; there is no header for its button).
 */
export const EMBED_PANEL_IDS: ReadonlySet<string> = new Set(['details', 'tooltip', 'embed-api', 'tour']);

/** The panels of `panels` that this page mounts: all of them, or in embed mode those of EMBED_PANEL_IDS. */
export const panelsFor = <P extends { id: string }>(panels: readonly P[], embed: boolean): readonly P[] =>
  embed ? panels.filter((panel) => EMBED_PANEL_IDS.has(panel.id)) : panels;
