import './planner.css';
import type { MeasureMode } from '../../geo/measure';
import { element } from '../../shell/dom';
import { createScope, type Panel, type PanelContext } from '../../shell/panel';
import type { LayOverSubject } from '../../shell/panel';
import { t } from './strings';

type MeasureTool = import('./measureTool.lazy').MeasureTool;

/** The true-size overlay, its code (Turf) loaded on the first "Lay over". Points cannot be laid over. */
async function layOver(
  { geometry, name, officialAreaKm2, at }: LayOverSubject,
  opener: HTMLElement | null,
  { store, map }: PanelContext,
): Promise<boolean> {
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return false;
  const { startOverlay } = await import('./trueSizeOverlay.lazy');
  return startOverlay(geometry, name, { officialAreaKm2, opener, store, map, at });
}

/**
 * The planner toolbar over the map (`#map-tools`): Measure distance and Measure area. Loaded after the
 * first frame; the measuring code itself loads on the first press. Without WebGL the buttons stay,
 * disabled, with the reason beside them. Also hands the
 * true-size overlay to the context's planner tools, which the details' "Lay over" button asks for.
 */
export const plannerPanel: Panel = {
  id: 'planner',
  slot: 'map-tools',
  mount(slot, context) {
    const { store, map } = context;
    const scope = createScope();
    context.planner.attach({ layOver: (subject, opener) => layOver(subject, opener, context) });
    const buttons = (['distance', 'area'] as const).map((mode) =>
      element('button', {
        type: 'button',
        class: 'planner-button',
        'data-measure': mode,
        'aria-pressed': 'false',
      }),
    );
    const reason = element('p', { class: 'planner-reason' });
    reason.hidden = true;
    const toolbar = element('div', { class: 'planner-toolbar', role: 'toolbar' }, ...buttons);
    const panel = element('div', { class: 'planner-panel' }, toolbar, reason);
    let tool: MeasureTool | null = null;
    let loading: Promise<MeasureTool | null> | null = null;

    const load = () =>
      (loading ??= Promise.all([map.planner?.() ?? Promise.resolve(null), import('./measureTool.lazy')]).then(
        ([planner, module]) => {
          if (!planner) return null;
          tool = module.createMeasureTool({ slot, planner, store, onChange: renderPressed });
          scope.add(() => tool?.dispose());
          return tool;
        },
      ));
    const renderPressed = (mode: MeasureMode | null) =>
      buttons.forEach((button) => button.setAttribute('aria-pressed', String(button.dataset['measure'] === mode)));
    const renderLabels = () => {
      const { language } = store.get();
      toolbar.setAttribute('aria-label', t(language, 'tools.label'));
      buttons[0]!.textContent = t(language, 'measure.distance');
      buttons[1]!.textContent = t(language, 'measure.area');
      reason.textContent = t(language, 'measure.needsWebgl');
    };

    for (const button of buttons) {
      scope.listen(button, 'click', () => {
        const mode = button.dataset['measure'] as MeasureMode;
        void load().then((measure) => measure?.toggle(mode));
      });
    }
    // The SVG map (no WebGL) cannot draw the tools: say why they are off instead of hiding them.
    // startMap.ts marks that mode before it mounts the late panels.
    if (document.documentElement.dataset['map'] === 'svg') {
      buttons.forEach((button) => (button.disabled = true));
      reason.id = 'planner-reason';
      toolbar.setAttribute('aria-describedby', reason.id);
      reason.hidden = false;
    }
    scope.add(
      store.select((state) => state.language, renderLabels),
      () => {
        context.planner.attach(null);
        panel.remove();
      },
    );
    renderLabels();
    slot.append(panel);
    return scope.dispose;
  },
};
