import type { UserFeature } from '../../import/types';
import type { Language } from '../../state/appState';
import { storageMessage } from './sitesModel';
import type { FeatureStorage } from './siteStorage';

/**
 * Keeps the imports in storage and says, in the visitor's language, what went wrong. After a restore
 * refused because there is no storage (a private window), it stops trying and says so on every save.
 */
export class SiteSaver {
  /** No storage at all: saves are not tried. */
  private off = false;
  /** The last save's complaint (null when it went well): an import waits for it to say it. */
  pending: Promise<string | null> = Promise.resolve(null);

  constructor(
    private readonly storage: FeatureStorage,
    private readonly language: () => Language,
  ) {}

  save(features: readonly UserFeature[]): Promise<string | null> {
    this.pending = this.off
      ? Promise.resolve(storageMessage(this.language(), 'unavailable', ''))
      : this.storage
          .save(features)
          .then((result) => (result.ok ? null : storageMessage(this.language(), result.problem, result.detail)));
    return this.pending;
  }

  /** The features saved earlier (none if the storage failed), and the complaint if it did. */
  async restore(): Promise<{ saved: readonly UserFeature[]; problem: string | null }> {
    const result = await this.storage.load();
    if (result.ok) return { saved: result.value, problem: null };
    this.off = result.problem === 'unavailable';
    return { saved: [], problem: storageMessage(this.language(), result.problem, result.detail) };
  }
}
