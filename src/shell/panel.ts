import type { ZoneCollection } from '../data/schema';
import type { ZoneMetrics } from '../geo/metrics';
import type { Geometry } from 'geojson';
import type { MapController } from '../map/types';
import type { AppStore, Language } from '../state/appState';
import type { Status } from './status';

/** Undoes a mount: store subscriptions, DOM listeners, observers, and what the panel put in its slot. */
export type Dispose = () => void;

/** What every panel gets, injected: the one store. Panels that need no data (the shell) get only this. */
export interface ShellContext {
  store: AppStore;
}

/** What panels about zones get once the data has loaded. */
export interface PanelContext extends ShellContext {
  zones: ZoneCollection;
  metrics: ReadonlyMap<string, ZoneMetrics>;
  colors: ReadonlyMap<string, string>;
  /**
   * The map. Moves asked for before it exists wait for it; without a map (no WebGL) they settle at
   * once, so a panel never has to know whether there is one.
   */
  map: MapController;
  /** The page's one status line (`#status`): app.ts owns it, panels say their outcomes through it. */
  status: Status;
  /**
   * The planner tools, for the panels that offer them (the details' "Lay over"). Until the planner
   * panel has loaded, a request waits for it; embedded or on the SVG map no panel offers them.
   */
  planner: DeferredPlannerTools;
  /** What the details panel shows for a selected id that is not a zone (an imported site). */
  details: DetailsSources;
}

/** Details drawn by a source: the elements, and how to bring their compare switches up to date in place. */
export interface DetailsView {
  elements: HTMLElement[];
  /** Called when the comparison changes: updated in place, a pressed switch keeps its focus. */
  updateCompare?(): void;
}

/** A feature that owns ids other than zones' and can describe one (`close` deselects it). */
export interface DetailsSource {
  describe(id: string, language: Language, close: () => void): DetailsView | null;
}

/**
 * The details of selected ids that are not zones, as an extension point (issue 20): no panel writes
 * into another panel's slot. A feature that owns such ids (the imported sites, `user-…`) registers a
 * source while it is mounted and calls `changed` when what it would describe changes (restored,
 * removed); the details panel (explore/details.lazy.ts), which owns `#details`, draws what the first source
 * that knows the selected id returns, with its own focus handling, and draws again on `changed`.
 */
export interface DetailsSources {
  /** Adds a source (the details panel redraws); the returned function removes it (and redraws). */
  register(source: DetailsSource): Dispose;
  /** A source says what it would describe has changed. */
  changed(): void;
  /** The first registered source's view of `id`, or null when none knows it. */
  describe(id: string, language: Language, close: () => void): DetailsView | null;
  /** Calls `listener` after every register, removal and `changed`; returns the unsubscribe. */
  subscribe(listener: () => void): Dispose;
}

export function detailsSources(): DetailsSources {
  const sources = new Set<DetailsSource>();
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((listener) => listener());
  return {
    register(source) {
      sources.add(source);
      changed();
      return () => {
        sources.delete(source);
        changed();
      };
    },
    changed,
    describe(id, language, close) {
      for (const source of sources) {
        const view = source.describe(id, language, close);
        if (view) return view;
      }
      return null;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/** What can be laid over: a zone's outline or an imported site, with its name and published area. */
export interface LayOverSubject {
  geometry: Geometry;
  name: string | { en: string; zh: string };
  officialAreaKm2: number | null;
  /**
   * Where to lay it, [lng, lat] (its anchor lands there and the map frames it); the map's centre when
   * absent. A site from outside the map is laid over the CBD ("Lay over Beijing").
   */
  at?: [number, number];
}

/** The planner tools other panels may use. */
export interface PlannerTools {
  /**
   * Lays a copy of the subject's outline over the map at its true size. Resolves false when the map
   * cannot draw it (no WebGL). `opener` gets the focus back when the overlay is removed.
   */
  layOver(subject: LayOverSubject, opener: HTMLElement | null): Promise<boolean>;
}

export interface DeferredPlannerTools extends PlannerTools {
  /** The planner panel hands its tools over when it mounts, and `null` when it is disposed. */
  attach(tools: PlannerTools | null): void;
}

/** Planner tools that wait for the planner panel: "Lay over" pressed while it loads is not lost. */
export function deferredPlannerTools(): DeferredPlannerTools {
  let current: PlannerTools | null = null;
  const waiting: ((tools: PlannerTools) => void)[] = [];
  const ready = () =>
    current ? Promise.resolve(current) : new Promise<PlannerTools>((resolve) => waiting.push(resolve));
  return {
    layOver: (subject, opener) => ready().then((tools) => tools.layOver(subject, opener)),
    attach(tools) {
      current = tools;
      if (tools) for (const resolve of waiting.splice(0)) resolve(tools);
    },
  };
}

/**
 * A part of the page: it mounts into the element whose id is `slot`, reads and writes the store, and
 * returns a function that removes every trace of it. Adding a panel is one module and one entry in
 * panels.ts; an embedded atlas mounts a subset.
 */
export interface Panel<C extends ShellContext = PanelContext> {
  id: string;
  slot: string;
  mount(slot: HTMLElement, context: C): Dispose;
}

/**
 * A panel whose code is not needed for the first map frame: a feature's door (its `index.ts`) gives
 * one, and `load` imports the feature's `*.lazy.ts` chunk.
 */
export interface LazyPanel<C extends ShellContext = PanelContext> {
  id: string;
  load(): Promise<Panel<C>>;
  /** Whether this page needs it at all (default: yes); when not, its code is never downloaded. */
  wanted?(): boolean;
}

/**
 * Collects what a mount must undo. `listen` ties DOM listeners to one AbortController; `add` takes
 * unsubscribes and other clean-ups. `dispose` runs them once, in reverse order.
 */
export function createScope() {
  const controller = new AbortController();
  const cleanups: Dispose[] = [];
  return {
    signal: controller.signal,
    add(...disposers: Dispose[]): void {
      cleanups.push(...disposers);
    },
    listen<K extends keyof HTMLElementEventMap>(
      target: EventTarget,
      type: K | (string & {}),
      listener: (event: HTMLElementEventMap[K]) => void,
    ): void {
      target.addEventListener(type, listener as EventListener, { signal: controller.signal });
    },
    dispose(): void {
      controller.abort();
      for (const cleanup of cleanups.splice(0).reverse()) cleanup();
    },
  };
}

export type Scope = ReturnType<typeof createScope>;

/** Mounts each panel into its slot (skipping one whose slot is missing) and returns one dispose for all. */
export function mountPanels<C extends ShellContext>(
  panels: readonly Panel<C>[],
  context: C,
  root: Pick<Document, 'getElementById'> = document,
): Dispose {
  const disposers = panels.flatMap((panel) => {
    const slot = root.getElementById(panel.slot);
    return slot ? [panel.mount(slot, context)] : [];
  });
  return () => disposers.reverse().forEach((dispose) => dispose());
}

/**
 * A MapController that forwards to the map once it exists. Until `attach`, moves wait; after `fail`
 * (no WebGL, or the map module did not load), they settle at once without moving anything.
 */
export function deferredMap(): MapController & { attach(map: MapController): void; fail(): void } {
  let resolveMap: (map: MapController | null) => void = () => {};
  const ready = new Promise<MapController | null>((resolve) => (resolveMap = resolve));
  return {
    fitZones: (ids, options) => ready.then((map) => map?.fitZones(ids, options)),
    flyTo: (camera, options) => ready.then((map) => map?.flyTo(camera, options)),
    reset: () => ready.then((map) => map?.reset()),
    renderImage: (size, view) =>
      ready.then((map) => (map ? map.renderImage(size, view) : Promise.reject(new Error('There is no map to draw')))),
    destroy: () => void ready.then((map) => map?.destroy()),
    planner: () => ready.then((map) => map?.planner?.() ?? null),
    frameMap: (size) =>
      ready.then((map) =>
        map?.frameMap ? map.frameMap(size) : Promise.reject(new Error('This map cannot draw video frames')),
      ),
    attach: (map) => resolveMap(map),
    fail: () => resolveMap(null),
  };
}
