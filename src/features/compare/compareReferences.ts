import type { Ftz, FtzArea, FtzFigure, FtzSource, NationalFtz } from '../../data/nationalFtzSchema';
import { areaRatio } from '../../geo/compare';
import { formatNumber } from '../../i18n/index';
import type { Language } from '../../state/appState';
import { ratioArea, type Comparison } from './compareModel';
import { t } from './strings';

/**
 * The comparison's reference rows: another pilot FTZ, or one of its areas (片区), from the national
 * table (data/national-ftz.json), set beside Beijing's zones by its published area. No outline: a
 * reference is a figure, not a place on this map, so it has no measures and no distances.
 */
export interface ReferenceRow {
  /** Its id in the link: `shanghai`, or `shanghai.lingang` for an area. */
  ref: string;
  ftz: Ftz;
  area: FtzArea | null;
  name_en: string;
  name_zh: string;
  /** The published area (the FTZ's current total, or the area's), its status and sources. */
  figure: FtzFigure;
  sources: FtzSource[];
  /** Its area as a multiple of the first compared row's, or null where either has none. */
  ratio: number | null;
}

/** The reference `ref` names, or null when the table has no such FTZ or area (an old or tampered link). */
function find(national: NationalFtz, ref: string): { ftz: Ftz; area: FtzArea | null } | null {
  const [ftzId, areaId] = ref.split('.');
  const ftz = national.ftzs.find((f) => f.id === ftzId);
  if (!ftz) return null;
  if (areaId === undefined) return { ftz, area: null };
  const area = ftz.areas.find((a) => a.id === areaId);
  return area ? { ftz, area } : null;
}

/** The reference rows of `refs`, in order, skipping unknown ids; ratios against the first compared row. */
export function referenceRows(
  refs: readonly string[],
  national: NationalFtz | null,
  comparison: Comparison,
): ReferenceRow[] {
  if (!national) return [];
  const first = comparison.rows[0];
  const basis = first ? ratioArea(first.item) : null;
  const byId = new Map(national.sources.map((s) => [s.id, s]));
  return refs.flatMap((ref) => {
    const found = find(national, ref);
    if (!found) return [];
    const { ftz, area } = found;
    const figure = area ? area.area : ftz.current;
    return [
      {
        ref,
        ftz,
        area,
        name_en: area ? `${area.name_en} (${ftz.name_en})` : ftz.name_en,
        name_zh: area ? `${ftz.name_zh}${area.name_zh}` : ftz.name_zh,
        figure,
        sources: figure.sources.flatMap((id) => byId.get(id) ?? []),
        ratio: areaRatio(figure.km2, basis?.km2 ?? null),
      },
    ];
  });
}

/** "[S16] Xinhua/ECNS, 2013-08-23, https://…": who says it, when, and where (as recorded). */
export const referenceSourceText = (source: FtzSource): string =>
  [`[${source.id}] ${source.publisher}`, source.date, source.url].filter(Boolean).join(', ');

/** What the row is: a reference without outline, its batch, how many areas, and its figure's status. */
export function referenceScope(row: ReferenceRow, language: Language): string {
  const count = row.ftz.area_count;
  return t(language, 'compare.ref.scope', {
    batch: row.ftz.batch,
    areas: count === null ? t(language, 'compare.ref.wholeIsland') : t(language, 'compare.ref.areas', { count }),
    status: t(language, `compare.ref.status.${row.figure.status}`),
  });
}

/** The choices of the "Add a reference" list: each FTZ, then each of its areas, with the published area. */
export function referenceChoices(national: NationalFtz, language: Language) {
  const km2 = (figure: FtzFigure) =>
    figure.km2 === null ? t(language, 'compare.notPublished') : `${formatNumber(language, figure.km2, 3)} km²`;
  return national.ftzs.map((ftz) => ({
    label: language === 'zh' ? ftz.name_zh : ftz.name_en,
    options: [
      { value: ftz.id, label: t(language, 'compare.ref.whole', { area: km2(ftz.current) }) },
      ...ftz.areas.map((a) => ({
        value: `${ftz.id}.${a.id}`,
        label: `${language === 'zh' ? a.name_zh : a.name_en}: ${km2(a.area)}`,
      })),
    ],
  }));
}
