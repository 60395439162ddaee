import { areaM2 } from '../../geo/geodesic';
import { anchorOf, moveTrueSize, stepPoint, type AreaGeometry } from '../../geo/trueSize';
import type { LngLat, PlannerMap } from '../../map/plannerTypes';
import { element } from '../../shell/dom';
import { createScope } from '../../shell/panel';
import type { MapController } from '../../map/types';
import type { AppStore } from '../../state/appState';
import {
  anchorText,
  arrowStep,
  cameraAround,
  dragged,
  movedText,
  nameIn,
  overlayTexts,
  type OverlayName,
} from './overlayModel';
import { t } from './strings';

export type { OverlayName } from './overlayModel';

export interface OverlayOptions {
  /** The published area, km², if there is one. */
  officialAreaKm2?: number | null;
  /** Where the focus goes back when the overlay is removed (the button that laid it over). */
  opener?: HTMLElement | null;
  store: AppStore;
  map: MapController;
  /** Where to lay it (its anchor lands there, framed); the map's centre when absent. */
  at?: LngLat;
}

let removeCurrent: (() => void) | null = null;

/** The overlay's control: its name, the published and mapped areas, the help, Remove, and a live region. */
function overlayElements() {
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
  return { control, heading, official, mapped, help, removeButton, live };
}

/** One overlay on the map, from `show` until `remove`. */
class TrueSizeOverlay {
  private readonly scope = createScope();
  private readonly ui = overlayElements();
  private readonly from: LngLat;
  private readonly mappedKm2: number;
  private anchor: LngLat;
  private frame = 0;

  constructor(
    private readonly geometry: AreaGeometry,
    private readonly name: OverlayName,
    private readonly planner: PlannerMap,
    private readonly options: OverlayOptions,
  ) {
    this.from = anchorOf(geometry);
    this.mappedKm2 = areaM2(geometry) / 1e6;
    this.anchor = options.at ?? planner.centre();
  }

  /** Listens to the keys, the drag and the language, and puts the control in `slot`, focused. */
  show(slot: HTMLElement): void {
    const { control, removeButton } = this.ui;
    this.scope.listen(removeButton, 'click', this.remove);
    this.scope.listen(control, 'keydown', (event) => this.onKey(event));
    this.scope.add(
      this.planner.dragOverlay({
        onMove: (previous, next) => {
          this.anchor = dragged(this.anchor, previous, next);
          // A drag reports many moves per frame; the outline is recomputed once per frame.
          this.frame ||= requestAnimationFrame(this.draw);
        },
        // After a drag the keys take over where the pointer left it.
        onEnd: () => control.focus({ preventScroll: true }),
      }),
      this.options.store.select((state) => state.language, this.render),
    );
    removeCurrent = this.remove;
    this.render();
    slot.append(control);
    control.focus({ preventScroll: true });
  }

  readonly remove = (): void => {
    if (removeCurrent !== this.remove) return;
    removeCurrent = null;
    cancelAnimationFrame(this.frame);
    const hadFocus = this.ui.control.contains(document.activeElement);
    this.scope.dispose();
    this.planner.drawOverlay(null);
    this.ui.control.remove();
    const { opener } = this.options;
    if (hadFocus) (opener?.isConnected ? opener : this.planner.keyTarget).focus();
  };

  private readonly draw = (): void => {
    this.frame = 0;
    const { language } = this.options.store.get();
    this.ui.control.dataset['anchor'] = anchorText(this.anchor);
    this.planner.drawOverlay({
      geometry: moveTrueSize(this.geometry, this.from, this.anchor),
      label: t(language, 'overlay.label', { name: nameIn(this.name, language) }),
    });
  };

  private readonly render = (): void => {
    const { language } = this.options.store.get();
    const texts = overlayTexts(language, this.name, this.options.officialAreaKm2, this.mappedKm2);
    this.ui.heading.textContent = texts.heading;
    this.ui.official.textContent = texts.official;
    this.ui.mapped.textContent = texts.mapped;
    this.ui.help.textContent = texts.help;
    this.ui.removeButton.textContent = texts.remove;
    this.draw();
  };

  private onKey(event: KeyboardEvent): void {
    const step = arrowStep(event.key, event.shiftKey);
    if (event.key === 'Escape') this.remove();
    else if (step) {
      const km = this.planner.kmPerPixels(step.pixels);
      this.anchor = stepPoint(this.anchor, km, step.bearing);
      this.draw();
      this.ui.live.textContent = movedText(this.options.store.get().language, this.name, km, step.direction);
    } else return;
    event.preventDefault();
    event.stopPropagation();
  }
}

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
  const planner = (await options.map.planner?.()) ?? null;
  const slot = document.getElementById('map-tools');
  if (!planner || !slot) return false;
  removeCurrent?.();
  // Laid at a place of its own: the camera goes there first, near enough to see the whole outline.
  if (options.at) {
    const { clientWidth: width, clientHeight: height } = planner.keyTarget;
    await options.map.flyTo(
      cameraAround(moveTrueSize(geometry, anchorOf(geometry), options.at), options.at, { width, height }),
    );
  }
  new TrueSizeOverlay(geometry, name, planner, options).show(slot);
  return true;
}

/** Removes the overlay, if one is shown. */
export const removeOverlay = (): void => removeCurrent?.();
