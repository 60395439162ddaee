import './compare.css';
import './compareTable.css';
import { isUserFeatureId } from '../../state/userFeatures';
import { buildComparison, tiananmenPoint } from './compareModel';
import { ComparisonSources } from './compareSources';
import { CompareView } from './compareView';
import { createScope, type Panel } from '../../shell/panel';

/**
 * The comparison panel: shown while the compare set (the `compare` link field) is non-empty, over the
 * bottom of the map (on a phone, over the bottom of the screen). The model (compareModel.ts) says what
 * to show, the view (compareView.ts) draws it. Its code, styles and landmarks load after the first
 * frame; the landmarks are fetched only the first time the panel has something to show.
 */
export const comparePanel: Panel = {
  id: 'compare',
  slot: 'compare',
  mount(panel, context) {
    const { store, zones, metrics } = context;
    const scope = createScope();
    const sources = new ComparisonSources(tiananmenPoint(zones));
    const view = new CompareView(panel, {
      remove: (id) => store.update({ compare: store.get().compare.filter((other) => other !== id) }),
      clear: () => store.update({ compare: [] }),
    });
    let disposed = false;

    const render = () => {
      const { compare, language, userFeatures } = store.get();
      if (compare.length === 0) return view.hide();
      if (!sources.measure) return view.showStatus(language, compare.length, sources.loadError);
      const districtsOf = sources.districtsOf ?? undefined;
      const comparison = buildComparison(compare, zones, metrics, sources.measure, userFeatures, districtsOf);
      view.showComparison(comparison, sources.landmarks, language, compare.length);
    };

    // Renders now, and again once what the comparison needs has loaded.
    const update = () => {
      render();
      const { compare } = store.get();
      if (compare.length > 0 && !sources.measure) {
        void sources.ensureLandmarks().then(() => {
          if (!disposed) render();
        });
      }
      if (!sources.districtsOf && compare.some(isUserFeatureId)) {
        void sources.ensureDistricts().then(() => {
          if (!disposed && sources.districtsOf) render();
        });
      }
    };
    scope.add(
      store.select((state) => [state.compare, state.language, state.userFeatures], update),
      () => {
        disposed = true;
        view.hide();
      },
    );
    update();
    return scope.dispose;
  },
};
