import type { Status } from './status';

/**
 * How long something may load before the status line says it is still loading (ms): long enough that
 * a normal load never shows it (the zones arrive in well under a second on a fair link, the tour and
 * the statistics in one or two), short enough that a visitor waiting on a slow one is not left guessing.
 */
export const STILL_LOADING_MS = 4000;

/**
 * Says `message` (a 'loading' notice) if `work` has not settled after `after` ms, and takes it down
 * when it arrives. It never covers a notice of another kind (a warning said meanwhile stays on show),
 * and a failure is the caller's to say: its notice replaces this one.
 */
export function sayWhileSlow(status: Status, message: () => string, work: Promise<unknown>, after = STILL_LOADING_MS) {
  let shown = false;
  const timer = setTimeout(() => {
    const onShow = status.kind();
    if (onShow !== undefined && onShow !== 'loading') return;
    shown = true;
    status.show('loading', message());
  }, after);
  const settle = (arrived: boolean) => {
    clearTimeout(timer);
    if (arrived && shown) status.clear('loading');
  };
  work.then(
    () => settle(true),
    () => settle(false),
  );
}
