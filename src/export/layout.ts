import { scaleBar, type ScaleBar } from './scaleBar';

/**
 * Where the title, legend, scale bar and credits go on an exported map image, and how big (pure; the
 * text is measured by the caller's function, so tests need no canvas). Sizes are in image pixels and
 * grow with the image: a 4K image gets twice the type of a Full HD one, so a slide reads the same.
 */

export interface OverlayContent {
  title: string;
  /** A second title line (the selected zone), or null. */
  subtitle: string | null;
  legendTitle: string;
  legend: readonly { label: string; color: string }[];
  /** The credits as plain text, one per data source. */
  credits: readonly string[];
  /** Ground metres per image pixel at the image's centre. */
  metresPerPixel: number;
}

export type FontWeight = 'normal' | 'bold';
/** Width in pixels of `text` set at `size` pixels. */
export type Measure = (text: string, size: number, weight: FontWeight) => number;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One line of text; `y` is its baseline. */
export interface TextLine {
  text: string;
  x: number;
  y: number;
  size: number;
  weight: FontWeight;
}

export interface OverlayLayout {
  /** The type scale: 1 for 1920 × 1080, 2 for 3840 × 2160. */
  unit: number;
  radius: number;
  title: Box & { lines: TextLine[] };
  legend: Box & { rows: { swatch: Box; color: string }[]; lines: TextLine[] };
  scale: Box & { bar: Box; lines: TextLine[] } & Pick<ScaleBar, 'metres' | 'label'>;
  credits: Box & { lines: TextLine[] };
}

const CJK = '\u2e80-\u9fff\u3000-\u303f\uff00-\uffef';
const TOKEN = new RegExp(`[${CJK}][，、。：；）]?|[^\\s${CJK}]+\\s*|\\s+`, 'gu');

/** Breaks `text` into lines no wider than `maxWidth`: at spaces, and between Chinese characters. */
export function wrapLines(
  text: string,
  maxWidth: number,
  size: number,
  measure: Measure,
  weight: FontWeight = 'normal',
) {
  const lines: string[] = [];
  let line = '';
  for (const token of text.match(TOKEN) ?? []) {
    const next = line + token;
    if (line.trim() !== '' && measure(next.trimEnd(), size, weight) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line = next;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/** The image's type scale and the spacing that grows with it. */
interface Spacing {
  unit: number;
  margin: number;
  pad: number;
}

/** The overlay boxes for an image of `width` × `height` pixels. */
export function layoutOverlays(
  width: number,
  height: number,
  content: OverlayContent,
  measure: Measure,
): OverlayLayout {
  const unit = Math.min(4, Math.max(0.4, Math.min(width / 1920, height / 1080)));
  const spacing = { unit, margin: 28 * unit, pad: 14 * unit };
  const legend = legendLayout(width, content, measure, spacing);
  const scale = scaleLayout(height, content.metresPerPixel, measure, spacing);
  return {
    unit,
    radius: 8 * unit,
    title: titleLayout(content, legend.x, measure, spacing),
    legend,
    scale,
    credits: creditsLayout(width, height, content.credits, scale.width, measure, spacing),
  };
}

/** Legend, top right (where the screen has its zoom buttons, which an image does not need). */
function legendLayout(
  width: number,
  content: OverlayContent,
  measure: Measure,
  { unit, margin, pad }: Spacing,
): OverlayLayout['legend'] {
  const rowSize = 18 * unit;
  const rowHeight = 28 * unit;
  const swatch = 18 * unit;
  const headingSize = 20 * unit;
  const legendWidth =
    2 * pad +
    Math.max(
      measure(content.legendTitle, headingSize, 'bold'),
      ...content.legend.map((entry) => swatch + 10 * unit + measure(entry.label, rowSize, 'normal')),
    );
  const legendX = width - margin - legendWidth;
  const legendTop = margin;
  const lines: TextLine[] = [
    {
      text: content.legendTitle,
      x: legendX + pad,
      y: legendTop + pad + headingSize,
      size: headingSize,
      weight: 'bold',
    },
  ];
  const rows = content.legend.map((entry, index) => {
    const rowTop = legendTop + pad + headingSize + 12 * unit + index * rowHeight;
    lines.push({
      text: entry.label,
      x: legendX + pad + swatch + 10 * unit,
      y: rowTop + (rowHeight + rowSize) / 2 - 3 * unit,
      size: rowSize,
      weight: 'normal',
    });
    return {
      swatch: { x: legendX + pad, y: rowTop + (rowHeight - swatch) / 2, width: swatch, height: swatch },
      color: entry.color,
    };
  });
  const legendHeight = 2 * pad + headingSize + 12 * unit + content.legend.length * rowHeight;
  return { x: legendX, y: legendTop, width: legendWidth, height: legendHeight, rows, lines };
}

/** Title, top left, wrapped to the room the legend (starting at `legendX`) leaves. */
function titleLayout(
  content: OverlayContent,
  legendX: number,
  measure: Measure,
  { unit, margin, pad }: Spacing,
): OverlayLayout['title'] {
  const titleSize = 36 * unit;
  const subtitleSize = 22 * unit;
  const titleRoom = Math.max(200 * unit, legendX - 2 * margin - 2 * pad);
  const titleTexts = [
    ...wrapLines(content.title, titleRoom, titleSize, measure, 'bold').map((text) => ({
      text,
      size: titleSize,
      weight: 'bold' as const,
    })),
    ...(content.subtitle
      ? wrapLines(content.subtitle, titleRoom, subtitleSize, measure).map((text) => ({
          text,
          size: subtitleSize,
          weight: 'normal' as const,
        }))
      : []),
  ];
  let baseline = margin + pad;
  const lines = titleTexts.map((line) => {
    baseline += line.size * 1.25;
    return { ...line, x: margin + pad, y: baseline - line.size * 0.25 };
  });
  const titleWidth = 2 * pad + Math.max(...titleTexts.map((line) => measure(line.text, line.size, line.weight)));
  return { x: margin, y: margin, width: titleWidth, height: baseline + pad - margin, lines };
}

/** Scale bar, bottom left. */
function scaleLayout(
  height: number,
  metresPerPixel: number,
  measure: Measure,
  { unit, margin, pad }: Spacing,
): OverlayLayout['scale'] {
  const bar = scaleBar(metresPerPixel, 220 * unit);
  const labelSize = 16 * unit;
  const barHeight = 6 * unit;
  const scaleWidth = 2 * pad + Math.max(bar.pixels, measure(bar.label, labelSize, 'normal'));
  const scaleHeight = 2 * pad + labelSize * 1.25 + 6 * unit + barHeight;
  const scaleY = height - margin - scaleHeight;
  return {
    x: margin,
    y: scaleY,
    width: scaleWidth,
    height: scaleHeight,
    metres: bar.metres,
    label: bar.label,
    bar: { x: margin + pad, y: scaleY + pad + labelSize * 1.25 + 6 * unit, width: bar.pixels, height: barHeight },
    lines: [{ text: bar.label, x: margin + pad, y: scaleY + pad + labelSize, size: labelSize, weight: 'normal' }],
  };
}

/** Credits, bottom right, wrapped to the room beside the scale bar (`scaleWidth` wide). */
function creditsLayout(
  width: number,
  height: number,
  credits: readonly string[],
  scaleWidth: number,
  measure: Measure,
  { unit, margin, pad }: Spacing,
): OverlayLayout['credits'] {
  const creditSize = 13 * unit;
  const creditLine = creditSize * 1.4;
  const creditRoom = Math.min(width * 0.62, width - 3 * margin - scaleWidth) - 2 * pad;
  const creditTexts = credits.flatMap((credit) => wrapLines(credit, creditRoom, creditSize, measure));
  const creditsWidth = 2 * pad + Math.max(0, ...creditTexts.map((text) => measure(text, creditSize, 'normal')));
  const creditsHeight = 2 * pad + creditTexts.length * creditLine;
  const creditsX = width - margin - creditsWidth;
  const creditsY = height - margin - creditsHeight;
  const lines = creditTexts.map((text, index) => ({
    text,
    x: creditsX + pad,
    y: creditsY + pad + (index + 1) * creditLine - creditSize * 0.35,
    size: creditSize,
    weight: 'normal' as const,
  }));
  return { x: creditsX, y: creditsY, width: creditsWidth, height: creditsHeight, lines };
}
