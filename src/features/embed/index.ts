import type { LazyPanel, ShellContext } from '../../shell/panel';

/** Embed mode's bar (link to the full atlas, full screen): loaded at start, and only with `embed=1`. */
export const embedBarFeature: LazyPanel<ShellContext> = {
  id: 'embed-bar',
  load: () => import('./embedBar.lazy').then((module) => module.embedBarPanel),
};

/** The host API (`atlas:*` messages): only a page inside a frame has a host to listen to. */
export const embedApiFeature: LazyPanel = {
  id: 'embed-api',
  load: () => import('./embedApi.lazy').then((module) => module.embedApiPanel),
  wanted: () => window.parent !== window,
};
