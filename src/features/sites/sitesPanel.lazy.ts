import './sites.css';
import type { Datum, ImportOutcome, UserFeature } from '../../import/types';
import type { Language } from '../../state/appState';
import { dropMissingUserIds, isUserFeatureId, mergeUserFeatures, removeUserFeature } from '../../state/userFeatures';
import { createScope, type DetailsView, type Dispose, type Panel, type PanelContext } from '../../shell/panel';
import { anchorOf } from '../../geo/trueSize';
import { createFeatureStorage, type FeatureStorage } from './siteStorage';
import { updateUserCompareToggle } from './siteCompareToggle';
import { listenForDrops } from './siteDrop';
import { userFeatureDetails } from './siteDetails';
import { featureList, importControls, type ImportControls, type ListActions } from './siteList';
import { SiteSaver } from './siteSaver';
import {
  crashedOutcome,
  importButton,
  importNotice,
  initialSitesState,
  nextPage,
  outsideTheMap,
  refusalNotice,
  saveOnChange,
  type Notice,
} from './sitesModel';
import { t } from './strings';

/**
 * "Your features" (issue 9): the visitor imports polygons from their own file, sees them on the map, in
 * this list, in the details and in the comparison, and finds them again after a reload (issue 13). The
 * panel is loaded after the first map frame; it restores the imports then, so they never delay the
 * first paint. The file is read in a Web Worker (src/import/client.lazy.ts), loaded on the first import.
 *
 * Messages go to the page's one status line (#status): success as a polite status naming the number of
 * polygons and what was repaired, failure as an alert. A failed import changes nothing. The details of
 * an imported feature are drawn by the details panel, from what this panel's details source returns.
 */

/** Where "Lay over Beijing" puts a site from outside the map: on the CBD, the zone planners know best. */
const LAY_OVER_AT = 'cbd-part';

export type Importer = (file: File, datum: Datum) => Promise<ImportOutcome>;

const loadImporter: () => Promise<Importer> = () =>
  import('../../import/client.lazy').then((module) => module.importFile);

/**
 * From this many features the map frames an import at once, without the camera's 0.9 s flight: every
 * frame of the flight draws them all again (on a software renderer a frame with 10,000 parcels costs
 * several times an empty one), and the flight held back the map's showing them: 10,000 shown after
 * 2.8 s instead of 3.0 s, 50,000 after 5.5 s instead of 5.8 s (docs/performance.md, 7 Dec 2026).
 */
const JUMP_FROM_FEATURES = 1000;

export function createUserFeaturesPanel(
  options: { storage?: () => FeatureStorage; importer?: () => Promise<Importer> } = {},
): Panel {
  return {
    id: 'user-features',
    slot: 'panel-zones',
    mount(slot, context) {
      const storage = options.storage?.() ?? createFeatureStorage();
      return new SitesPanel(slot, context, storage, options.importer ?? loadImporter).mount();
    },
  };
}

export const userFeaturesPanel: Panel = createUserFeaturesPanel();

/** One mount of the panel: its state (see sitesModel.ts), its controls, and what it does. */
class SitesPanel {
  private readonly state = initialSitesState();
  private readonly scope = createScope();
  private readonly saver: SiteSaver;
  private controls: ImportControls;
  private readonly actions: ListActions = {
    select: (id) => this.store.update({ selectedId: id }),
    remove: (id) => this.setFeatures(removeUserFeature(this.store.get().userFeatures, id)),
    removeAll: () => {
      this.state.confirmingRemoveAll = false;
      this.setFeatures([]);
    },
    showMore: () => this.showMore(),
  };

  constructor(
    private readonly slot: HTMLElement,
    private readonly context: PanelContext,
    storage: FeatureStorage,
    private readonly getImporter: () => Promise<Importer>,
  ) {
    this.saver = new SiteSaver(storage, this.language);
    this.controls = importControls(this.language(), this.state.datum);
  }

  private get store() {
    return this.context.store;
  }

  private readonly language = (): Language => this.store.get().language;

  mount(): Dispose {
    const { store } = this;
    this.scope.add(
      store.select(
        (state) => state.language,
        () => this.renderControls(),
      ),
      store.select(
        (state) => state.userFeatures,
        (features) => this.featuresChanged(features),
      ),
      // In the list; the details panel updates the switch in the details through the view's updateCompare.
      store.select(
        (state) => state.compare,
        () => this.updateCompare(this.controls.list),
      ),
      listenForDrops(document.getElementById('map')!, this.language, (file) => void this.importFile(file)),
      this.context.details.register({ describe: (id, language, close) => this.describe(id, language, close) }),
      () => this.controls.root.remove(),
    );
    this.renderControls();
    void this.restore();
    return this.scope.dispose;
  }

  /** A new list of features, without the selection or comparison entries it no longer holds. */
  private setFeatures(userFeatures: readonly UserFeature[]): void {
    this.store.update({ userFeatures, ...dropMissingUserIds(this.store.get(), userFeatures) });
  }

  private renderControls(): void {
    const next = importControls(this.language(), this.state.datum);
    if (this.controls.root.isConnected) this.controls.root.replaceWith(next.root);
    // After the zone list: appended below it, the section moves nothing a visitor is looking at.
    else this.slot.append(next.root);
    this.controls = next;
    this.listenTo(next);
    this.renderButton();
    this.renderList();
  }

  private listenTo(controls: ImportControls): void {
    const { store } = this;
    controls.datum.addEventListener('change', () => (this.state.datum = controls.datum.value as Datum));
    // Pointing at a row highlights the feature on the map, as the zone list does.
    const rowId = (event: Event) =>
      (event.target as Element).closest<HTMLElement>('[data-user-feature-id]')?.dataset.userFeatureId ?? null;
    controls.list.addEventListener('mouseover', (event) => store.update({ hoveredId: rowId(event) }));
    controls.list.addEventListener('mouseleave', () => store.update({ hoveredId: null }));
    controls.input.addEventListener('change', () => {
      const file = controls.input.files?.[0];
      // Cleared, so choosing the same file again (after fixing it) fires `change` again.
      controls.input.value = '';
      if (file) void this.importFile(file);
    });
  }

  private renderList(): void {
    const { userFeatures, language } = this.store.get();
    if (userFeatures.length === 0) this.state.confirmingRemoveAll = false;
    const confirming = { value: this.state.confirmingRemoveAll, set: (value: boolean) => this.confirm(value) };
    this.controls.list.replaceChildren(
      ...featureList(userFeatures, language, this.store, this.actions, confirming, this.state.shownRows),
    );
  }

  /** "Remove all" asks first; focus goes to Cancel, the safe choice, and back to "Remove all" after it. */
  private confirm(value: boolean): void {
    this.state.confirmingRemoveAll = value;
    this.renderList();
    this.controls.list.querySelector<HTMLElement>(value ? '[data-cancel]' : '.user-remove-all')?.focus();
  }

  private showMore(): void {
    const { shownRows, firstNew } = nextPage(this.state.shownRows);
    this.state.shownRows = shownRows;
    this.renderList();
    // The first of the rows just shown, so a keyboard user goes on from where the list ended.
    this.controls.list.querySelectorAll<HTMLElement>('.user-item .user-name')[firstNew]?.focus();
  }

  private renderButton(): void {
    const { button } = this.controls;
    const view = importButton(this.language(), this.state.busy);
    button.textContent = view.label;
    button.setAttribute('aria-busy', String(view.busy));
    button.disabled = view.busy;
  }

  private setBusy(busy: boolean): void {
    this.state.busy = busy;
    this.renderButton();
  }

  /** Reads one file; only a successful outcome touches the state. */
  private async importFile(file: File): Promise<void> {
    if (this.state.busy) return;
    const outcome = await this.read(file);
    const language = this.language();
    if (!outcome.ok) return this.say(refusalNotice(outcome, language), language);
    const { features, added } = mergeUserFeatures(this.store.get().userFeatures, outcome.features);
    this.state.importing = true;
    this.store.update({ userFeatures: features });
    this.state.importing = false;
    // The import's message says how keeping it went too: neither message hides the other.
    const storageNote = added.length > 0 ? await this.saver.pending : null;
    // A site the map cannot show is listed and offered to be laid over Beijing; the map frames the rest.
    const outside = outsideTheMap(added);
    this.say(importNotice(outcome, added.length, language, storageNote, outside), language);
    const shown = added.filter((feature) => !outside.includes(feature)).map((feature) => feature.id);
    if (shown.length > 0) void this.context.map.fitZones(shown, { jump: shown.length >= JUMP_FROM_FEATURES });
  }

  /** Lays `feature` over the CBD at its true size: the planner's park beside Beijing's business district. */
  private layOverBeijing(feature: UserFeature): void {
    const cbd = this.context.zones.features.find((zone) => zone.properties.id === LAY_OVER_AT);
    const at = cbd && cbd.geometry.type !== 'Point' ? anchorOf(cbd.geometry) : undefined;
    const subject = { geometry: feature.geometry, name: feature.name, officialAreaKm2: null, at };
    void this.context.planner.layOver(subject, null);
  }

  /** The importer's outcome; an importer that throws gives a refusal that says so. */
  private async read(file: File): Promise<ImportOutcome> {
    this.setBusy(true);
    this.context.status.show('loading', t(this.language(), 'user.importing', { file: file.name }));
    try {
      return await (
        await this.getImporter()
      )(file, this.state.datum);
    } catch (error) {
      return crashedOutcome(file.name, error);
    } finally {
      this.setBusy(false);
    }
  }

  private say(notice: Notice, language: Language): void {
    // As the details' "Lay over": not embedded (no planner tools) nor on the SVG map (cannot draw it).
    const root = document.documentElement.dataset;
    const layOver = root['embed'] === undefined && root['map'] !== 'svg' ? notice.layOver : undefined;
    this.context.status.show(notice.kind, notice.message, {
      detail: notice.detail,
      dismissLabel: t(language, 'user.dismiss'),
      ...(layOver
        ? { action: { label: t(language, 'user.layOverBeijing'), run: () => this.layOverBeijing(layOver) } }
        : {}),
    });
  }

  private readonly warnStorage = (message: string | null): void => {
    if (message) this.say({ kind: 'warning', message }, this.language());
  };

  private featuresChanged(features: readonly UserFeature[]): void {
    this.renderList();
    this.context.details.changed();
    // An import says how keeping it went in its own message; a remove says it only if it failed.
    const save = saveOnChange(this.state);
    if (save === 'quiet') void this.saver.save(features);
    else if (save === 'warn') void this.saver.save(features).then(this.warnStorage);
  }

  private updateCompare(root: ParentNode): void {
    root
      .querySelectorAll<HTMLButtonElement>('.compare-toggle[data-compare-id]')
      .forEach((button) => updateUserCompareToggle(button, this.store));
  }

  /** The details source: what the details panel shows for a selected imported feature. */
  private describe(id: string, language: Language, close: () => void): DetailsView | null {
    const feature = isUserFeatureId(id) ? this.store.get().userFeatures.find((f) => f.id === id) : undefined;
    if (!feature) return null;
    const elements = userFeatureDetails(feature, language, this.context, close);
    return { elements, updateCompare: () => elements.forEach((root) => this.updateCompare(root)) };
  }

  /** The restore: features saved earlier come back; a link's `user-…` ids wait for it (main.ts). */
  private async restore(): Promise<void> {
    const { saved, problem } = await this.saver.restore();
    this.warnStorage(problem);
    // Imports made while the restore ran are kept, after the restored ones.
    const { features } = mergeUserFeatures(saved, this.store.get().userFeatures);
    this.state.restored = true;
    this.setFeatures(features);
  }
}
