import {
  addPoint,
  finishMeasurement,
  measureFeatures,
  minimumPoints,
  startMeasurement,
  undoPoint,
  type Measurement,
  type MeasureMode,
} from '../../geo/measure';
import type { PlannerMap } from '../../map/plannerTypes';
import type { AppStore } from '../../state/appState';
import { element } from '../../shell/dom';
import { createScope } from '../../shell/panel';
import { announcement, finishesAt, measureKey, totalsText, type MeasureKey } from './measureModel';
import { t } from './strings';

export interface MeasureTool {
  /** Starts measuring in `mode`, or stops when that mode is already on. */
  toggle(mode: MeasureMode): void;
  dispose(): void;
}

interface MeasureToolOptions {
  slot: HTMLElement;
  planner: PlannerMap;
  store: AppStore;
  onChange(mode: MeasureMode | null): void;
}

/** The result box (total, help, Finish, Undo, Clear), the live region and the keyboard crosshair. */
function measureElements() {
  const total = element('p', { class: 'measure-total', 'data-measure-total': '' });
  const help = element('p', { class: 'measure-help' });
  const finishButton = element('button', { type: 'button', 'data-measure-action': 'finish' });
  const undoButton = element('button', { type: 'button', 'data-measure-action': 'undo' });
  const clearButton = element('button', { type: 'button', 'data-measure-action': 'clear' });
  const actions = element('div', { class: 'measure-actions' }, finishButton, undoButton, clearButton);
  const box = element('div', { class: 'measure-result' }, total, help, actions);
  const live = element('div', { class: 'visually-hidden', 'aria-live': 'polite', 'data-measure-live': '' });
  const crosshair = element('div', { class: 'measure-crosshair', 'aria-hidden': 'true' });
  box.hidden = true;
  crosshair.hidden = true;
  return { box, total, help, finishButton, undoButton, clearButton, live, crosshair };
}

/**
 * The measuring session: clicks (or Space/Enter on the focused map, at the centre crosshair) add
 * points, a double-click, Enter on the last point or Finish ends it, Backspace undoes, Escape cancels.
 * The result stays on the map, with its total and a Clear button, until cleared (Clear, or Escape over
 * the map) or replaced.
 */
class MeasureSession implements MeasureTool {
  private readonly scope = createScope();
  private readonly ui = measureElements();
  private measurement: Measurement | null = null;
  private stopPicking: (() => void) | null = null;

  constructor(private readonly options: MeasureToolOptions) {
    const { slot, planner, store } = options;
    const { box, live, crosshair, finishButton, undoButton, clearButton } = this.ui;
    const { scope } = this;
    slot.append(box, live, crosshair);
    scope.listen(finishButton, 'click', () => this.measurement && this.update(finishMeasurement(this.measurement)));
    scope.listen(undoButton, 'click', () => this.measurement && this.update(undoPoint(this.measurement)));
    scope.listen(clearButton, 'click', () => this.clear());
    scope.listen(planner.keyTarget, 'focus', this.showCrosshair);
    scope.listen(planner.keyTarget, 'blur', this.showCrosshair);
    // Keys anywhere over the map (its canvas, the tools): the page-wide Escape (details) is not reached.
    scope.listen(slot.closest('.map-area') ?? slot, 'keydown', (event) => this.onKey(event));
    scope.add(
      store.select(
        (state) => state.language,
        () => this.render(false),
      ),
    );
  }

  toggle(mode: MeasureMode): void {
    if (this.picking() && this.measurement?.mode === mode) this.clear();
    else this.start(mode);
  }

  dispose(): void {
    this.clear();
    this.scope.dispose();
    this.ui.box.remove();
    this.ui.live.remove();
    this.ui.crosshair.remove();
  }

  private picking(): boolean {
    return this.measurement !== null && !this.measurement.finished;
  }

  private readonly showCrosshair = () => {
    this.ui.crosshair.hidden = !(this.picking() && this.options.planner.keyTarget.matches(':focus-visible'));
  };

  private render(announce = true): void {
    const { language } = this.options.store.get();
    const { box, help, finishButton, undoButton, clearButton } = this.ui;
    finishButton.textContent = t(language, 'measure.finish');
    undoButton.textContent = t(language, 'measure.undo');
    clearButton.textContent = t(language, 'measure.clear');
    help.textContent = t(language, 'measure.help');
    box.hidden = this.measurement === null;
    this.options.onChange(this.picking() ? this.measurement!.mode : null);
    this.showCrosshair();
    if (this.measurement) this.renderResult(this.measurement, announce);
  }

  private renderResult(measurement: Measurement, announce: boolean): void {
    const { language } = this.options.store.get();
    const { box, total, help, finishButton, undoButton, live } = this.ui;
    this.options.planner.drawMeasure(measureFeatures(measurement));
    total.textContent = totalsText(language, measurement);
    help.hidden = measurement.finished;
    box.dataset['finished'] = String(measurement.finished);
    finishButton.hidden = undoButton.hidden = measurement.finished;
    finishButton.disabled = measurement.points.length < minimumPoints(measurement.mode);
    undoButton.disabled = measurement.points.length === 0;
    if (announce) live.textContent = announcement(language, measurement, total.textContent);
  }

  private stop(): void {
    this.stopPicking?.();
    this.stopPicking = null;
  }

  private update(next: Measurement): void {
    if (next === this.measurement) return;
    this.measurement = next;
    if (next.finished) this.stop();
    this.render();
  }

  private clear(message?: string): void {
    this.stop();
    this.measurement = null;
    this.options.planner.drawMeasure(null);
    this.render(false);
    this.ui.live.textContent = message ?? '';
  }

  private start(mode: MeasureMode): void {
    this.stop();
    this.measurement = startMeasurement(mode);
    this.stopPicking = this.options.planner.pickPoints({
      onPoint: (point) => this.measurement && this.update(addPoint(this.measurement, point)),
      onFinish: () => this.measurement && this.update(finishMeasurement(this.measurement)),
    });
    this.render();
  }

  private onKey(event: KeyboardEvent): void {
    if (!this.measurement) return;
    const action = measureKey(this.measurement, event.key, event.target === this.options.planner.keyTarget);
    if (action === null) return;
    if (action === 'other') {
      // Arrow keys pan the map (MapLibre's own); the crosshair shows once the focus is visible.
      queueMicrotask(this.showCrosshair);
      return;
    }
    this.carryOut(action, this.measurement, event.key);
    event.preventDefault();
    event.stopPropagation();
  }

  private carryOut(action: Exclude<MeasureKey, 'other'>, measurement: Measurement, key: string): void {
    const { language } = this.options.store.get();
    if (action === 'clear') this.clear(t(language, 'measure.cleared'));
    else if (action === 'cancel') this.clear(t(language, 'measure.cancelled'));
    else if (action === 'undo') this.update(undoPoint(measurement));
    else {
      const centre = this.options.planner.centre();
      const finishes = finishesAt(measurement, key, centre, !this.ui.crosshair.hidden);
      this.update(finishes ? finishMeasurement(measurement) : addPoint(measurement, centre));
    }
  }
}

export function createMeasureTool(options: MeasureToolOptions): MeasureTool {
  return new MeasureSession(options);
}
