import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import { ALL_FORMATS, BufferSource, Input } from 'mediabunny';
import type { Page } from 'playwright-core';
import { tourSchema } from '../../src/data/tourSchema';
import { sceneCamera } from '../../src/features/video/sceneFrame';
import { videoTimeline } from '../../src/features/video/timeline';
import { chromiumMissing } from './atlasPage';
import { it, type OpenOptions } from './fixture';
import { sharedAtlas } from './sharedAtlas';

/**
 * The tour as a video (issue 22): a two-scene tour (the fixture stands in for data/tour.json) made into
 * a 1280 × 720 MP4 in each language, its container read back in Node (mediabunny): H.264, the size,
 * one frame per frame of the timeline and its duration. The page stays usable and nothing is
 * requested off the site; Cancel stops a video; without H.264 the dialog says so and offers WebM.
 */

const FIXTURE = readFileSync('tests/fixtures/tour-two-scenes.json', 'utf8');
const { scenes } = tourSchema.parse(JSON.parse(FIXTURE));
const timeline = videoTimeline(scenes.map(sceneCamera));
// The Chinese video is of the first scene alone: a hold and no flight, a third of the frames (the
// flight is proven in English), so the suite encodes one long video, not two.
const oneScene = scenes.slice(0, 1);
const oneSceneTimeline = videoTimeline(oneScene.map(sceneCamera));
const SLOW = 240_000;

/** The tour's data file is `body`: served in its place (its name carries a hash). */
const tourFile = (body: string): OpenOptions => ({
  waitFor: 'map',
  timeout: 90_000,
  beforeLoad: (page) =>
    page.route(/\/tour[^/]*\.json$/, (route) => route.fulfill({ status: 200, contentType: 'application/json', body })),
});
/**
 * The English tour at its first scene, shared by the tests that start there (sharedAtlas.ts): the
 * video's test, then the one that takes H.264 away from the same page.
 */
const englishTour = sharedAtlas('?tour=1&step=1', {
  ...tourFile(FIXTURE),
  settled: (page) => expect.poll(() => page.locator('#tour h2').textContent()).toBe(scenes[0]!.title_en),
});

/** Opens the video dialog from the tour's button and waits until it knows what the browser encodes. */
async function openDialog(page: Page): Promise<void> {
  await page.locator('#tour [data-video-open]').click();
  await page.locator('dialog.video-dialog[open]').waitFor();
  await expect.poll(() => page.locator('dialog.video-dialog').getAttribute('data-phase')).not.toBe('checking');
}

/** Makes the 1280 × 720 video and returns the downloaded file's name and bytes. */
async function makeVideo(page: Page): Promise<{ name: string; bytes: Buffer }> {
  await page.selectOption('[data-video-size]', '1280x720');
  await expect.poll(() => page.locator('dialog.video-dialog').getAttribute('data-phase')).toBe('ready');
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: SLOW }),
    page.locator('[data-video-make]').click(),
  ]);
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

/** What the container says: codec, size, frames and duration. */
async function readContainer(bytes: Buffer) {
  const input = new Input({ source: new BufferSource(new Uint8Array(bytes)), formats: ALL_FORMATS });
  const track = (await input.getPrimaryVideoTrack())!;
  const stats = await track.computePacketStats();
  return {
    mime: await input.getMimeType(),
    codec: track.codec,
    codecString: await track.getCodecParameterString(),
    width: track.displayWidth,
    height: track.displayHeight,
    frames: stats.packetCount,
    duration: await input.computeDuration(),
  };
}

const expectTheTimeline = async (bytes: Buffer, expected = timeline) => {
  const container = await readContainer(bytes);
  expect(container).toMatchObject({
    mime: expect.stringMatching(/^video\/mp4/),
    codec: 'avc',
    width: 1280,
    height: 720,
  });
  expect(container.codecString).toMatch(/^avc1\./);
  expect(container.frames).toBe(expected.frameCount);
  expect(container.duration).toBeCloseTo(expected.frameCount / expected.fps, 1);
};

/** The hidden maps the page holds besides the live one: none once a video is made or cancelled. */
const hiddenMaps = (page: Page) => page.evaluate(() => document.querySelectorAll('.maplibregl-map').length - 1);

describe.skipIf(chromiumMissing)('the tour as a video', { timeout: SLOW }, () => {
  it('makes a 1280 × 720 MP4 (H.264) of the tour while the tour goes on, in English', async () => {
    const atlas = await englishTour();
    const { page } = atlas;
    const button = page.locator('#tour [data-video-open]');
    expect(await button.textContent()).toBe('Video');
    expect(await button.getAttribute('title')).toMatch(/^Video \(MP4\)/);
    await openDialog(page);
    // Debian's Chromium encodes H.264: no word of WebM.
    expect(await page.locator('[data-video-note]').isHidden()).toBe(true);
    expect(await page.locator('[data-video-make]').textContent()).toBe('Make MP4');

    const made = makeVideo(page);
    await expect
      .poll(() => page.locator('[data-video-progress]').textContent(), { timeout: 60_000 })
      .toMatch(new RegExp(`^Frame \\d+ of ${timeline.frameCount}`));
    // The page is in use meanwhile: the tour steps on.
    await page.locator('#tour [data-tour-action="next"]').click();
    await expect.poll(() => page.locator('#tour h2').textContent()).toBe(scenes[1]!.title_en);
    const file = await made;
    expect(file.name).toBe('beijing-ftz-atlas-tour-en-1280x720.mp4');
    await expectTheTimeline(file.bytes);
    await expect.poll(() => page.locator('[data-video-progress]').textContent()).toMatch(/^Saved beijing-ftz/);
    await expect.poll(() => hiddenMaps(page)).toBe(0);
    expect(atlas.foreignRequests).toEqual([]);
    expect(atlas.errors).toEqual([]);
    expect(await atlas.cspViolations()).toEqual([]);
  });

  it('cancels, then makes the video of a one-scene tour in Chinese', async ({ openAtlas }) => {
    const atlas = await openAtlas('?tour=1&step=1&lang=zh', tourFile(JSON.stringify({ scenes: oneScene })));
    const { page } = atlas;
    await expect.poll(() => page.locator('#tour h2').textContent()).toBe(scenes[0]!.title_zh);
    expect(await page.locator('#tour [data-video-open]').getAttribute('title')).toMatch(/^视频 \(MP4\)/);
    await openDialog(page);
    expect(await page.locator('[data-video-make]').textContent()).toBe('生成 MP4');
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.locator('[data-video-make]').click();
    await expect
      .poll(() => page.locator('[data-video-progress]').textContent(), { timeout: 60_000 })
      .toMatch(/^第 \d+ 帧/);
    await page.locator('[data-video-cancel]').click();
    await expect.poll(() => page.locator('[data-video-progress]').textContent()).toBe('已取消生成视频。');
    await expect.poll(() => hiddenMaps(page)).toBe(0);
    expect(downloads).toBe(0);

    const file = await makeVideo(page);
    expect(file.name).toBe('beijing-ftz-atlas-tour-zh-1280x720.mp4');
    await expectTheTimeline(file.bytes, oneSceneTimeline);
    await expect.poll(() => page.locator('[data-video-progress]').textContent()).toMatch(/^已保存/);
    expect(atlas.foreignRequests).toEqual([]);
    expect(atlas.errors).toEqual([]);
  });

  it('says so where the browser cannot encode H.264, and offers WebM', async () => {
    const { page } = await englishTour();
    // A browser without an H.264 encoder (as some Linux builds of Firefox and Chromium are). The last
    // test of the file, so the shared page keeps the change.
    await page.evaluate(() => {
      const ask = VideoEncoder.isConfigSupported.bind(VideoEncoder);
      VideoEncoder.isConfigSupported = (config) =>
        config.codec.startsWith('avc1') ? Promise.resolve({ supported: false, config }) : ask(config);
    });
    await openDialog(page);
    // The dialog asks the browser again whenever the size changes (the first test's dialog may still
    // be there, closed by the put-back, with its answer).
    await page.selectOption('[data-video-size]', '1920x1080');
    await expect.poll(() => page.locator('dialog.video-dialog').getAttribute('data-phase')).toBe('ready');
    expect(await page.locator('[data-video-note]').textContent()).toMatch(/cannot encode H\.264.*WebM/);
    expect(await page.locator('[data-video-make]').textContent()).toBe('Make WebM instead');
    expect(await page.locator('[data-video-make]').isEnabled()).toBe(true);
  });
});
