import './svgMap.css';
import { DEFAULT_VIEW } from '../../config';
import type { OverviewCollection } from '../../data/overview';
import type { ZoneCollection } from '../../data/schema';
import type { Bounds } from '../../geo/bounds';
import type { ZoneMetrics } from '../../geo/metrics';
import type { AppStore, Camera } from '../../state/appState';
import { FOCUS_MAX_ZOOM } from '../framing';
import { openingFrame } from './openingFrame';
import { toggleCompared } from '../../state/compareSet';
import { cameraForBounds, sameCamera, scaleBetween, type Size } from './projection';
import { createDrawing } from './svgDrawing';
import type { LabelMark } from './svgLayers';
import { markZone, nameLabels, showLayers } from './svgPaint';

export interface SvgMapOptions {
  /** The element the map fills (#map); the SVG is laid over it, in its parent. */
  mapElement: HTMLElement;
  store: AppStore;
  zones: ZoneCollection;
  metrics: ReadonlyMap<string, ZoneMetrics>;
  colors: ReadonlyMap<string, string>;
  overview: OverviewCollection;
  bounds: ReadonlyMap<string, Bounds>;
  opening: Bounds;
}

export type { ViewTransform } from './projection';

/** The camera the map opens at: the link's, or its zone (or the FTZ) framed on this screen. */
function openingCamera({ store, bounds, opening, mapElement }: SvgMapOptions, size: Size): Camera {
  const { view, selectedId } = store.get();
  if (!sameCamera(view, DEFAULT_VIEW)) return view;
  const { box, padding } = openingFrame(mapElement, selectedId, bounds, opening);
  return cameraForBounds(box, size, padding, FOCUS_MAX_ZOOM);
}

/** Hover and click on a zone (or an imported feature) go to the store. */
function listenToPointer(svg: SVGSVGElement, store: AppStore): void {
  const zoneIdOf = (event: Event) => {
    const node = (event.target as Element).closest<SVGElement>('[data-zone-id],[data-user-feature-id]');
    return node?.dataset.zoneId ?? node?.dataset.userFeatureId ?? null;
  };
  svg.addEventListener('pointerover', (event) => store.update({ hoveredId: zoneIdOf(event) }));
  svg.addEventListener('pointerleave', () => store.update({ hoveredId: null }));
  svg.addEventListener('click', (event) => {
    const id = zoneIdOf(event);
    // Shift+click builds a comparison (as on the MapLibre map) and leaves the selection alone.
    if (event.shiftKey) {
      if (id !== null) toggleCompared(store, id);
    } else store.update({ selectedId: id });
  });
}

/** Repaints what the store's changes show on the drawing; returns the unsubscribes. */
function followStore(
  svg: SVGSVGElement,
  store: AppStore,
  drawing: { labels(): readonly LabelMark[]; drawUserFeatures(): void },
): (() => void)[] {
  const toggle = (className: string) => (next: string | null, previous: string | null) => {
    markZone(svg, previous, className, false);
    markZone(svg, next, className, true);
  };
  return [
    store.select(
      (state) => state.language,
      (language) => nameLabels(svg, drawing.labels(), language),
    ),
    store.select(
      (state) => state.visibleLayers,
      (layers) => showLayers(svg, layers),
    ),
    store.select((state) => state.userFeatures, drawing.drawUserFeatures),
    store.select((state) => state.hoveredId, toggle('is-hovered')),
    store.select((state) => state.selectedId, toggle('is-selected')),
    store.select(
      (state) => state.highlightedIds,
      (highlighted, previous) => {
        for (const id of previous) markZone(svg, id, 'is-highlighted', false);
        for (const id of highlighted) markZone(svg, id, 'is-highlighted', true);
      },
    ),
  ];
}

/**
 * The map drawn as SVG with d3-geo, at the framing MapLibre opens with: districts, water, ring roads,
 * subway lines and every zone (a path with `data-zone-id`) in the palette's colours, with labels.
 * It is the first thing a visitor sees, while MapLibre loads, and the whole map when a browser has
 * no WebGL2. Hover and click go to the store; hover, selection, language, theme and layer switches
 * come back from it.
 */
export function createSvgMap(options: SvgMapOptions) {
  const { mapElement, store } = options;
  const size = (): Size => ({ width: mapElement.clientWidth || 1, height: mapElement.clientHeight || 1 });
  const drawing = createDrawing(options, size, openingCamera(options, size()));
  const { svg, camera } = drawing;
  listenToPointer(svg, store);
  const unsubscribes = followStore(svg, store, drawing);
  // After a resize, draw again around the camera the visitor had.
  const resize = new ResizeObserver(() => {
    const current = camera();
    if (svg.viewBox.baseVal?.width === size().width && svg.viewBox.baseVal?.height === size().height) return;
    drawing.drawAround(current);
  });
  mapElement.after(svg);
  drawing.drawAround(drawing.baseCamera());
  resize.observe(mapElement);

  return {
    element: svg,
    size,
    /** The camera on screen now. */
    camera,
    /** The camera the drawing was made at: transforms are relative to it. */
    baseCamera: drawing.baseCamera,
    projection: drawing.projection,
    transform: drawing.transform,
    setTransform: drawing.setTransform,
    /** Fades out and removes the SVG map, once MapLibre has drawn the same view. */
    handOver() {
      svg.classList.add('is-leaving');
      const remove = () => this.destroy();
      svg.addEventListener('transitionend', remove, { once: true });
      // Browsers skip transitions in background tabs and under reduced motion.
      setTimeout(remove, 400);
    },
    destroy() {
      resize.disconnect();
      unsubscribes.splice(0).forEach((unsubscribe) => unsubscribe());
      svg.remove();
    },
  };
}

export type SvgMap = ReturnType<typeof createSvgMap>;

/** How far a camera is zoomed relative to the SVG map's drawing: the k of a d3-zoom transform. */
export const transformScale = (map: SvgMap, zoom: number): number => scaleBetween(map.baseCamera().zoom, zoom);
