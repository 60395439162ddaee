import { create } from 'd3-selection';
import { langTag } from '../i18n';
import type { Language } from '../state/appState';
import { THEME_TOKENS } from '../color/themes';
import { chartColors, chartCss, type ChartColors } from './chartCss';
import type { ChartDefinition } from './types';
import { appendLines } from './svg';
import { round } from '../geo/round';
import { wrapText } from './text';

const PAD = 20;

/** The chart colours as they are on screen now (the current theme), for a file that has no page CSS. */
export function resolveThemeColors(element: Element): ChartColors {
  const style = getComputedStyle(element);
  return chartColors((name) => style.getPropertyValue(`--${name}`).trim() || THEME_TOKENS.light.page[name]);
}

/**
 * A self-contained SVG document of a chart: its title and takeaway above, the source below, and the
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

/** Rasterises an SVG document at `ratio` device pixels per CSS pixel (2 for sharp slides and prints). */
export async function svgToPng(markup: string, width: number, height: number, ratio = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw on a canvas');
    context.scale(ratio, ratio);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a blob under `filename` through a temporary download link. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; FileSaver.js waits 40 s, so do we.
  setTimeout(() => URL.revokeObjectURL(url), 40_000);
}
