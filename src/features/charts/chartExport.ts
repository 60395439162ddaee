import { create } from 'd3-selection';
import { langTag } from '../../i18n/index';
import type { Language } from '../../state/appState';
import { THEME_TOKENS } from '../../color/themes';
import { chartColors, chartCss, type ChartColors } from './chartCss';
import type { ChartDefinition } from './types';
import { appendLines } from './svg';
import { round } from '../../geo/round';
import { wrapText } from './text';

const PAD = 20;

/** The chart colours as they are on screen now (the current theme), for a file that has no page CSS. */
export function resolveThemeColors(element: Element): ChartColors {
  const style = getComputedStyle(element);
  return chartColors((name) => style.getPropertyValue(`--${name}`).trim() || THEME_TOKENS.light.page[name]);
}

/**
 * A self-contained SVG document of a chart (rasterised and saved by the shared src/export/image.ts): its title and takeaway above, the source below, and the
 * chart's CSS with the theme colours resolved, so it looks the same outside the page.
 */
export function buildExportSvg<D>(
  definition: ChartDefinition<D>,
  data: D,
  language: Language,
  colors: ChartColors,
  width = 760,
): { markup: string; width: number; height: number } {
  const words = definition.text(data, language);
  const inner = width - 2 * PAD;
  const body = definition.render(data, { width: inner, language });
  const bodyHeight = Number(body.getAttribute('height'));
  const titleLines = wrapText(words.title, inner, 17);
  const takeawayLines = wrapText(words.takeaway, inner, 12.5);
  const sourceLines = wrapText(words.source, inner, 10);
  const bodyY = PAD + titleLines.length * 22 + takeawayLines.length * 17 + 10;
  const sourceY = bodyY + bodyHeight + 22;
  const height = Math.ceil(sourceY + (sourceLines.length - 1) * 13 + PAD);

  const svg = create('svg')
    .attr('xmlns', 'http://www.w3.org/2000/svg')
    .attr('class', 'chart-svg')
    .attr('width', width)
    .attr('height', height)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('role', 'img')
    .attr('aria-labelledby', 'export-title')
    .attr('aria-describedby', 'export-desc')
    .attr('lang', langTag(language));
  svg.append('title').attr('id', 'export-title').text(words.title);
  svg.append('desc').attr('id', 'export-desc').text(`${words.takeaway} ${words.description}`);
  svg.append('style').text(chartCss(colors));
  svg.append('rect').attr('class', 'c-bg').attr('width', width).attr('height', height);
  appendLines(svg, titleLines, PAD, PAD + 16, 22, 'c-export-title');
  appendLines(svg, takeawayLines, PAD, PAD + titleLines.length * 22 + 12, 17, 'c-muted').style('font-size', '12.5px');
  body.setAttribute('x', String(PAD));
  body.setAttribute('y', String(round(bodyY, 1)));
  // The body's own accessible name would repeat the title; the document's is enough.
  body.removeAttribute('role');
  body.removeAttribute('aria-labelledby');
  body.removeAttribute('aria-describedby');
  body.querySelector(':scope > title')?.remove();
  body.querySelector(':scope > desc')?.remove();
  svg.node()!.append(body);
  appendLines(svg, sourceLines, PAD, sourceY, 13, 'c-muted c-export-source').style('font-size', '10px');
  const markup = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg.node()!)}`;
  return { markup, width, height };
}
