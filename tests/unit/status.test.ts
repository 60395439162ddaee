// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createStatus } from '../../src/shell/status';

describe('the status notice', () => {
  it('offers an action that hides the notice and then runs', () => {
    const region = document.createElement('div');
    const status = createStatus(region);
    let ran = 0;
    status.show('error', 'The zones did not load.', {
      action: { label: 'Try again', run: () => (ran += region.hidden ? 1 : 100) },
      dismissLabel: 'Dismiss',
    });
    const labels = [...region.querySelectorAll('button')].map((b) => b.textContent);
    expect(labels).toEqual(['Try again', 'Dismiss']);
    expect(status.kind()).toBe('error');
    region.querySelector<HTMLButtonElement>('.status-action')!.click();
    expect(ran).toBe(1);
    expect(status.kind()).toBeUndefined();
  });

  it('clears only a message of the kind asked', () => {
    const region = document.createElement('div');
    const status = createStatus(region);
    status.show('warning', 'Simpler map');
    status.clear('loading');
    expect(status.kind()).toBe('warning');
    status.clear('warning');
    expect(region.hidden).toBe(true);
  });
});
