import { detailsPanel } from './details';
import { languageSwitchPanel } from './languageSwitch';
import { layersPanel } from './layers';
import { legendPanel } from './legend';
import type { Panel, PanelContext, ShellContext } from './panel';
import { searchPanel } from './search';
import { DEFAULT_URL_STATE, encodeUrlState } from '../state/url';
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

/** Embed mode's bar (link to the full atlas, full screen): loaded at start, and only with `embed=1`. */
export const EMBED_SHELL_PANEL: LazyPanel<ShellContext> = {
  id: 'embed-bar',
  load: () => import('./embedBar').then((module) => module.embedBarPanel),
};

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
export interface LazyPanel<C extends ShellContext = PanelContext> {
  id: string;
  load(): Promise<Panel<C>>;
  /** Whether this page needs it at all (default: yes); when not, its code is never downloaded. */
  wanted?(): boolean;
}

export const LATE_PANELS: readonly LazyPanel[] = [
  { id: 'charts', load: () => import('./charts').then((module) => module.chartsPanel) },
  { id: 'compare', load: () => import('./compare').then((module) => module.comparePanel) },
  { id: 'user-features', load: () => import('./userFeatures').then((module) => module.userFeaturesPanel) },
  {
    id: 'share',
    // The Share button; the dialog's code loads when it is first pressed. The link codec is handed in,
    // not imported by the lazy chunk (see LinkCodec in ui/shareModel.ts).
    load: () =>
      import('./shareButton').then((module) =>
        module.shareButtonPanel({ encode: encodeUrlState, defaults: DEFAULT_URL_STATE }),
      ),
  },
  // The measure toolbar; the measuring code and the true-size overlay load on their first use.
  { id: 'planner', load: () => import('./planner').then((module) => module.plannerPanel) },
  // Presenter tool: the map as a slide-sized PNG; its drawing code is a further chunk, loaded on click.
  { id: 'map-image', load: () => import('./mapImage').then((module) => module.mapImagePanel) },
  // The tour's start button and loader; the tour itself downloads only when it starts (tourLauncher.ts).
  { id: 'tour', load: () => import('./tourLauncher').then((module) => module.tourLauncherPanel) },
  {
    id: 'embed-api',
    load: () => import('./embedApi').then((module) => module.embedApiPanel),
    // Only a page inside a frame has a host to listen to.
    wanted: () => window.parent !== window,
  },
];

/**
 * What an embedded atlas (`embed=1`) mounts: the details, as an overlay, the hover tooltip, the host
 * API, and the tour (started by `tour=1` or by the host; there is no header for its button).
 */
export const EMBED_PANEL_IDS: ReadonlySet<string> = new Set(['details', 'tooltip', 'embed-api', 'tour']);

/** The panels of `panels` that this page mounts: all of them, or in embed mode those of EMBED_PANEL_IDS. */
export const panelsFor = <P extends { id: string }>(panels: readonly P[], embed: boolean): readonly P[] =>
  embed ? panels.filter((panel) => EMBED_PANEL_IDS.has(panel.id)) : panels;
