import { areaM2 } from '../../geo/geodesic';
import { anchorOf, moveTrueSize, stepPoint, type AreaGeometry } from '../../geo/trueSize';
import { round } from '../../geo/round';
import { formatArea } from '../../i18n/format';
import type { LngLat } from '../../map/plannerTypes';
import type { Language } from '../../state/appState';
import { element } from '../../shell/dom';
import { createScope } from '../../shell/panel';
import type { MapController } from '../../map/types';
import type { AppStore } from '../../state/appState';
import { formatKm, t } from './strings';

/** A name in both languages (a zone), or one string (an imported feature names itself). */
export type OverlayName = string | { en: string; zh: string };

export interface OverlayOptions {
  /** The published area, km², if there is one. */
  officialAreaKm2?: number | null;
  /** Where the focus goes back when the overlay is removed (the button that laid it over). */
  opener?: HTMLElement | null;
  store: AppStore;
  map: MapController;
}

// Arrow-key steps, in screen pixels of ground at the current zoom: fine, and with Shift, coarse.
const STEP_PIXELS = 20;
const SHIFT_STEP_PIXELS = 120;
const BEARINGS: Record<string, [number, 'north' | 'south' | 'east' | 'west']> = {
  ArrowUp: [0, 'north'],
  ArrowDown: [180, 'south'],
  ArrowRight: [90, 'east'],
  ArrowLeft: [270, 'west'],
};

let removeCurrent: (() => void) | null = null;

/**
 * Lays a copy of `geometry` over the map at its true ground size ("Lay over" / 平移比较), anchored at
 * its centroid and placed at the map centre; one overlay at a time. Drag it with the mouse or a
 * finger; with its control focused, the arrow keys move it (Shift: larger steps) and Escape removes
 * it. Takes plain GeoJSON, so imported features can be laid over too. Resolves false when the page has no map that can draw it (no WebGL).
 */
export async function startOverlay(
  geometry: AreaGeometry,
  name: OverlayName,
  options: OverlayOptions,
): Promise<boolean> {
  const { store } = options;
  const planner = (await options.map.planner?.()) ?? null;
  const slot = document.getElementById('map-tools');
  if (!planner || !slot) return false;
  removeCurrent?.();
  const scope = createScope();
  const from = anchorOf(geometry);
  const mappedKm2 = areaM2(geometry) / 1e6;
  let anchor: LngLat = planner.centre();
  let frame = 0;

  const nameIn = (language: Language) => (typeof name === 'string' ? name : name[language]);
  const heading = element('h2', { class: 'overlay-name', id: 'overlay-name' });
  const official = element('p', { 'data-overlay-field': 'official' });
  const mapped = element('p', { 'data-overlay-field': 'mapped' });
  const help = element('p', { class: 'overlay-help', id: 'overlay-help' });
  const removeButton = element('button', { type: 'button', 'data-overlay-remove': '' });
  const live = element('p', { class: 'visually-hidden', 'aria-live': 'polite' });
  const control = element(
    'section',
    {
      class: 'overlay-control',
      tabindex: '0',
      'aria-labelledby': 'overlay-name',
      'aria-describedby': 'overlay-help',
      'data-overlay': '',
    },
    heading,
    official,
    mapped,
    help,
    removeButton,
    live,
  );

  const draw = () => {
    frame = 0;
    control.dataset['anchor'] = anchor.map((c) => round(c, 6)).join(',');
    planner.drawOverlay({
      geometry: moveTrueSize(geometry, from, anchor),
      label: t(store.get().language, 'overlay.label', { name: nameIn(store.get().language) }),
    });
  };
  // A drag reports many moves per frame; the outline is recomputed once per frame.
  const redraw = () => (frame ||= requestAnimationFrame(draw));
  const render = () => {
    const { language } = store.get();
    heading.textContent = t(language, 'overlay.label', { name: nameIn(language) });
    const officialArea = options.officialAreaKm2;
    official.textContent = t(language, 'overlay.official', {
      area: officialArea == null ? t(language, 'overlay.noOfficial') : formatArea(language, officialArea),
    });
    mapped.textContent = t(language, 'overlay.mapped', { area: formatArea(language, mappedKm2, 2, 2) });
    help.textContent = t(language, 'overlay.help');
    removeButton.textContent = t(language, 'overlay.remove');
    draw();
  };
  const remove = () => {
    if (removeCurrent !== remove) return;
    removeCurrent = null;
    cancelAnimationFrame(frame);
    const hadFocus = control.contains(document.activeElement);
    scope.dispose();
    planner.drawOverlay(null);
    control.remove();
    if (hadFocus) (options.opener?.isConnected ? options.opener : planner.keyTarget).focus();
  };

  scope.listen(removeButton, 'click', remove);
  scope.listen(control, 'keydown', (event) => {
    if (event.key === 'Escape') remove();
    else if (BEARINGS[event.key]) {
      const [bearing, direction] = BEARINGS[event.key]!;
      const km = planner.kmPerPixels(event.shiftKey ? SHIFT_STEP_PIXELS : STEP_PIXELS);
      anchor = stepPoint(anchor, km, bearing);
      draw();
      const language = store.get().language;
      live.textContent = t(language, 'overlay.moved', {
        name: nameIn(language),
        km: formatKm(language, km),
        direction: t(language, `direction.${direction}`),
      });
    } else return;
    event.preventDefault();
    event.stopPropagation();
  });
  scope.add(
    planner.dragOverlay({
      onMove(previous, next) {
        anchor = [anchor[0] + next[0] - previous[0], anchor[1] + next[1] - previous[1]];
        redraw();
      },
      // After a drag the keys take over where the pointer left it.
      onEnd: () => control.focus({ preventScroll: true }),
    }),
    store.select((state) => state.language, render),
  );
  removeCurrent = remove;
  render();
  slot.append(control);
  control.focus({ preventScroll: true });
  return true;
}

/** Removes the overlay, if one is shown. */
export const removeOverlay = (): void => removeCurrent?.();
