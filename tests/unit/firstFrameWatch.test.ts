import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isEngineFailure, watchFirstFrame, type Visibility } from '../../src/map/firstFrameWatch';

/** A page whose visibility the test sets, telling the watch as a browser would. */
function fakePage(initial: DocumentVisibilityState = 'visible') {
  const listeners = new Set<() => void>();
  const page = {
    visibilityState: initial,
    addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
  };
  return {
    page: page as unknown as Visibility,
    set(state: DocumentVisibilityState) {
      page.visibilityState = state;
      listeners.forEach((listener) => listener());
    },
    listeners,
  };
}

describe('watchFirstFrame', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('fails once the budget has passed without a frame', () => {
    const onFail = vi.fn();
    const watch = watchFirstFrame(onFail, 1000, fakePage().page);
    vi.advanceTimersByTime(999);
    expect(onFail).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onFail).toHaveBeenCalledTimes(1);
    expect(watch.state()).toBe('failed');
  });

  it('never fails after the first frame, and stops listening', () => {
    const onFail = vi.fn();
    const visibility = fakePage();
    const watch = watchFirstFrame(onFail, 1000, visibility.page);
    watch.drawn();
    vi.advanceTimersByTime(5000);
    watch.failed(new Error('late'));
    expect(onFail).not.toHaveBeenCalled();
    expect(watch.state()).toBe('drawn');
    expect(visibility.listeners.size).toBe(0);
  });

  it('fails at once on a reported failure, only once', () => {
    const onFail = vi.fn();
    const watch = watchFirstFrame(onFail, 1000, fakePage().page);
    watch.failed(new Error('Worker failed to load.'));
    watch.failed(new Error('again'));
    vi.advanceTimersByTime(5000);
    expect(onFail).toHaveBeenCalledTimes(1);
    expect(onFail.mock.calls[0]![0].message).toBe('Worker failed to load.');
  });

  it('counts only the time the page is visible', () => {
    const onFail = vi.fn();
    const visibility = fakePage('hidden');
    watchFirstFrame(onFail, 1000, visibility.page);
    vi.advanceTimersByTime(10_000);
    expect(onFail).not.toHaveBeenCalled();
    visibility.set('visible');
    vi.advanceTimersByTime(600);
    visibility.set('hidden');
    vi.advanceTimersByTime(10_000);
    expect(onFail).not.toHaveBeenCalled();
    visibility.set('visible');
    vi.advanceTimersByTime(399);
    expect(onFail).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onFail).toHaveBeenCalledTimes(1);
  });
});

describe('isEngineFailure', () => {
  it('tells a worker that did not start from a tile or an image that failed', () => {
    expect(isEngineFailure({ message: 'Worker failed to load. Check that the worker URL is correct.' })).toBe(true);
    expect(isEngineFailure({ message: 'Failed to fetch' })).toBe(false);
    expect(isEngineFailure({ message: 'AJAXError: Not Found (404): http://x/beijing.geojson' })).toBe(false);
  });
});
