/**
 * The one export helper for charts and the map: SVG → canvas, canvas → PNG blob, and saving a blob
 * under a file name. No chart or map code here, so each export chunk takes only this.
 */

/** Draws an SVG document onto a new canvas of `width` × `height` CSS pixels at `ratio` pixels each. */
export async function svgToCanvas(
  markup: string,
  width: number,
  height: number,
  ratio = 1,
): Promise<HTMLCanvasElement> {
  // A blob: image (the CSP allows blob: images); an SVG drawn this way loads nothing outside itself.
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
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return canvas;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The canvas as a PNG file. `toBlob` encodes off the main task, so a 4K image does not freeze the page. */
export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made'))), 'image/png'),
  );
}

/** Rasterises an SVG document at `ratio` device pixels per CSS pixel (2 for sharp slides and prints). */
export async function svgToPng(markup: string, width: number, height: number, ratio = 2): Promise<Blob> {
  return canvasToPng(await svgToCanvas(markup, width, height, ratio));
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
