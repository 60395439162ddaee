import type { Landmarks } from '../../data/landmarks';
import { loadDistricts } from '../../data/loadDistricts';
import { loadLandmarks } from '../../data/loadLandmarks';
import { createComparisonCache, type ComparedFeature, type ComparisonMetrics } from '../../geo/compare';
import { createDistrictCache } from '../../geo/districts';
import { userGeometry } from '../../geo/userMetrics';
import type { DistrictFinder } from './comparedItem';
import { loadNationalFtz } from '../../data/loadStats';
import type { NationalFtz } from '../../data/nationalFtzSchema';

/**
 * What the comparison measures with, loaded once and only when needed: the landmarks (airports,
 * stations), fetched the first time there is something to compare, and the district boundaries,
 * fetched the first time an import is compared.
 */
export class ComparisonSources {
  landmarks: Landmarks | null = null;
  /** Why the landmarks did not load, shown in place of the tables. */
  loadError: string | null = null;
  /** Measures a compared feature; null until the landmarks have loaded. */
  measure: ((feature: ComparedFeature) => ComparisonMetrics) | null = null;
  /** Districts of imports; null until the first import is compared and the boundaries have loaded. */
  districtsOf: DistrictFinder | null = null;
  /** China's FTZs, for the reference rows; null until loaded (or if the file failed its check). */
  national: NationalFtz | null = null;
  private nationalLoading: Promise<void> | null = null;
  private landmarksLoading: Promise<void> | null = null;
  private districtsLoading: Promise<void> | null = null;

  constructor(private readonly tiananmen: [number, number]) {}

  /** The landmarks, fetched once; a failure is kept in `loadError`. */
  ensureLandmarks(): Promise<void> {
    this.landmarksLoading ??= loadLandmarks().then(
      (loaded) => {
        this.landmarks = loaded;
        this.measure = createComparisonCache(loaded, this.tiananmen);
      },
      (error: unknown) => {
        this.loadError = error instanceof Error ? error.message : String(error);
      },
    );
    return this.landmarksLoading;
  }

  /** The national FTZ table, fetched once, the first time the panel shows. */
  ensureNational(): Promise<void> {
    this.nationalLoading ??= loadNationalFtz().then((result) => {
      if (result.ok) this.national = result.value;
    });
    return this.nationalLoading;
  }

  /**
   * The district boundaries (the bundled basemap, usually in the browser's cache already). If they
   * fail, the import's districts stay "finding…" rather than claim it lies nowhere.
   */
  ensureDistricts(): Promise<void> {
    this.districtsLoading ??= loadDistricts(document.baseURI).then(
      (districts) => {
        const find = createDistrictCache(districts);
        this.districtsOf = (feature) => find(feature.id, userGeometry(feature));
      },
      () => {},
    );
    return this.districtsLoading;
  }
}
