// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStatus } from '../../src/shell/status';
import { sayWhileSlow, STILL_LOADING_MS } from '../../src/shell/stillLoading';

const region = () => document.createElement('div');
const later = () => {
  let settle: (ok: boolean) => void = () => {};
  const work = new Promise<void>((resolve, reject) => (settle = (ok) => (ok ? resolve() : reject(new Error('no')))));
  work.catch(() => {});
  return { work, settle };
};

describe('sayWhileSlow', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('says nothing for a quick load', async () => {
    const element = region();
    const { work, settle } = later();
    sayWhileSlow(createStatus(element), () => 'Still loading', work);
    settle(true);
    await vi.advanceTimersByTimeAsync(STILL_LOADING_MS * 2);
    expect(element.textContent).toBe('');
  });

  it('says "still loading" after the delay, and takes it down when the file arrives', async () => {
    const element = region();
    const { work, settle } = later();
    sayWhileSlow(createStatus(element), () => 'Still loading', work);
    await vi.advanceTimersByTimeAsync(STILL_LOADING_MS);
    expect(element.textContent).toBe('Still loading');
    settle(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(element.hidden).toBe(true);
  });

  it('never covers a warning said meanwhile, and leaves a failure to its caller', async () => {
    const element = region();
    const status = createStatus(element);
    const first = later();
    status.show('warning', 'The background map could not be loaded');
    sayWhileSlow(status, () => 'Still loading', first.work);
    await vi.advanceTimersByTimeAsync(STILL_LOADING_MS);
    expect(element.textContent).toBe('The background map could not be loaded');
    first.settle(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(status.kind()).toBe('warning');

    status.show('loading', 'Loading');
    const second = later();
    sayWhileSlow(status, () => 'Still loading', second.work);
    await vi.advanceTimersByTimeAsync(STILL_LOADING_MS);
    second.settle(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(element.textContent).toBe('Still loading');
  });
});
