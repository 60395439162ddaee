import type { ZoneCollection } from '../data/schema';
import type { ZoneMetrics } from '../geo/metrics';
import type { AppStore } from '../state/appState';
import { mountDetails } from './details';
import { mountLanguageSwitch } from './languageSwitch';
import { mountLayers } from './layers';
import { mountLegend } from './legend';
import { mountSearch } from './search';
import { mountShell } from './shell';
import { mountSkipLink, mountTabs } from './tabs';
import { mountThemeSwitch } from './themeSwitch';
import { mountTooltip } from './tooltip';
import { mountZoneList } from './zoneList';

const byId = (id: string) => document.getElementById(id)!;

/** The parts of the page that need no data: words of the shell, language and theme switches, tabs. */
export function mountShellControls(store: AppStore): void {
  mountShell(store);
  mountLanguageSwitch(byId('settings'), store);
  mountThemeSwitch(byId('settings'), store);
  mountTabs(byId('tabs'), store);
  mountSkipLink(byId('skip-link') as HTMLAnchorElement, store);
}

interface ZonePanelsOptions {
  store: AppStore;
  zones: ZoneCollection;
  metrics: ReadonlyMap<string, ZoneMetrics>;
  colors: ReadonlyMap<string, string>;
}

/** Everything that lists or describes zones; mounted once the zones have loaded. */
export function mountZonePanels({ store, zones, metrics, colors }: ZonePanelsOptions): void {
  mountSearch({ container: byId('search'), store, zones });
  mountZoneList({ container: byId('panel-zones'), store, zones, colors });
  mountLayers({ container: byId('layers'), store, zones });
  mountLegend(byId('legend'), store, zones);
  mountDetails({ panel: byId('details'), store, zones, metrics, colors });
  mountTooltip({ tooltip: byId('tooltip'), area: byId('map'), store, zones });
}
