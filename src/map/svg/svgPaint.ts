import { basemapColourShare } from '../../color/basemapMute';
import { t } from '../../i18n/index';
import type { AppState, Language } from '../../state/appState';
import type { ScreenProjection, ViewTransform } from './projection';
import { svgElement, type LabelMark, type ScreenMark } from './svgLayers';

/**
 * What the SVG map shows of the store's state, painted onto its drawing: where the screen-space marks
 * stand, the labels' language, which layers show, and which zones are hovered, selected, highlighted.
 */

/** Moves the labels and points to where `transform` puts their place, keeping their size. */
export function placeMarks(marks: readonly ScreenMark[], project: ScreenProjection, transform: ViewTransform): void {
  for (const mark of marks) {
    const [x, y] = project(mark.lngLat);
    mark.element.setAttribute(
      'transform',
      `translate(${transform.k * x + transform.x},${transform.k * y + transform.y})`,
    );
  }
}

/**
 * Marks the zoom bands that show or hide labels and points, and how much of the basemap lines' own
 * colours shows (`--basemap-full`, 0 muted to 1; color/basemapMute.ts): the CSS reads them.
 */
export function markZoomBands(svg: SVGSVGElement, zoom: number): void {
  svg.toggleAttribute('data-zoom-10', zoom >= 10);
  svg.toggleAttribute('data-zoom-10-5', zoom >= 10.5);
  svg.style.setProperty('--basemap-full', basemapColourShare(zoom).toFixed(2));
}

/** As on the MapLibre map: each label in the interface language, and the other one under it, smaller. */
export function nameLabels(svg: SVGSVGElement, labels: readonly LabelMark[], language: Language): void {
  const other = language === 'zh' ? 'en' : 'zh';
  for (const mark of labels) {
    const primary = svgElement('tspan', { x: 0, dy: mark.names[other] ? '-0.45em' : 0 });
    primary.textContent = mark.names[language];
    const secondary = svgElement('tspan', { x: 0, dy: '1.15em', class: 'svg-label-secondary' });
    secondary.textContent = mark.names[other];
    mark.element.replaceChildren(primary, ...(mark.names[other] ? [secondary] : []));
  }
  svg.setAttribute('aria-label', t(language, 'map.canvasLabel'));
}

/** Shows the drawing's groups (`data-group`) that are among the visible layers, hides the others. */
export function showLayers(svg: SVGSVGElement, visibleLayers: readonly string[]): void {
  const visible = new Set<string>(visibleLayers);
  for (const node of svg.querySelectorAll<SVGElement>('[data-group]')) {
    node.style.display = visible.has(node.dataset.group ?? '') ? '' : 'none';
  }
}

/** Turns `className` on or off for the shapes of zone (or imported feature) `id`. */
export function markZone(svg: SVGSVGElement, id: string | null, className: string, on: boolean): void {
  if (id === null) return;
  const quoted = `"${CSS.escape(id)}"`;
  const selector = `[data-zone-id=${quoted}],[data-user-feature-id=${quoted}]`;
  for (const node of svg.querySelectorAll(selector)) node.classList.toggle(className, on);
}

/** Marks the hovered and selected zone, and with `highlighted` the highlighted ones, on fresh shapes. */
export function markZones(
  svg: SVGSVGElement,
  state: Pick<AppState, 'hoveredId' | 'selectedId' | 'highlightedIds'>,
  highlighted: boolean,
): void {
  markZone(svg, state.hoveredId, 'is-hovered', true);
  markZone(svg, state.selectedId, 'is-selected', true);
  if (highlighted) for (const id of state.highlightedIds) markZone(svg, id, 'is-highlighted', true);
}
