import type { Landmarks } from '../../data/landmarks';
import { downloadBlob } from '../../export/image';
import type { Language } from '../../state/appState';
import { MAX_COMPARED } from '../../state/compareSet';
import { element } from '../../shell/dom';
import { comparisonFile, type ComparisonFormat } from './compareExport';
import type { Comparison } from './compareModel';
import { scrollingTable } from './compareScroll';
import { matrixTable, metricsTable, type RowActions } from './compareTable';
import { referenceChoices, type ReferenceRow } from './compareReferences';
import type { NationalFtz } from '../../data/nationalFtzSchema';
import { t } from './strings';

/** What the panel's buttons ask of the compare set and its reference rows. */
export interface CompareActions extends RowActions {
  clear(): void;
  addReference(ref: string): void;
}

/** The reference rows shown, the ids already in use, and the national table to choose more from. */
export interface ReferenceState {
  rows: readonly ReferenceRow[];
  refs: readonly string[];
  national: NationalFtz | null;
}

const DOWNLOAD_FORMATS: readonly ComparisonFormat[] = ['csv', 'geojson'];

/**
 * The comparison panel's DOM. Its head never scrolls, so the downloads, "Hide table" and "Clear" are
 * always in reach; below it one body scrolls up and down, and each table scrolls sideways with its
 * first column pinned. Each `show…` rebuilds the panel from the model; only "Hide table" lasts.
 */
export class CompareView {
  /** "Hide table": the panel shrinks to its head, so the map (or, on a phone, the zone list) shows. */
  private collapsed = false;
  /** The table boxes' observers, undone at each render. */
  private tableDisposers: (() => void)[] = [];

  constructor(
    private readonly panel: HTMLElement,
    private readonly actions: CompareActions,
  ) {}

  /** Nothing to compare (or the panel is going): hidden and empty. */
  hide(): void {
    this.disposeTables();
    this.panel.hidden = true;
    this.panel.replaceChildren();
  }

  /** Before the landmarks have loaded (or when they failed to): the head and a line saying so. */
  showStatus(language: Language, count: number, loadError: string | null): void {
    this.disposeTables();
    this.panel.hidden = false;
    const message = loadError
      ? t(language, 'compare.loadError', { detail: loadError })
      : t(language, 'compare.loading');
    this.panel.replaceChildren(
      this.head(language, count, [], null),
      element('p', { class: 'compare-status' }, message),
    );
  }

  /** The tables of `comparison`, with its downloads; `count` is how many ids the compare set holds. */
  showComparison(
    comparison: Comparison,
    landmarks: Landmarks | null,
    language: Language,
    count: number,
    references: ReferenceState = { rows: [], refs: [], national: null },
  ): void {
    this.disposeTables();
    this.panel.hidden = false;
    const day = new Date().toISOString().slice(0, 10);
    const downloads = DOWNLOAD_FORMATS.map((format) => {
      const button = element('button', { type: 'button', 'data-download': format }, t(language, `compare.${format}`));
      button.addEventListener('click', () => {
        const file = comparisonFile(format, comparison, landmarks, language, day, references.rows);
        downloadBlob(new Blob([file.text], { type: file.type }), file.name);
      });
      return button;
    });
    const body = this.body(comparison, landmarks, language, references.rows);
    const picker = references.national ? this.referencePicker(references, language) : null;
    this.panel.replaceChildren(this.head(language, count, downloads, body, picker), body);
  }

  private disposeTables(): void {
    this.tableDisposers.splice(0).forEach((dispose) => dispose());
  }

  /** The head: the title with "Hide table" beside it (when there is a body), then the downloads and "Clear". */
  private head(
    language: Language,
    count: number,
    downloads: HTMLElement[],
    body: HTMLElement | null,
    picker: HTMLElement | null = null,
  ): HTMLElement {
    const toggle = this.collapseToggle(language, body);
    return element(
      'header',
      { class: 'compare-header' },
      element('div', { class: 'compare-title' }, this.heading(language, count), ...(body ? [toggle] : [])),
      this.tools(language, downloads, picker),
    );
  }

  /** "Add a reference FTZ…": a list of the other FTZs and their areas; choosing one adds its row. */
  private referencePicker({ refs, national }: ReferenceState, language: Language): HTMLElement {
    const groups = referenceChoices(national!, language).map((group) =>
      element(
        'optgroup',
        { label: group.label },
        ...group.options.map((option) =>
          element(
            'option',
            { value: option.value, ...(refs.includes(option.value) ? { disabled: '' } : {}) },
            option.label,
          ),
        ),
      ),
    );
    const select = element(
      'select',
      { class: 'compare-ref-picker', 'aria-label': t(language, 'compare.ref.addLabel') },
      element('option', { value: '' }, t(language, 'compare.ref.add')),
      ...groups,
    );
    select.addEventListener('change', () => {
      if (select.value) this.actions.addReference(select.value);
      select.value = '';
    });
    return select;
  }

  /** The title; the count stays in sight when the table is hidden, so an addition still shows. */
  private heading(language: Language, count: number): HTMLElement {
    return element(
      'h2',
      { id: 'compare-heading' },
      t(language, 'compare.heading'),
      ' ',
      element('span', { class: 'compare-count' }, t(language, 'compare.count', { count, max: MAX_COMPARED })),
    );
  }

  /** "Hide table" / "Show table"; the panel's `data-collapsed` follows the flag even while there is no body. */
  private collapseToggle(language: Language, body: HTMLElement | null): HTMLButtonElement {
    const toggle = element('button', { type: 'button', class: 'compare-collapse', 'aria-controls': 'compare-body' });
    const render = () => {
      toggle.setAttribute('aria-expanded', String(!this.collapsed));
      toggle.textContent = t(language, this.collapsed ? 'compare.show' : 'compare.hide');
      this.panel.toggleAttribute('data-collapsed', this.collapsed);
      if (body) body.hidden = this.collapsed;
    };
    toggle.addEventListener('click', () => {
      this.collapsed = !this.collapsed;
      render();
    });
    render();
    return toggle;
  }

  /** The downloads (once measured) and "Clear". */
  private tools(language: Language, downloads: HTMLElement[], picker: HTMLElement | null): HTMLElement {
    const clear = element('button', { type: 'button', class: 'compare-clear' }, t(language, 'compare.clear'));
    clear.addEventListener('click', () => this.actions.clear());
    const group = downloads.length
      ? [
          element(
            'span',
            { class: 'compare-downloads', role: 'group', 'aria-labelledby': 'compare-download-label' },
            element('span', { id: 'compare-download-label' }, t(language, 'compare.download')),
            ...downloads,
          ),
        ]
      : [];
    return element('div', { class: 'compare-tools' }, ...(picker ? [picker] : []), ...group, clear);
  }

  /** The scrolling body: the figures, the ratio footnote when needed, the distances, and the notes. */
  private body(
    comparison: Comparison,
    landmarks: Landmarks | null,
    language: Language,
    references: readonly ReferenceRow[],
  ): HTMLElement {
    const table = metricsTable(comparison, landmarks, language, this.actions, references);
    const figures = scrollingTable(table, 'compare-metrics');
    const distances = scrollingTable(matrixTable(comparison, language), 'compare-matrix-wrap');
    this.tableDisposers = [figures.dispose, distances.dispose];
    return element(
      'div',
      { id: 'compare-body', class: 'compare-body' },
      figures.root,
      // The footnote of the ratios marked *, right under them.
      ...(comparison.ratioFromOutline
        ? [element('p', { class: 'compare-note', 'data-ratio-note': '' }, t(language, 'compare.ratioNote'))]
        : []),
      distances.root,
      element('p', { class: 'compare-note' }, t(language, 'compare.note')),
      element('p', { class: 'compare-hint' }, t(language, 'compare.hint')),
    );
  }
}
