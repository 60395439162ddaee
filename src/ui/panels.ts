import { detailsPanel } from './details';
import { languageSwitchPanel } from './languageSwitch';
import { layersPanel } from './layers';
import { legendPanel } from './legend';
import type { Panel, ShellContext } from './panel';
import { searchPanel } from './search';
import { shellPanel } from './shell';
import { skipLinkPanel, tabsPanel } from './tabs';
import { themeSwitchPanel } from './themeSwitch';
import { tooltipPanel } from './tooltip';
import { zoneListPanel } from './zoneList';

/**
 * The registry of panels: where a new panel goes. Each entry mounts into the element named by its
 * slot and returns its dispose. An embedded atlas can mount a subset.
 */

/** The parts of the page that need no data: words of the shell, language and theme switches, tabs. */
export const SHELL_PANELS: readonly Panel<ShellContext>[] = [
  shellPanel,
  languageSwitchPanel,
  themeSwitchPanel,
  tabsPanel,
  skipLinkPanel,
];

/** Everything that lists or describes zones; mounted once the zones have loaded. */
export const ZONE_PANELS: readonly Panel[] = [
  searchPanel,
  zoneListPanel,
  layersPanel,
  legendPanel,
  detailsPanel,
  tooltipPanel,
];

/** A panel whose code is not needed for the first map frame: it is imported after that frame. */
export interface LazyPanel {
  id: string;
  load(): Promise<Panel>;
}

export const LATE_PANELS: readonly LazyPanel[] = [
  { id: 'charts', load: () => import('./charts').then((module) => module.chartsPanel) },
  { id: 'compare', load: () => import('./compare').then((module) => module.comparePanel) },
];
