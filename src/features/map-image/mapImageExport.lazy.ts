import type { ImageSize } from '../../export/frame';
import { canvasToPng } from '../../export/image';
import { composeViewImage } from '../../map/image/viewImage';
import type { PanelContext } from '../../shell/panel';

// The credits as plain text (the unit tests read it here, beside the file name).
export { plainCredit } from '../../map/image/viewImage';

/** The name of the file for an image of `size`. */
export const imageFileName = ({ width, height }: ImageSize): string => `beijing-ftz-atlas-${width}x${height}.png`;

/** Lets the page paint and answer input between the export's heavy steps. */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * The map image as a PNG: the map drawn again at `size`, then its title (and the selected zone), the
 * legend's colours, a scale bar and the map's credits drawn on it, in the current language and theme.
 * Loaded on the first click of the export button.
 */
export async function makeMapImage(context: PanelContext, size: ImageSize): Promise<Blob> {
  // Marks for the benchmark (scripts/bench): which step a long task belongs to.
  performance.mark('map-image:start');
  const map = await context.map.renderImage(size);
  performance.mark('map-image:rendered');
  await nextFrame();
  const state = context.store.get();
  const canvas = composeViewImage(map, context.zones, state, state.selectedId);
  performance.mark('map-image:composed');
  await nextFrame();
  const blob = await canvasToPng(canvas);
  performance.mark('map-image:encoded');
  return blob;
}
