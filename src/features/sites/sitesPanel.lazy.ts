import './sites.css';
import type { Datum, ImportOutcome, UserFeature } from '../../import/types';
import { createFeatureStorage, type FeatureStorage, type StorageProblem } from './siteStorage';
import { dropMissingUserIds, isUserFeatureId, mergeUserFeatures, removeUserFeature } from '../../state/userFeatures';
import { updateUserCompareToggle } from './siteCompareToggle';
import { createScope, type Panel, type PanelContext } from '../../shell/panel';
import { listenForDrops } from './siteDrop';
import { userFeatureDetails } from './siteDetails';
import { featureList, importControls, LIST_PAGE } from './siteList';
import { t } from './strings';
import { type StringKey } from '../../i18n/translate';

/**
 * "Your features" (issue 9): the visitor imports polygons from their own file, sees them on the map, in
 * this list, in the details and in the comparison, and finds them again after a reload (issue 13). The
 * panel is loaded after the first map frame; it restores the imports then, so they never delay the
 * first paint. The file is read in a Web Worker (src/import/client.lazy.ts), loaded on the first import.
 *
 * Messages go to the page's one status line (#status): success as a polite status naming the number of
 * polygons and what was repaired, failure as an alert. A failed import changes nothing.
 */

export type Importer = (file: File, datum: Datum) => Promise<ImportOutcome>;

const loadImporter: () => Promise<Importer> = () =>
  import('../../import/client.lazy').then((module) => module.importFile);

const STORAGE_MESSAGES: Record<StorageProblem, StringKey> = {
  unavailable: 'user.storageUnavailable',
  quota: 'user.storageQuota',
  failed: 'user.storageFailed',
};

export function createUserFeaturesPanel(
  options: { storage?: () => FeatureStorage; importer?: () => Promise<Importer> } = {},
): Panel {
  return {
    id: 'user-features',
    slot: 'panel-zones',
    mount(slot, context) {
      return mountUserFeatures(
        slot,
        context,
        options.storage?.() ?? createFeatureStorage(),
        options.importer ?? loadImporter,
      );
    },
  };
}

export const userFeaturesPanel: Panel = createUserFeaturesPanel();

function mountUserFeatures(
  slot: HTMLElement,
  context: PanelContext,
  storage: FeatureStorage,
  getImporter: () => Promise<Importer>,
) {
  const scope = createScope();
  const { store, map, status } = context;
  const details = document.getElementById('details')!;
  let datum: Datum = 'wgs84';
  let busy = false;
  let restored = false;
  let importing = false;
  let confirmingRemoveAll = false;
  /** How many rows of the list are drawn (a page at a time: see LIST_PAGE). */
  let shownRows = LIST_PAGE;
  const lang = () => store.get().language;

  /** The storage's complaint in words, or null; after a failed restore because of no storage, no more tries. */
  let storageOff = false;
  let pendingSave: Promise<string | null> = Promise.resolve(null);
  const storageMessage = (problem: StorageProblem, detail: string) => t(lang(), STORAGE_MESSAGES[problem], { detail });
  const warnStorage = (message: string | null) => {
    if (message) status.show('warning', message, { dismissLabel: t(lang(), 'user.dismiss') });
  };
  const save = (features: readonly UserFeature[]) => {
    pendingSave = storageOff
      ? Promise.resolve(storageMessage('unavailable', ''))
      : storage.save(features).then((result) => (result.ok ? null : storageMessage(result.problem, result.detail)));
    return pendingSave;
  };

  let controls = importControls(lang(), datum);
  const actions = {
    select: (id: string) => store.update({ selectedId: id }),
    remove: (id: string) => {
      const userFeatures = removeUserFeature(store.get().userFeatures, id);
      store.update({ userFeatures, ...dropMissingUserIds(store.get(), userFeatures) });
    },
    removeAll: () => {
      confirmingRemoveAll = false;
      store.update({ userFeatures: [], ...dropMissingUserIds(store.get(), []) });
    },
    showMore: () => {
      const first = shownRows;
      shownRows += LIST_PAGE;
      renderList();
      // The first of the rows just shown, so a keyboard user goes on from where the list ended.
      controls.list.querySelectorAll<HTMLElement>('.user-item .user-name')[first]?.focus();
    },
  };
  const confirming = {
    get value() {
      return confirmingRemoveAll;
    },
    set(value: boolean) {
      confirmingRemoveAll = value;
      renderList();
      controls.list.querySelector<HTMLElement>(value ? '[data-cancel]' : '.user-remove-all')?.focus();
    },
  };

  const renderList = () => {
    const { userFeatures, language } = store.get();
    if (userFeatures.length === 0) confirmingRemoveAll = false;
    controls.list.replaceChildren(...featureList(userFeatures, language, store, actions, confirming, shownRows));
  };

  const renderButton = () => {
    controls.button.textContent = busy ? t(lang(), 'user.busy') : t(lang(), 'user.add');
    controls.button.setAttribute('aria-busy', String(busy));
    controls.button.disabled = busy;
  };

  const renderControls = () => {
    const next = importControls(lang(), datum);
    if (controls.root.isConnected) controls.root.replaceWith(next.root);
    // After the zone list: appended below it, the section moves nothing a visitor is looking at.
    else slot.append(next.root);
    controls = next;
    controls.datum.addEventListener('change', () => (datum = controls.datum.value as Datum));
    // Pointing at a row highlights the feature on the map, as the zone list does.
    const rowId = (event: Event) =>
      (event.target as Element).closest<HTMLElement>('[data-user-feature-id]')?.dataset.userFeatureId ?? null;
    controls.list.addEventListener('mouseover', (event) => store.update({ hoveredId: rowId(event) }));
    controls.list.addEventListener('mouseleave', () => store.update({ hoveredId: null }));
    controls.input.addEventListener('change', () => {
      const file = controls.input.files?.[0];
      // Cleared, so choosing the same file again (after fixing it) fires `change` again.
      controls.input.value = '';
      if (file) void importOne(file);
    });
    renderButton();
    renderList();
  };

  /** Reads one file; only a successful outcome touches the state. */
  const importOne = async (file: File) => {
    if (busy) return;
    busy = true;
    renderButton();
    status.show('loading', t(lang(), 'user.importing', { file: file.name }));
    let outcome: ImportOutcome;
    try {
      outcome = await (await getImporter())(file, datum);
    } catch (error) {
      outcome = {
        ok: false,
        fileName: file.name,
        code: 'crashed',
        message: {
          en: t('en', 'user.crashed', { detail: String(error) }),
          zh: t('zh', 'user.crashed', { detail: String(error) }),
        },
      };
    } finally {
      busy = false;
      renderButton();
    }
    const language = lang();
    if (!outcome.ok) {
      status.show('error', t(language, 'user.failed', { file: outcome.fileName, message: outcome.message[language] }), {
        dismissLabel: t(language, 'user.dismiss'),
      });
      return;
    }
    const { features, added } = mergeUserFeatures(store.get().userFeatures, outcome.features);
    const repairs = outcome.repairs.map((repair) => repair[language]).join(language === 'zh' ? '；' : '; ');
    const key = added.length === 0 ? 'user.importedNone' : 'user.imported';
    const count = added.length === 0 ? outcome.features.length : added.length;
    importing = true;
    store.update({ userFeatures: features });
    importing = false;
    // One message for the import and, if keeping it failed, for that too: neither hides the other.
    const storageNote = added.length > 0 ? await pendingSave : null;
    const detail = [repairs ? t(language, 'user.repaired', { list: repairs }) : '', storageNote ?? ''];
    status.show(storageNote ? 'warning' : 'info', t(language, key, { count, file: outcome.fileName }), {
      detail: detail.filter(Boolean).join(' ') || undefined,
      dismissLabel: t(language, 'user.dismiss'),
    });
    if (added.length > 0) void map.fitZones(added.map((feature) => feature.id));
  };

  /** The details of an imported feature, drawn where the zone details go (details.ts leaves it empty). */
  const renderDetails = () => {
    const { selectedId, userFeatures, language } = store.get();
    if (selectedId === null || !isUserFeatureId(selectedId)) return;
    const feature = userFeatures.find((f) => f.id === selectedId);
    if (!feature) return;
    const focusCovered = document.activeElement?.closest('[data-covered-by-details]') !== null;
    details.replaceChildren(
      ...userFeatureDetails(feature, language, context, () => store.update({ selectedId: null })),
    );
    details.hidden = false;
    if (focusCovered || details.contains(document.activeElement))
      details.querySelector<HTMLElement>('#details-title')?.focus();
  };

  scope.add(
    store.select((state) => state.language, renderControls),
    store.select(
      (state) => state.userFeatures,
      (features) => {
        renderList();
        renderDetails();
        // An import says how keeping it went in its own message; a remove says it only if it failed.
        if (restored && importing) void save(features);
        else if (restored) void save(features).then(warnStorage);
      },
    ),
    store.select((state) => [state.selectedId, state.language], renderDetails),
    store.select(
      (state) => state.compare,
      // In the list and in the details (after details.ts, which updates only the zones' switches).
      () =>
        [controls.list, details].forEach((root) =>
          root
            .querySelectorAll<HTMLButtonElement>('.compare-toggle[data-compare-id]')
            .forEach((b) => updateUserCompareToggle(b, store)),
        ),
    ),
    listenForDrops(document.getElementById('map')!, lang, (file) => void importOne(file)),
    () => controls.root.remove(),
  );
  renderControls();

  // The restore: features saved earlier come back; a link's `user-…` ids wait for it (main.ts).
  void storage.load().then((result) => {
    if (!result.ok) {
      storageOff = result.problem === 'unavailable';
      warnStorage(storageMessage(result.problem, result.detail));
    }
    // Imports made while the restore ran are kept, after the restored ones.
    const { features } = mergeUserFeatures(result.ok ? result.value : [], store.get().userFeatures);
    restored = true;
    store.update({ userFeatures: features, ...dropMissingUserIds(store.get(), features) });
  });
  return scope.dispose;
}
