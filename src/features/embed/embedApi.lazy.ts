import type { AppState } from '../../state/appState';
import { parseMessage, parseOrigins, type AtlasMessage } from './hostMessages';
import { PSEUDO_FULL_SCREEN } from './fullScreen';
import { createScope, type Panel, type PanelContext } from '../../shell/panel';

/**
 * Control from the host page: an embedded atlas listens to `postMessage` from its parent window and
 * reports its state back (see "Embedding and controlling the atlas" in the README). A late panel,
 * loaded only inside a frame and only after the first map frame; mounting means "the map is drawn",
 * so it says `atlas:ready` at once.
 */

/** What the atlas reports to its host in `atlas:state`. */
export interface HostState {
  zone: string | null;
  lang: AppState['language'];
  view: AppState['view'];
  /** The tour's step (1-based, as `step=` in the link), or null when no tour is running. */
  step: number | null;
  /** The zones in the comparison table, in its order. */
  compare: string[];
}

/** What the atlas says to its host. */
type OutgoingMessage =
  | { type: 'atlas:ready' }
  | { type: 'atlas:state'; state: HostState }
  | { type: 'atlas:request-fullscreen'; on: boolean };

/** Changes closer together than this are reported once: a drag sends one `atlas:state`, not sixty. */
const STATE_DEBOUNCE_MS = 150;

export function hostStateOf(state: AppState): HostState {
  return {
    zone: state.selectedId,
    lang: state.language,
    view: state.view,
    step: state.tourStep,
    compare: [...state.compare],
  };
}

/** The window the atlas talks to, and the origins it may hear from (null: any). */
export interface HostLink {
  parent: { postMessage(message: unknown, targetOrigin: string): void };
  origins: readonly string[] | null;
  /** The parent's origin if the browser says it (ancestorOrigins, referrer), else null. */
  parentOrigin: string | null;
}

/**
 * Where messages to the host go. Without an allow-list, '*': the state is what the page's own link
 * already shows, nothing secret, and the host may be any page that embeds a public atlas. With one,
 * only the parent's origin once it is known to be listed (from the browser, or from a message the
 * host sent), and nowhere before: posting to a listed origin that is not the parent's would only log
 * an error in the console.
 */
function targetOrigin(origins: readonly string[] | null, parentOrigin: string | null): string | null {
  if (origins === null) return '*';
  return parentOrigin !== null && origins.includes(parentOrigin) ? parentOrigin : null;
}

/** Applies one valid message through the store or the map controller. Unknown zones change nothing. */
async function apply(message: AtlasMessage, context: PanelContext, reply: () => void): Promise<void> {
  const { store, zones, map } = context;
  switch (message.type) {
    case 'atlas:select':
      if (message.id === null || zones.features.some((zone) => zone.properties.id === message.id))
        store.update({ selectedId: message.id });
      return;
    case 'atlas:set-view':
      await map.flyTo({ center: message.center, zoom: message.zoom, bearing: message.bearing ?? 0 });
      return;
    case 'atlas:set-language':
      store.update({ language: message.lang });
      return;
    case 'atlas:get-state':
      reply();
      return;
    case 'atlas:compare': {
      // Zones the data does not have are dropped, as in a link; the order the host gave is kept.
      const known = new Set(zones.features.map((zone) => zone.properties.id));
      store.update({ compare: [...new Set(message.ids.filter((id) => known.has(id)))] });
      return;
    }
    // Starts the tour if needed; 0 ends it; a step past the last scene shows the last (features/tour/tour.lazy.ts).
    case 'atlas:tour-step':
      store.update({ tourStep: message.step === 0 ? null : message.step });
      return;
  }
}

/** Wires the protocol between `window` (this atlas) and `host`. Returns the dispose. */
export function connectHost(context: PanelContext, host: HostLink, source: () => unknown): () => void {
  const { store } = context;
  const scope = createScope();
  let parentOrigin = host.parentOrigin;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Whether the host has been asked to make the frame fill its window (and not yet told it is over). */
  let asked = false;

  const post = (message: OutgoingMessage) => {
    const target = targetOrigin(host.origins, parentOrigin);
    if (target !== null) host.parent.postMessage(message, target);
  };
  const postState = () => {
    clearTimeout(timer);
    post({ type: 'atlas:state', state: hostStateOf(store.get()) });
  };

  const onMessage = (event: MessageEvent<unknown>) => {
    // Only the parent, and with an allow-list only a listed origin; everything else is not for us.
    if (event.source !== source()) return;
    if (host.origins !== null && !host.origins.includes(event.origin)) return;
    const message = parseMessage(event.data);
    if (message === null) return;
    const unknownUntilNow = targetOrigin(host.origins, parentOrigin) === null;
    parentOrigin = event.origin;
    if (unknownUntilNow) post({ type: 'atlas:ready' });
    // A move that cannot finish (the map failed) must not become an unhandled rejection.
    void apply(message, context, postState).catch(() => {});
  };
  window.addEventListener('message', onMessage, { signal: scope.signal });
  scope.add(
    store.select(
      (state) => [state.selectedId, state.language, state.view, state.compare, state.tourStep],
      () => {
        clearTimeout(timer);
        timer = setTimeout(postState, STATE_DEBOUNCE_MS);
      },
    ),
    () => clearTimeout(timer),
    // The browser refused full screen (no `allowfullscreen`) and the bar fell back to filling the frame,
    // which the frame's own size limits: the host is asked to make the frame fill its window, and told
    // when that is over. features/embed/embedBar.lazy.ts offers the full atlas in a new tab if the frame does not grow.
    store.select(
      (state) => state.fullScreen,
      (on) => {
        const pseudo = document.documentElement.classList.contains(PSEUDO_FULL_SCREEN);
        if (on && pseudo && !asked) {
          asked = true;
          post({ type: 'atlas:request-fullscreen', on: true });
        } else if (!on && asked) {
          asked = false;
          post({ type: 'atlas:request-fullscreen', on: false });
        }
      },
    ),
  );
  post({ type: 'atlas:ready' });
  postState();
  return scope.dispose;
}

/** The parent page's origin, as far as the browser tells: Chromium and Safari list it; others send a referrer. */
function parentOriginOf(page: Document): string | null {
  const listed = page.location.ancestorOrigins?.[0];
  if (listed) return listed;
  return page.referrer && URL.canParse(page.referrer) ? new URL(page.referrer).origin : null;
}

/** The host API as a late panel. Its slot is the map, which is what the host drives. */
export const embedApiPanel: Panel = {
  id: 'embed-api',
  slot: 'map',
  mount(_slot, context) {
    if (window.parent === window) return () => {};
    // Read once at start: the allow-list is part of the embed link, not of the state.
    const origins = parseOrigins(new URLSearchParams(window.location.search).get('origins'));
    return connectHost(
      context,
      { parent: window.parent, origins, parentOrigin: parentOriginOf(document) },
      () => window.parent,
    );
  },
};
