// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../src/state/appState';
import { featureList, LIST_PAGE, type ListActions } from '../../src/features/sites/siteList';
import { square } from './userFeatureFixtures';

const store = createAppStore();
const actions = (): ListActions => ({ select: vi.fn(), remove: vi.fn(), removeAll: vi.fn(), showMore: vi.fn() });
const notConfirming = { value: false, set: vi.fn() };
const features = (count: number) => Array.from({ length: count }, (_, i) => square(`user-${i}`, `Plot ${i + 1}`));
const render = (nodes: HTMLElement[]) => {
  const root = document.createElement('div');
  root.append(...nodes);
  return root;
};

describe('the list of imported features', () => {
  it('lists every feature of a small import, with no "show more"', () => {
    const root = render(featureList(features(3), 'en', store, actions(), notConfirming));
    expect([...root.querySelectorAll('.user-name')].map((n) => n.textContent)).toEqual(['Plot 1', 'Plot 2', 'Plot 3']);
    expect(root.querySelector('[data-show-more]')).toBeNull();
  });

  it('draws a large import a page at a time, says how many are shown, and shows more on request', () => {
    const list = actions();
    const root = render(featureList(features(10_000), 'en', store, list, notConfirming));
    expect(root.querySelectorAll('.user-item')).toHaveLength(LIST_PAGE);
    expect(root.textContent).toContain('Showing 100 of 10,000');
    const more = root.querySelector<HTMLButtonElement>('[data-show-more]')!;
    expect(more.textContent).toBe('Show 100 more');
    more.click();
    expect(list.showMore).toHaveBeenCalledOnce();
  });

  it('shows the rows asked for, and the rest in the last page', () => {
    const root = render(featureList(features(250), 'zh', store, actions(), notConfirming, 200));
    expect(root.querySelectorAll('.user-item')).toHaveLength(200);
    expect(root.textContent).toContain('显示 250 个中的 200 个');
    expect(root.querySelector('[data-show-more]')!.textContent).toBe('再显示 50 个');
    const all = render(featureList(features(250), 'en', store, actions(), notConfirming, 300));
    expect(all.querySelectorAll('.user-item')).toHaveLength(250);
    expect(all.querySelector('[data-show-more]')).toBeNull();
  });
});
