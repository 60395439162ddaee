// The export and import rows from several runs each. The longest task of one run is mostly the
// machine's scheduling (on this 2-core VM one run gave 74 ms and the next 282 ms for the same build),
// so a row shows the median run and, in brackets, the worst one; targets are judged on the medians.
import { median, ms, NOT_BUILT, verdict } from './report.mjs';

const task = (value) => (value ? ms(value) : '< 50 ms');
/** "190 ms (max 317 ms)", or just the median when there was one run. */
const withWorst = (values, format) =>
  values.length > 1 ? `${format(median(values))} (max ${format(Math.max(...values))})` : format(values[0]);

/** Splits runs into the measured ones and the first failure, if any. */
function partition(results) {
  const failed = results.find((result) => result.error);
  return { done: results.filter((result) => !result.error && !result.missing), failed };
}

/** Rows for the PNG exports: [measure, atlas, baseline, target, met]. */
export function summariseExports(results) {
  const target = '3840×2160 ≤ 2 s, no task > 200 ms';
  if (results.length === 0 || results[0].missing)
    return [['Export PNG 3840×2160: time / longest task', NOT_BUILT, '', target, '']];
  const { done, failed } = partition(results);
  if (done.length === 0)
    return [['Export PNG 3840×2160: time / longest task', `failed: ${failed.error}`, '', target, '']];
  const { width, height } = done[0].size ?? {};
  const is4k = done.every((result) => result.size?.width === 3840 && result.size?.height === 2160);
  const time = median(done.map((result) => result.time));
  const longest = median(done.map((result) => result.longestTask));
  return [
    [
      `Export PNG ${width ? `${width}×${height}` : '(size unknown)'}: time / longest task, median of ${done.length}${failed ? ` (${results.length - done.length} failed)` : ''}`,
      `${withWorst(
        done.map((result) => result.time),
        ms,
      )} / ${withWorst(
        done.map((result) => result.longestTask),
        task,
      )}`,
      '',
      target,
      is4k && !failed ? verdict(time <= 2000 && longest <= 200) : '',
    ],
  ];
}

/** Rows for the imports of each size and how their cost grows: [measure, atlas, baseline, target, met]. */
export function summariseImports(imports, counts) {
  const rows = [];
  const medians = new Map();
  for (const count of counts) {
    const results = imports.get(count) ?? [];
    const label = `Import ${count / 1000}k polygons: status names count / map idle / longest task`;
    const target = count === 10_000 ? '≤ 3 s, no task > 200 ms' : '';
    const { done, failed } = partition(results);
    if (results.length === 0 || results.every((result) => result.missing)) {
      rows.push([label, NOT_BUILT, '', target, '']);
      continue;
    }
    if (done.length === 0) {
      rows.push([label, `failed: ${failed.error}`, '', target, '']);
      continue;
    }
    const time = median(done.map((result) => result.time));
    const longest = median(done.map((result) => result.longestTask));
    medians.set(count, { time, longest });
    const ok = count === 10_000 && !failed ? verdict(time <= 3000 && longest <= 200) : '';
    rows.push([
      `${label}, median of ${done.length}${failed ? ` (${results.length - done.length} failed: ${failed.error})` : ''}`,
      `${ms(median(done.map((result) => result.status)))} / ${ms(time)} / ${withWorst(
        done.map((result) => result.longestTask),
        task,
      )}`,
      '',
      target,
      ok,
    ]);
  }
  const small = medians.get(counts[0]);
  const large = medians.get(counts[counts.length - 1]);
  const times = counts[counts.length - 1] / counts[0];
  const growth =
    small && large
      ? `${(large.time / small.time).toFixed(1)}× time; ${
          small.longest
            ? `${(large.longest / small.longest).toFixed(1)}×`
            : `${ms(large.longest)} (${counts[0] / 1000}k: < 50 ms)`
        } task (${times}× the polygons)`
      : NOT_BUILT;
  rows.push([
    `Import cost growth ${counts[0] / 1000}k → ${counts[counts.length - 1] / 1000}k (medians: time; longest task)`,
    growth,
    '',
    '',
    '',
  ]);
  return rows;
}
