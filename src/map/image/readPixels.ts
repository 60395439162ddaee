/** How often to ask the GPU whether the read has finished. */
const POLL_MS = 16;
/** Rows copied per task: about 4 MB at 4K width, a few tens of milliseconds. */
const STRIP_ROWS = 256;

const later = (ms = POLL_MS) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A 2D copy of a WebGL2 canvas, made without blocking the page: `readPixels` into a pixel-pack buffer,
 * a fence polled from later tasks, then the rows copied out strip by strip, each strip its own task.
 * A plain `drawImage` of the canvas (or `readPixels` into memory) makes the main thread wait until the
 * GPU has finished every queued command, which for a 4K map under a software renderer is seconds in
 * one task. Needs the drawing buffer preserved (`preserveDrawingBuffer`): it is read after the frame.
 */
export async function copyWebGlCanvas(source: HTMLCanvasElement): Promise<HTMLCanvasElement> {
  const gl = source.getContext('webgl2');
  if (!gl) throw new Error('The map canvas has no WebGL2 context');
  const { drawingBufferWidth: width, drawingBufferHeight: height } = gl;
  // The 2D canvas's memory is allocated on its first drawing: done in a task of its own, before the
  // read, rather than in the first strip's task.
  const target = document.createElement('canvas');
  [target.width, target.height] = [width, height];
  const context = target.getContext('2d');
  context?.fillRect(0, 0, 1, 1);
  performance.mark('map-image:allocated');
  await later(0);
  const buffer = gl.createBuffer();
  gl.bindFramebuffer(gl.FRAMEBUFFER, null);
  gl.bindBuffer(gl.PIXEL_PACK_BUFFER, buffer);
  gl.bufferData(gl.PIXEL_PACK_BUFFER, width * height * 4, gl.STREAM_READ);
  gl.pixelStorei(gl.PACK_ALIGNMENT, 4);
  gl.readPixels(0, 0, width, height, gl.RGBA, gl.UNSIGNED_BYTE, 0);
  const sync = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
  gl.flush();
  performance.mark('map-image:read-queued');
  try {
    if (!context) throw new Error('This browser cannot draw on a canvas');
    if (!sync) throw new Error('The GPU could not be asked when the image is ready');
    for (;;) {
      await later();
      if (gl.isContextLost()) throw new Error('The map image was lost by the GPU');
      const state = gl.clientWaitSync(sync, 0, 0);
      if (state === gl.WAIT_FAILED) throw new Error('The GPU failed to read the map image');
      if (state !== gl.TIMEOUT_EXPIRED) break;
    }
    performance.mark('map-image:gpu-done');
    const row = width * 4;
    const spare = new Uint8ClampedArray(row);
    for (let first = 0; first < height; first += STRIP_ROWS) {
      const rows = Math.min(STRIP_ROWS, height - first);
      const strip = new Uint8ClampedArray(rows * row);
      gl.bindBuffer(gl.PIXEL_PACK_BUFFER, buffer);
      gl.getBufferSubData(gl.PIXEL_PACK_BUFFER, first * row, strip);
      // GL's rows run bottom to top; an image's run top to bottom.
      for (let top = 0, bottom = rows - 1; top < bottom; top++, bottom--) {
        spare.set(strip.subarray(top * row, top * row + row));
        strip.copyWithin(top * row, bottom * row, bottom * row + row);
        strip.set(spare, bottom * row);
      }
      context.putImageData(new ImageData(strip, width, rows), 0, height - first - rows);
      await later(0);
    }
    return target;
  } finally {
    if (sync) gl.deleteSync(sync);
    gl.bindBuffer(gl.PIXEL_PACK_BUFFER, null);
    gl.deleteBuffer(buffer);
  }
}
