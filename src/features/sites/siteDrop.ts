import type { Language } from '../../state/appState';
import { element } from '../../shell/dom';
import { t } from './strings';

/**
 * Dropping a file on the map imports it. While a file is dragged over the map a hint covers it
 * ("Drop the file to add it to the map"), so the visitor knows the drop will be taken. Only drags that
 * carry files count: a dragged link or text is left to the browser. Returns a function that stops it.
 */
export function listenForDrops(map: HTMLElement, language: () => Language, onFile: (file: File) => void): () => void {
  const hint = element('div', { class: 'user-drop-hint', 'data-drop-hint': '', hidden: '' });
  map.after(hint);
  const controller = new AbortController();
  const options = { signal: controller.signal };
  const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
  // dragenter and dragleave fire for every child crossed; counting them tells when the drag really left.
  let depth = 0;
  const show = (visible: boolean) => {
    hint.hidden = !visible;
    if (visible) hint.textContent = t(language(), 'user.drop');
  };
  const area = map.parentElement ?? map;
  area.addEventListener(
    'dragenter',
    (event) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth += 1;
      show(true);
    },
    options,
  );
  area.addEventListener(
    'dragover',
    (event) => {
      if (!carriesFiles(event)) return;
      // Without this the browser opens the file instead of dropping it here.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    },
    options,
  );
  area.addEventListener(
    'dragleave',
    (event) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) show(false);
    },
    options,
  );
  area.addEventListener(
    'drop',
    (event) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      show(false);
      const file = event.dataTransfer?.files[0];
      if (file) onFile(file);
    },
    options,
  );
  return () => {
    controller.abort();
    hint.remove();
  };
}
