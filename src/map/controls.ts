import { AttributionControl, type IControl, type Map as MapLibreMap } from 'maplibre-gl';
import { COMPACT_CREDITS_BELOW } from './attribution';

/**
 * A map button that puts the camera back to the opening view. Built like MapLibre's own controls
 * (same classes), so it sits in the same group style and is reachable by Tab.
 */
export class ResetViewControl implements IControl {
  private container: HTMLDivElement | undefined;
  private button: HTMLButtonElement | undefined;

  constructor(private readonly reset: (map: MapLibreMap) => void) {}

  onAdd(map: MapLibreMap): HTMLElement {
    this.container = document.createElement('div');
    this.container.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    this.button = document.createElement('button');
    this.button.type = 'button';
    this.button.className = 'atlas-reset-view';
    const icon = document.createElement('span');
    icon.className = 'atlas-reset-view-icon';
    icon.setAttribute('aria-hidden', 'true');
    this.button.append(icon);
    this.button.addEventListener('click', () => this.reset(map));
    this.container.append(this.button);
    return this.container;
  }

  /** The button's accessible name and tooltip, in the current language. */
  setLabel(label: string): void {
    this.button?.setAttribute('aria-label', label);
    this.button?.setAttribute('title', label);
  }

  onRemove(): void {
    this.container?.remove();
  }
}

/**
 * The map's credits in the current language: written out on a wide map; on a narrow one (a phone)
 * MapLibre's compact attribution, folded until the visitor opens it. MapLibre's attribution control
 * takes its text and its compactness once, when built, so a change of text, or the map crossing the
 * width, puts a new control in the old one's place.
 */
export class CreditsControl {
  private control: AttributionControl | undefined;
  private shown = '';
  private credits: readonly string[] = [];

  constructor(private readonly map: MapLibreMap) {
    // After the event, not during it: MapLibre calls every listener the resize had when it began, so a
    // control removed here would still get it, without its map ("reading 'getCanvasContainer'"), when a
    // window crossed the width (a tablet turned, a window narrowed).
    map.on('resize', () => queueMicrotask(() => this.show(this.credits)));
  }

  private compact(): boolean {
    return this.map.getContainer().clientWidth < COMPACT_CREDITS_BELOW;
  }

  show(credits: readonly string[]): void {
    this.credits = credits;
    const compact = this.compact();
    const key = `${compact}\n${credits.join('\n')}`;
    if (key === this.shown || credits.length === 0) return;
    if (this.control) this.map.removeControl(this.control);
    this.control = new AttributionControl({ compact, customAttribution: [...credits] });
    this.map.addControl(this.control, 'bottom-right');
    // MapLibre opens a compact attribution at first and folds it on the first drag: folded from the start.
    const box = this.map.getContainer().querySelector('.maplibregl-ctrl-attrib.maplibregl-compact');
    box?.classList.remove('maplibregl-compact-show');
    box?.removeAttribute('open');
    this.shown = key;
  }
}
