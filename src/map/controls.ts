import { AttributionControl, type IControl, type Map as MapLibreMap } from 'maplibre-gl';

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
 * The map's credits, expanded on every screen size, in the current language. MapLibre's attribution
 * control takes its text once, when built, so a change of text puts a new control in the old one's place.
 */
export class CreditsControl {
  private control: AttributionControl | undefined;
  private shown = '';

  constructor(private readonly map: MapLibreMap) {}

  show(credits: readonly string[]): void {
    const key = credits.join('\n');
    if (key === this.shown) return;
    if (this.control) this.map.removeControl(this.control);
    this.control = new AttributionControl({ compact: false, customAttribution: [...credits] });
    this.map.addControl(this.control, 'bottom-right');
    this.shown = key;
  }
}
