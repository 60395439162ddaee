import tourUrl from '../../data/tour.json?url';
import { fetchJson } from './load';
import { tourSchema, type Tour } from './tourSchema';
import { DataError } from './dataError';

/** Fetches and checks the tour's scenes (only when a tour starts). */
export async function loadTour(url = tourUrl): Promise<Tour> {
  const result = tourSchema.safeParse(await fetchJson(url, 'tour.json'));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new DataError('tour.json', null, issue?.path.join('.') ?? '', issue?.message ?? 'is not a tour');
  }
  return result.data;
}
