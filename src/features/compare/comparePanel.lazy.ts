import './compare.css';
import './compareTable.css';
import { isUserFeatureId } from '../../state/userFeatures';
import { MAX_REFERENCES } from '../../state/compareSet';
import { layOverButton } from '../planner/index';
import { buildComparison, tiananmenPoint } from './compareModel';
import { referenceRows } from './compareReferences';
import { ComparisonSources } from './compareSources';
import { CompareView, type CompareActions } from './compareView';
import { createScope, type Panel, type PanelContext } from '../../shell/panel';

/** What the panel's buttons ask of the store (and, for "Lay over", of the planner tools). */
function actionsOf(context: PanelContext): CompareActions {
  const { store } = context;
  return {
    remove: (id) => store.update({ compare: store.get().compare.filter((other) => other !== id) }),
    clear: () => store.update({ compare: [], references: [] }),
    addReference: (ref) => {
      const { references } = store.get();
      if (!references.includes(ref)) store.update({ references: [...references, ref].slice(-MAX_REFERENCES) });
    },
    removeReference: (ref) => store.update({ references: store.get().references.filter((other) => other !== ref) }),
    layOver: (item, label) => {
      const name = { en: item.name_en, zh: item.name_zh };
      const button = layOverButton({ geometry: item.geometry, name, officialAreaKm2: item.official_area_km2 }, context);
      button?.classList.add('compare-lay-over');
      button?.setAttribute('aria-label', label);
      return button;
    },
  };
}

/**
 * The comparison panel: shown while the compare set (the `compare` link field) or the reference rows
 * (`ref`) are non-empty, over the bottom of the map (on a phone, over the bottom of the screen). The
 * model (compareModel.ts, compareReferences.ts) says what to show, the view (compareView.ts) draws it.
 * Its code, styles and landmarks load after the first frame; the landmarks and the national FTZ table
 * are fetched only the first time the panel has something to show.
 */
export const comparePanel: Panel = {
  id: 'compare',
  slot: 'compare',
  mount(panel, context) {
    const { store, zones, metrics } = context;
    const scope = createScope();
    const sources = new ComparisonSources(tiananmenPoint(zones));
    const view = new CompareView(panel, actionsOf(context));
    let disposed = false;

    const render = () => {
      const { compare, references, language, userFeatures } = store.get();
      if (compare.length === 0 && references.length === 0) return view.hide();
      if (!sources.measure) return view.showStatus(language, compare.length, sources.loadError);
      const districtsOf = sources.districtsOf ?? undefined;
      const comparison = buildComparison(compare, zones, metrics, sources.measure, userFeatures, districtsOf);
      const rows = referenceRows(references, sources.national, comparison);
      view.showComparison(comparison, sources.landmarks, language, compare.length, {
        rows,
        refs: references,
        national: sources.national,
      });
    };

    // Renders now, and again once what the comparison needs has loaded.
    const update = () => {
      render();
      const { compare, references } = store.get();
      const shown = compare.length > 0 || references.length > 0;
      if (shown && !sources.measure) {
        void sources.ensureLandmarks().then(() => {
          if (!disposed) render();
        });
      }
      if (shown && !sources.national) {
        void sources.ensureNational().then(() => {
          if (!disposed && sources.national) render();
        });
      }
      if (!sources.districtsOf && compare.some(isUserFeatureId)) {
        void sources.ensureDistricts().then(() => {
          if (!disposed && sources.districtsOf) render();
        });
      }
    };
    scope.add(
      store.select((state) => [state.compare, state.references, state.language, state.userFeatures], update),
      () => {
        disposed = true;
        view.hide();
      },
    );
    update();
    return scope.dispose;
  },
};
