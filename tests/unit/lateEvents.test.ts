import { describe, expect, it } from 'vitest';
import { lateEvents, type MapConnection } from '../../src/map/lateEvents';

/** A connection that writes down what it hears. */
function listener(heard: string[], panelsMounted = Promise.resolve()): MapConnection {
  return {
    panelsMounted,
    onReady: () => heard.push('ready'),
    onError: (error) => heard.push(`error ${error.message}`),
    onBasemapError: (error) => heard.push(`basemap ${error.message}`),
    onBasemapFallback: () => heard.push('fallback'),
  };
}

describe('the map’s events before the page connects', () => {
  it('are heard at connect, in order; later ones at once', () => {
    const late = lateEvents();
    late.events.onError({ message: 'tile' });
    late.events.onReady();
    const heard: string[] = [];
    late.connect(listener(heard));
    expect(heard).toEqual(['error tile', 'ready']);
    late.events.onBasemapError({ message: 'gone' });
    late.events.onBasemapFallback();
    expect(heard).toEqual(['error tile', 'ready', 'basemap gone', 'fallback']);
  });

  it('are heard by the first connection only', () => {
    const late = lateEvents();
    const first: string[] = [];
    const second: string[] = [];
    late.connect(listener(first));
    late.connect(listener(second));
    late.events.onReady();
    expect([first, second]).toEqual([['ready'], []]);
  });

  it('hand the map the panels’ promise once the page gives it', async () => {
    const late = lateEvents();
    let settled = false;
    void late.panelsMounted.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    let mount: () => void = () => {};
    late.connect(listener([], new Promise<void>((resolve) => (mount = resolve))));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(settled).toBe(false);
    mount();
    await late.panelsMounted;
    expect(settled).toBe(true);
  });
});
