import { loadStatistics, type Loaded, type StatisticsData } from '../../data/loadStats';
import { DataError } from '../../data/dataError';
import type { PanelContext } from '../../shell/panel';
import { sayWhileSlow } from '../../shell/stillLoading';
import { t } from './strings';

/** The files that failed, by name (a DataError names its file), and their technical reasons. */
function failures(loaded: Loaded<StatisticsData>): { files: string[]; reasons: string[] } {
  const errors = Object.values(loaded).flatMap((result) => (result.ok ? [] : [result.error]));
  return {
    files: errors.map((error) => (error instanceof DataError ? error.file : error.message)),
    reasons: errors.map((error) => error.message),
  };
}

/**
 * Loads the charts' statistics and hands them to `show`, saying on the status line when they are slow
 * ("still loading") and when a file failed: which, in plain words, with "Try again" (which shows the
 * charts as loading, then loads them anew). The charts that need no statistics, and the map, carry on.
 * `alive` tells whether the drawer is still there.
 */
export function loadChartStatistics(
  context: Pick<PanelContext, 'store' | 'status'>,
  show: (loaded: Loaded<StatisticsData> | null) => void,
  alive: () => boolean,
): void {
  const { store, status } = context;
  const loading = loadStatistics();
  sayWhileSlow(status, () => t(store.get().language, 'charts.stillLoading'), loading);
  void loading.then((loaded) => {
    if (!alive()) return;
    show(loaded);
    const { files, reasons } = failures(loaded);
    if (files.length === 0) return;
    const language = store.get().language;
    const retry = () => {
      show(null);
      loadChartStatistics(context, show, alive);
    };
    status.show('warning', t(language, 'charts.dataFailed', { files: files.join(', ') }), {
      detail: reasons.join('; '),
      dismissLabel: t(language, 'status.dismiss'),
      action: { label: t(language, 'status.retry'), run: retry },
    });
  });
}
