import type { MapImage } from './frame';
import { layoutOverlays, type Box, type FontWeight, type OverlayContent, type TextLine } from './layout';

/** The theme colours an image's overlays use (the current theme's page tokens, src/color/themes.ts). */
export interface OverlayColors {
  /** Box background: the page's translucent panel colour. */
  panel: string;
  fg: string;
  muted: string;
  border: string;
}

const font = (family: string, size: number, weight: FontWeight) => `${weight} ${size}px ${family}`;

function roundedBox(context: CanvasRenderingContext2D, box: Box, radius: number, colors: OverlayColors, unit: number) {
  context.beginPath();
  context.roundRect(box.x, box.y, box.width, box.height, radius);
  context.fillStyle = colors.panel;
  context.fill();
  context.lineWidth = Math.max(1, unit);
  context.strokeStyle = colors.border;
  context.stroke();
}

function text(context: CanvasRenderingContext2D, family: string, lines: readonly TextLine[], color: string) {
  context.fillStyle = color;
  context.textBaseline = 'alphabetic';
  for (const line of lines) {
    context.font = font(family, line.size, line.weight);
    context.fillText(line.text, line.x, line.y);
  }
}

/**
 * The exported image: the map (its canvas, drawn on), with the title, legend, scale bar and credits drawn on it in the
 * theme's colours and the page's font (Latin and CJK faces), sized for the image (layout.ts).
 */
export function composeMapImage(
  map: MapImage,
  content: Omit<OverlayContent, 'metresPerPixel'>,
  colors: OverlayColors,
  fontFamily: string,
): HTMLCanvasElement {
  // Drawn straight onto the map's own canvas: a copy of a 4K image would be a long task for nothing.
  const { canvas } = map;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw on a canvas');
  const measure = (value: string, size: number, weight: FontWeight) => {
    context.font = font(fontFamily, size, weight);
    return context.measureText(value).width;
  };
  const layout = layoutOverlays(
    canvas.width,
    canvas.height,
    { ...content, metresPerPixel: map.metresPerPixel },
    measure,
  );
  const { unit, radius } = layout;

  roundedBox(context, layout.title, radius, colors, unit);
  text(context, fontFamily, layout.title.lines, colors.fg);

  roundedBox(context, layout.legend, radius, colors, unit);
  text(context, fontFamily, layout.legend.lines, colors.fg);
  for (const row of layout.legend.rows) {
    context.fillStyle = row.color;
    context.fillRect(row.swatch.x, row.swatch.y, row.swatch.width, row.swatch.height);
  }

  roundedBox(context, layout.scale, radius, colors, unit);
  text(context, fontFamily, layout.scale.lines, colors.fg);
  // The bar: a line with end ticks, like the map's own scale control.
  const { bar } = layout.scale;
  context.fillStyle = colors.fg;
  context.fillRect(bar.x, bar.y + bar.height - 2 * unit, bar.width, 2 * unit);
  context.fillRect(bar.x, bar.y, 2 * unit, bar.height);
  context.fillRect(bar.x + bar.width - 2 * unit, bar.y, 2 * unit, bar.height);

  roundedBox(context, layout.credits, radius, colors, unit);
  text(context, fontFamily, layout.credits.lines, colors.muted);
  return canvas;
}
