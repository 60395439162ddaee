/** Why a data file was refused: the file, the feature (when one is to blame) and the field. */
export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly featureId: string | null,
    readonly field: string,
    readonly problem: string,
  ) {
    const where = [featureId && `feature "${featureId}"`, field && `field "${field}"`].filter(Boolean).join(', ');
    super(`${file}: ${where ? `${where}: ` : ''}${problem}`);
    this.name = 'DataError';
  }
}

export type Validation<T> = { ok: true; value: T } | { ok: false; error: DataError };
