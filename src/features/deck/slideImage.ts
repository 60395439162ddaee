import { canvasToPng } from '../../export/image';
import type { ImageView } from '../../map/types';
import type { PanelContext } from '../../shell/panel';
import { composeViewImage } from '../../map/image/viewImage';
import { SLIDE_IMAGE } from './deckModel';

/** A blob as a data: URL (base64), the form pptxgenjs takes images in. */
export function dataUrlOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The image could not be read'));
    reader.readAsDataURL(blob);
  });
}

/**
 * A slide's map as a PNG data: URL at 1920 × 1080, drawn as the map image export draws it
 * (map/image/viewImage.ts): the map (the view on screen, or `view`), the atlas's title and the selected zone, the
 * legend, a scale bar and the credits, in the current language and theme.
 */
export async function slideImage(context: PanelContext, view: ImageView | null): Promise<string> {
  const map = await context.map.renderImage(SLIDE_IMAGE, view ?? undefined);
  const state = context.store.get();
  const selectedId = view ? view.selectedId : state.selectedId;
  return dataUrlOf(await canvasToPng(composeViewImage(map, context.zones, state, selectedId)));
}
