import './svgMap.css';
import { DEFAULT_VIEW } from '../../config';
import type { OverviewCollection } from '../../data/overview';
import type { ZoneCollection } from '../../data/schema';
import type { Bounds } from '../../geo/bounds';
import type { ZoneMetrics } from '../../geo/metrics';
import { t } from '../../i18n/index';
import type { AppStore, Camera } from '../../state/appState';
import { FOCUS_MAX_ZOOM, framePadding } from '../framing';
import { cameraForBounds, projectionFor, scaleBetween, type ScreenProjection } from './projection';
import { basemapGroup, labels, svgElement, zoneGroup, zonePoints, type LabelMark, type ScreenMark } from './svgLayers';
import { toggleCompared } from '../../state/compareSet';
import { pathData } from './pathData';

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

/** A pan and zoom on top of the drawn projection, as d3-zoom gives it: screen = k·point + (x, y). */
export interface ViewTransform {
  k: number;
  x: number;
  y: number;
}

const sameCamera = (a: Camera, b: Camera) =>
  a.center[0] === b.center[0] && a.center[1] === b.center[1] && a.zoom === b.zoom && a.bearing === b.bearing;

/**
 * The map drawn as SVG with d3-geo, at the framing MapLibre opens with: districts, water, ring roads,
 * subway lines and every zone (a path with `data-zone-id`) in the palette's colours, with labels.
 * It is the first thing a visitor sees, while MapLibre loads, and the whole map when a browser has
 * no WebGL2. Hover and click go to the store; hover, selection, language, theme and layer switches
 * come back from it.
 */
export function createSvgMap(options: SvgMapOptions) {
  const { mapElement, store, zones, metrics, colors, overview } = options;
  const size = () => ({ width: mapElement.clientWidth || 1, height: mapElement.clientHeight || 1 });
  const svg = svgElement('svg', { class: 'svg-map', 'data-renderer': 'svg' });
  const content = svgElement('g', { class: 'svg-content' });
  const screen = svgElement('g', { class: 'svg-screen' });
  svg.append(svgElement('rect', { class: 'svg-land', width: '100%', height: '100%' }), content, screen);
  const unsubscribes: (() => void)[] = [];

  /** The camera the map opens at: the link's, or its zone (or the FTZ) framed on this screen. */
  const openingCamera = (): Camera => {
    const { view, selectedId } = store.get();
    if (!sameCamera(view, DEFAULT_VIEW)) return view;
    const box = (selectedId !== null && options.bounds.get(selectedId)) || options.opening;
    return cameraForBounds(box, size(), framePadding(mapElement), FOCUS_MAX_ZOOM);
  };

  let base: Camera = openingCamera();
  let project: ScreenProjection = projectionFor(base, size());
  let transform: ViewTransform = { k: 1, x: 0, y: 0 };
  let marks: ScreenMark[] = [];
  let labelMarks: LabelMark[] = [];

  const camera = (): Camera => {
    const { width, height } = size();
    const center = project.invert?.([
      (width / 2 - transform.x) / transform.k,
      (height / 2 - transform.y) / transform.k,
    ]);
    return {
      center: center ? [center[0], center[1]] : base.center,
      zoom: base.zoom + Math.log2(transform.k),
      bearing: base.bearing,
    };
  };

  const placeScreenMarks = () => {
    for (const mark of [...marks, ...labelMarks]) {
      const [x, y] = project(mark.lngLat);
      mark.element.setAttribute(
        'transform',
        `translate(${transform.k * x + transform.x},${transform.k * y + transform.y})`,
      );
    }
    const zoom = camera().zoom;
    svg.toggleAttribute('data-zoom-10', zoom >= 10);
    svg.toggleAttribute('data-zoom-10-5', zoom >= 10.5);
  };

  const applyLanguage = () => {
    const { language } = store.get();
    const other = language === 'zh' ? 'en' : 'zh';
    // As on the MapLibre map: the name in the interface language, and the other one under it, smaller.
    for (const mark of labelMarks) {
      const primary = svgElement('tspan', { x: 0, dy: mark.names[other] ? '-0.45em' : 0 });
      primary.textContent = mark.names[language];
      const secondary = svgElement('tspan', { x: 0, dy: '1.15em', class: 'svg-label-secondary' });
      secondary.textContent = mark.names[other];
      mark.element.replaceChildren(primary, ...(mark.names[other] ? [secondary] : []));
    }
    svg.setAttribute('aria-label', t(language, 'map.canvasLabel'));
  };
  const applyLayers = () => {
    const visible = new Set<string>(store.get().visibleLayers);
    for (const node of svg.querySelectorAll<SVGElement>('[data-group]')) {
      node.style.display = visible.has(node.dataset.group ?? '') ? '' : 'none';
    }
  };
  const applyZoneState = (id: string | null, className: string, on: boolean) => {
    if (id === null) return;
    const quoted = `"${CSS.escape(id)}"`;
    const selector = `[data-zone-id=${quoted}],[data-user-feature-id=${quoted}]`;
    for (const node of svg.querySelectorAll(selector)) node.classList.toggle(className, on);
  };

  /** The visitor's imported features, over the zones: dashed paths with `data-user-feature-id`. */
  const userGroup = svgElement('g', { class: 'svg-user-features' });
  const drawUserFeatures = () => {
    userGroup.replaceChildren(
      ...store.get().userFeatures.flatMap((feature) => {
        const d = pathData(feature.geometry, project);
        return d ? [svgElement('path', { d, class: 'svg-user-feature', 'data-user-feature-id': feature.id })] : [];
      }),
    );
    const { hoveredId, selectedId } = store.get();
    applyZoneState(hoveredId, 'is-hovered', true);
    applyZoneState(selectedId, 'is-selected', true);
  };

  /** Draws everything for the current base camera and size; a pan or zoom only moves it. */
  const render = () => {
    project = projectionFor(base, size());
    const points = zonePoints(zones, colors);
    labelMarks = labels(overview, zones, metrics, colors);
    marks = points;
    content.replaceChildren(basemapGroup(overview, project), zoneGroup(zones, colors, project), userGroup);
    drawUserFeatures();
    screen.replaceChildren(...points.map((m) => m.element), ...labelMarks.map((m) => m.element));
    const { width, height } = size();
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    setTransform({ k: 1, x: 0, y: 0 });
    applyLanguage();
    applyLayers();
    const { hoveredId, selectedId } = store.get();
    applyZoneState(hoveredId, 'is-hovered', true);
    applyZoneState(selectedId, 'is-selected', true);
    for (const id of store.get().highlightedIds) applyZoneState(id, 'is-highlighted', true);
  };

  function setTransform(next: ViewTransform) {
    transform = next;
    content.setAttribute('transform', `translate(${next.x},${next.y}) scale(${next.k})`);
    placeScreenMarks();
  }

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

  unsubscribes.push(
    store.select((state) => state.language, applyLanguage),
    store.select((state) => state.visibleLayers, applyLayers),
    store.select((state) => state.userFeatures, drawUserFeatures),
    store.select(
      (state) => state.hoveredId,
      (hovered, previous) => {
        applyZoneState(previous, 'is-hovered', false);
        applyZoneState(hovered, 'is-hovered', true);
      },
    ),
    store.select(
      (state) => state.selectedId,
      (selected, previous) => {
        applyZoneState(previous, 'is-selected', false);
        applyZoneState(selected, 'is-selected', true);
      },
    ),
    store.select(
      (state) => state.highlightedIds,
      (highlighted, previous) => {
        for (const id of previous) applyZoneState(id, 'is-highlighted', false);
        for (const id of highlighted) applyZoneState(id, 'is-highlighted', true);
      },
    ),
  );
  // After a resize, draw again around the camera the visitor had.
  const resize = new ResizeObserver(() => {
    const current = camera();
    if (svg.viewBox.baseVal?.width === size().width && svg.viewBox.baseVal?.height === size().height) return;
    base = current;
    render();
  });

  mapElement.after(svg);
  render();
  resize.observe(mapElement);

  return {
    element: svg,
    size,
    /** The camera on screen now. */
    camera,
    /** The camera the drawing was made at: transforms are relative to it. */
    baseCamera: () => base,
    projection: () => project,
    transform: () => transform,
    setTransform,
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
