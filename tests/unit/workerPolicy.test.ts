import { resolveObjectURL } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { workerUrlUnderPagePolicy } from '../../src/map/workerPolicy';

/** The text behind a blob: URL made in this process. */
const blobText = (url: string) => resolveObjectURL(url)!.text();

describe('workerUrlUnderPagePolicy', () => {
  it('gives a blob: module that imports the worker script by its absolute address', async () => {
    const url = workerUrlUnderPagePolicy('./assets/maplibre-gl-worker-x.mjs', 'https://atlas.example/ftz/index.html');
    expect(url).toMatch(/^blob:/);
    expect(await blobText(url)).toBe('import "https://atlas.example/ftz/assets/maplibre-gl-worker-x.mjs";\n');
  });

  it('keeps a URL that is already blob: (the one-file build), and quotes any address safely', async () => {
    expect(workerUrlUnderPagePolicy('blob:null/1234#maplibre-gl-worker.cjs', 'https://a.example/')).toBe(
      'blob:null/1234#maplibre-gl-worker.cjs',
    );
    const url = workerUrlUnderPagePolicy('/w.mjs?a="b"', 'https://a.example/');
    expect(await blobText(url)).toBe('import "https://a.example/w.mjs?a=%22b%22";\n');
  });
});
