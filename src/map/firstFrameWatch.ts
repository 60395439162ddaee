/**
 * How long MapLibre may take to draw its first frame, counted while the page is visible, before the
 * SVG map takes over (ms). A blocked worker is caught at once by its error (`isEngineFailure`); this
 * budget is for an engine that neither draws nor fails (a worker script held by a proxy, a worker that
 * hangs), and must never take the map from a slow machine that would have drawn: first frames of over
 * 30 s are seen on a two-core machine rendering in software while other browsers run. Hidden time does
 * not count: a background tab draws no frames at all. docs/faults.md has the reasoning.
 */
export const FIRST_FRAME_BUDGET_MS = 60_000;

/** MapLibre's words (src/util/actor.ts) when a worker did not start: the engine can draw nothing. */
const WORKER_FAILED = /worker failed to load/i;

/** Whether a MapLibre error means the engine cannot work at all (as against a tile or an image failing). */
export const isEngineFailure = (error: { message: string }): boolean => WORKER_FAILED.test(error.message);

export type FirstFrameState = 'waiting' | 'drawn' | 'failed';

export interface FirstFrameWatch {
  /** 'waiting' until the first frame or a failure, whichever comes first; then that, for good. */
  state(): FirstFrameState;
  /** The first frame was drawn: the budget stops. */
  drawn(): void;
  /** The engine failed: `onFail` runs (once) unless the first frame came first. */
  failed(reason: Error): void;
}

/** The page's visibility, as much of `document` as the watch needs (a fake one in unit tests). */
export type Visibility = Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'>;

/**
 * Watches MapLibre's first frame: `onFail` runs once, on a failure reported with `failed`, or when
 * `budgetMs` of visible time pass without `drawn`.
 */
export function watchFirstFrame(
  onFail: (reason: Error) => void,
  budgetMs = FIRST_FRAME_BUDGET_MS,
  page: Visibility = document,
): FirstFrameWatch {
  let state: FirstFrameState = 'waiting';
  let remaining = budgetMs;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let startedAt = 0;
  const pause = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    remaining -= Date.now() - startedAt;
  };
  const run = () => {
    if (timer !== undefined || state !== 'waiting') return;
    startedAt = Date.now();
    timer = setTimeout(() => settle('failed', new Error(`No map frame within ${budgetMs / 1000} s`)), remaining);
  };
  const onVisibility = () => (page.visibilityState === 'visible' ? run() : pause());
  function settle(next: Exclude<FirstFrameState, 'waiting'>, reason?: Error): void {
    if (state !== 'waiting') return;
    state = next;
    pause();
    page.removeEventListener('visibilitychange', onVisibility);
    if (reason) onFail(reason);
  }
  page.addEventListener('visibilitychange', onVisibility);
  onVisibility();
  return {
    state: () => state,
    drawn: () => settle('drawn'),
    failed: (reason) => settle('failed', reason),
  };
}
