import type { OverviewCollection } from '../../data/overview';
import type { ZoneCollection } from '../../data/schema';
import type { ZoneMetrics } from '../../geo/metrics';
import type { AppStore, Camera } from '../../state/appState';
import { cameraOnScreen, projectionFor, type ScreenProjection, type Size, type ViewTransform } from './projection';
import {
  basemapGroup,
  labels,
  svgElement,
  userFeaturePaths,
  zoneGroup,
  zonePoints,
  type LabelMark,
  type ScreenMark,
} from './svgLayers';
import { markZones, markZoomBands, nameLabels, placeMarks, showLayers } from './svgPaint';

/** What the SVG map draws, and the store it follows. */
export interface DrawingData {
  store: AppStore;
  zones: ZoneCollection;
  metrics: ReadonlyMap<string, ZoneMetrics>;
  colors: ReadonlyMap<string, string>;
  overview: OverviewCollection;
}

/** The elements of the map: the land behind, the drawing that pans and zooms, and the marks in screen space. */
function svgFrame() {
  const svg = svgElement('svg', { class: 'svg-map', 'data-renderer': 'svg' });
  const content = svgElement('g', { class: 'svg-content' });
  const screen = svgElement('g', { class: 'svg-screen' });
  const userFeatures = svgElement('g', { class: 'svg-user-features' });
  svg.append(svgElement('rect', { class: 'svg-land', width: '100%', height: '100%' }), content, screen);
  return { svg, content, screen, userFeatures };
}

/**
 * The SVG drawing made at a base camera: every shape projected once, then moved by a d3-zoom transform
 * (pan and zoom) without drawing again. `drawAround` draws anew, e.g. for a new size.
 */
export function createDrawing(data: DrawingData, size: () => Size, opening: Camera) {
  const { store, zones, metrics, colors, overview } = data;
  const { svg, content, screen, userFeatures } = svgFrame();
  let base = opening;
  let project: ScreenProjection = projectionFor(base, size());
  let transform: ViewTransform = { k: 1, x: 0, y: 0 };
  let marks: ScreenMark[] = [];
  let labelMarks: LabelMark[] = [];
  const camera = () => cameraOnScreen(base, project, transform, size());

  const setTransform = (next: ViewTransform) => {
    transform = next;
    content.setAttribute('transform', `translate(${next.x},${next.y}) scale(${next.k})`);
    placeMarks([...marks, ...labelMarks], project, next);
    markZoomBands(svg, camera().zoom);
  };
  const drawUserFeatures = () => {
    userFeatures.replaceChildren(...userFeaturePaths(store.get().userFeatures, project));
    markZones(svg, store.get(), false);
  };
  /** Draws everything around `camera` for the current size; a pan or zoom only moves it. */
  const drawAround = (camera: Camera) => {
    base = camera;
    project = projectionFor(base, size());
    marks = zonePoints(zones, colors);
    labelMarks = labels(overview, zones, metrics, colors);
    content.replaceChildren(basemapGroup(overview, project), zoneGroup(zones, colors, project), userFeatures);
    drawUserFeatures();
    screen.replaceChildren(...marks.map((m) => m.element), ...labelMarks.map((m) => m.element));
    const { width, height } = size();
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    setTransform({ k: 1, x: 0, y: 0 });
    nameLabels(svg, labelMarks, store.get().language);
    showLayers(svg, store.get().visibleLayers);
    markZones(svg, store.get(), true);
  };

  return {
    svg,
    camera,
    baseCamera: () => base,
    projection: () => project,
    transform: () => transform,
    labels: () => labelMarks,
    setTransform,
    drawUserFeatures,
    drawAround,
  };
}
