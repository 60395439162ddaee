import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * Printing the map. Chromium prints a WebGL canvas whose drawing buffer is not preserved as a blank
 * box (checked with page.pdf(): one flat colour). Rather than make every frame pay for
 * `preserveDrawingBuffer`, the map is redrawn synchronously when printing starts and copied, in the
 * same task (before the buffer is cleared), into an image that print.css shows in the canvas's place.
 * The image goes when printing ends.
 */
export function keepMapForPrint(map: MapLibreMap): () => void {
  let snapshot: HTMLImageElement | null = null;
  const remove = () => {
    snapshot?.remove();
    snapshot = null;
  };
  const capture = () => {
    remove();
    try {
      map.redraw();
      snapshot = document.createElement('img');
      snapshot.className = 'map-print-snapshot';
      snapshot.alt = '';
      snapshot.src = map.getCanvas().toDataURL('image/png');
      map.getCanvasContainer().append(snapshot);
    } catch {
      // A lost context or a tainted canvas: the page still prints, without the map's picture.
      remove();
    }
  };
  window.addEventListener('beforeprint', capture);
  window.addEventListener('afterprint', remove);
  return () => {
    window.removeEventListener('beforeprint', capture);
    window.removeEventListener('afterprint', remove);
    remove();
  };
}
