import {
  addPoint,
  finishMeasurement,
  measureFeatures,
  measureTotals,
  minimumPoints,
  startMeasurement,
  undoPoint,
  type Measurement,
  type MeasureMode,
} from '../../geo/measure';
import { formatArea } from '../../i18n/format';
import type { PlannerMap } from '../../map/plannerTypes';
import type { AppStore, Language } from '../../state/appState';
import { element } from '../../shell/dom';
import { createScope } from '../../shell/panel';
import { formatKm, t } from './strings';

export interface MeasureTool {
  /** Starts measuring in `mode`, or stops when that mode is already on. */
  toggle(mode: MeasureMode): void;
  dispose(): void;
}

function totalsText(language: Language, measurement: Measurement): string {
  const { distanceKm, areaKm2 } = measureTotals(measurement);
  return measurement.mode === 'distance'
    ? t(language, 'measure.distanceTotal', { km: formatKm(language, distanceKm) })
    : t(language, 'measure.areaTotal', {
        km2: formatArea(language, areaKm2, areaKm2 < 1 ? 3 : 2),
        km: formatKm(language, distanceKm),
      });
}

/**
 * The measuring session: clicks (or Space/Enter on the focused map, at the centre crosshair) add
 * points, a double-click, Enter on the last point or Finish ends it, Backspace undoes, Escape cancels.
 * The result stays on the map, with its total and a Clear button, until cleared (Clear, or Escape over
 * the map) or replaced.
 */
export function createMeasureTool(options: {
  slot: HTMLElement;
  planner: PlannerMap;
  store: AppStore;
  onChange(mode: MeasureMode | null): void;
}): MeasureTool {
  const { slot, planner, store } = options;
  const scope = createScope();
  const area = slot.closest('.map-area') ?? slot;
  let measurement: Measurement | null = null;
  let stopPicking: (() => void) | null = null;

  const total = element('p', { class: 'measure-total', 'data-measure-total': '' });
  const help = element('p', { class: 'measure-help' });
  const finishButton = element('button', { type: 'button', 'data-measure-action': 'finish' });
  const undoButton = element('button', { type: 'button', 'data-measure-action': 'undo' });
  const clearButton = element('button', { type: 'button', 'data-measure-action': 'clear' });
  const box = element(
    'div',
    { class: 'measure-result' },
    total,
    help,
    element('div', { class: 'measure-actions' }, finishButton, undoButton, clearButton),
  );
  const live = element('div', { class: 'visually-hidden', 'aria-live': 'polite', 'data-measure-live': '' });
  const crosshair = element('div', { class: 'measure-crosshair', 'aria-hidden': 'true' });
  box.hidden = true;
  crosshair.hidden = true;
  slot.append(box, live, crosshair);

  const picking = () => measurement !== null && !measurement.finished;
  const showCrosshair = () => {
    crosshair.hidden = !(picking() && planner.keyTarget.matches(':focus-visible'));
  };
  const render = (announce = true) => {
    const { language } = store.get();
    finishButton.textContent = t(language, 'measure.finish');
    undoButton.textContent = t(language, 'measure.undo');
    clearButton.textContent = t(language, 'measure.clear');
    help.textContent = t(language, 'measure.help');
    box.hidden = measurement === null;
    options.onChange(picking() ? measurement!.mode : null);
    showCrosshair();
    if (!measurement) return;
    planner.drawMeasure(measureFeatures(measurement));
    const points = t(language, 'measure.points', { count: measurement.points.length });
    total.textContent = totalsText(language, measurement);
    help.hidden = measurement.finished;
    box.dataset['finished'] = String(measurement.finished);
    finishButton.hidden = undoButton.hidden = measurement.finished;
    finishButton.disabled = measurement.points.length < minimumPoints(measurement.mode);
    undoButton.disabled = measurement.points.length === 0;
    if (announce) {
      live.textContent = `${measurement.finished ? `${t(language, 'measure.finished')}. ` : ''}${total.textContent}, ${points}`;
    }
  };

  const stop = () => {
    stopPicking?.();
    stopPicking = null;
  };
  const update = (next: Measurement) => {
    if (next === measurement) return;
    measurement = next;
    if (next.finished) stop();
    render();
  };
  const clear = (message?: string) => {
    stop();
    measurement = null;
    planner.drawMeasure(null);
    render(false);
    live.textContent = message ?? '';
  };
  const start = (mode: MeasureMode) => {
    stop();
    measurement = startMeasurement(mode);
    stopPicking = planner.pickPoints({
      onPoint: (point) => measurement && update(addPoint(measurement, point)),
      onFinish: () => measurement && update(finishMeasurement(measurement)),
    });
    render();
  };

  scope.listen(finishButton, 'click', () => measurement && update(finishMeasurement(measurement)));
  scope.listen(undoButton, 'click', () => measurement && update(undoPoint(measurement)));
  scope.listen(clearButton, 'click', () => clear());
  scope.listen(planner.keyTarget, 'focus', showCrosshair);
  scope.listen(planner.keyTarget, 'blur', showCrosshair);
  // Keys anywhere over the map (its canvas, the tools): the page-wide Escape (details) is not reached.
  scope.listen(area, 'keydown', (event) => {
    if (!measurement) return;
    // A finished measurement stays until cleared: Escape clears it as the Clear button does (and a
    // second Escape reaches the page, e.g. closes the details).
    if (measurement.finished) {
      if (event.key !== 'Escape') return;
      clear(t(store.get().language, 'measure.cleared'));
      event.preventDefault();
      event.stopPropagation();
      return;
    }
    const onMap = event.target === planner.keyTarget;
    if (event.key === 'Escape') {
      clear(t(store.get().language, 'measure.cancelled'));
    } else if (event.key === 'Backspace') {
      update(undoPoint(measurement));
    } else if (onMap && (event.key === ' ' || event.key === 'Enter')) {
      const centre = planner.centre();
      const last = measurement.points.at(-1);
      const samePlace = last !== undefined && last[0] === centre[0] && last[1] === centre[1];
      // Enter on the point just added (or without the crosshair, after clicks) finishes.
      if (event.key === 'Enter' && (samePlace || crosshair.hidden)) update(finishMeasurement(measurement));
      else update(addPoint(measurement, centre));
    } else {
      // Arrow keys pan the map (MapLibre's own); the crosshair shows once the focus is visible.
      queueMicrotask(showCrosshair);
      return;
    }
    event.preventDefault();
    event.stopPropagation();
  });
  scope.add(
    store.select(
      (state) => state.language,
      () => render(false),
    ),
  );

  return {
    toggle(mode) {
      if (picking() && measurement?.mode === mode) clear();
      else start(mode);
    },
    dispose() {
      clear();
      scope.dispose();
      box.remove();
      live.remove();
      crosshair.remove();
    },
  };
}
