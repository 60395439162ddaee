import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tourSchema } from '../../src/data/tourSchema';
import { sceneState } from '../../src/features/tour/tourModel';
import {
  bearingDelta,
  easeInOut,
  flightPath,
  flightSeconds,
  type VideoCamera,
} from '../../src/features/video/flightPath';
import { sceneCamera, sceneLook, videoFileName } from '../../src/features/video/sceneFrame';
import {
  durationSeconds,
  frameAt,
  frameTimestamp,
  framesToDraw,
  videoTimeline,
  VIDEO_TIMING,
} from '../../src/features/video/timeline';
import { FRAME_MAP_CSS } from '../../src/map/types';
import { chooseCodec, encoderConfig, type Supports } from '../../src/features/video/videoCodec';

const { scenes } = tourSchema.parse(JSON.parse(readFileSync('data/tour.json', 'utf8')));
const cameras = scenes.map(sceneCamera);
const timeline = videoTimeline(cameras);
const fps = VIDEO_TIMING.fps;
const holdFrames = VIDEO_TIMING.holdSeconds * fps;

const camera = (lng: number, lat: number, zoom: number, bearing = 0): VideoCamera => ({
  center: [lng, lat],
  zoom,
  bearing,
  pitch: 0,
});
const allFrames = () => Array.from({ length: timeline.frameCount }, (_, index) => frameAt(timeline, index));

describe('the tour video’s timeline', () => {
  it('holds each scene for its seconds and flies between them, one flight fewer than scenes', () => {
    const holds = timeline.segments.filter((segment) => !segment.path);
    const flights = timeline.segments.filter((segment) => segment.path);
    expect(holds.map((hold) => hold.scene)).toEqual(scenes.map((_, index) => index));
    expect(holds.every((hold) => hold.frames === holdFrames)).toBe(true);
    expect(flights.length).toBe(scenes.length - 1);
    for (const flight of flights) {
      expect(flight.frames).toBeGreaterThanOrEqual(VIDEO_TIMING.minFlightSeconds * fps);
      expect(flight.frames).toBeLessThanOrEqual(VIDEO_TIMING.maxFlightSeconds * fps);
    }
    const total = timeline.segments.reduce((sum, segment) => sum + segment.frames, 0);
    expect(timeline.frameCount).toBe(total);
    expect(durationSeconds(timeline)).toBeCloseTo(total / fps, 9);
  });

  it('counts frames per scene: a scene’s frames are its flight in and its hold', () => {
    const perScene = scenes.map((_, scene) => allFrames().filter((frame) => frame.scene === scene).length);
    const expected = scenes.map((_, scene) =>
      timeline.segments.filter((segment) => segment.scene === scene).reduce((sum, s) => sum + s.frames, 0),
    );
    expect(perScene).toEqual(expected);
    expect(perScene[0]).toBe(holdFrames);
  });

  it('starts on the first scene’s camera and ends each flight exactly on the next scene’s', () => {
    expect(frameAt(timeline, 0)).toEqual({ scene: 0, camera: cameras[0], repeat: false });
    for (const segment of timeline.segments.filter((s) => s.path)) {
      const last = frameAt(timeline, segment.firstFrame + segment.frames - 1);
      expect(last.camera).toEqual(cameras[segment.scene]);
      expect(frameAt(timeline, segment.firstFrame + segment.frames).repeat).toBe(true);
      // The first frame of a flight has left the scene before, but not by much.
      const first = frameAt(timeline, segment.firstFrame);
      expect(first.camera).not.toEqual(cameras[segment.scene - 1]);
      expect(Math.abs(first.camera.zoom - cameras[segment.scene - 1]!.zoom)).toBeLessThan(0.1);
    }
    expect(frameAt(timeline, timeline.frameCount - 1).camera).toEqual(cameras.at(-1));
    expect(() => frameAt(timeline, timeline.frameCount)).toThrow(RangeError);
  });

  it('moves smoothly: no jump of zoom or centre from one frame to the next', () => {
    const frames = allFrames();
    for (let index = 1; index < frames.length; index++) {
      const [a, b] = [frames[index - 1]!.camera, frames[index]!.camera];
      expect(Math.abs(b.zoom - a.zoom), `zoom at frame ${index}`).toBeLessThan(0.25);
      // Centre steps in screen widths (1280 px of 512-px tiles at the lower zoom): a small share each frame.
      const worldPx = 512 * 2 ** Math.min(a.zoom, b.zoom);
      const step = (Math.hypot(b.center[0] - a.center[0], b.center[1] - a.center[1]) / 360) * worldPx;
      expect(step / 1280, `centre at frame ${index}`).toBeLessThan(0.1);
    }
  });

  it('draws only the frames that change: the first, and every frame of a flight', () => {
    const drawn = allFrames().filter((frame) => !frame.repeat).length;
    expect(framesToDraw(timeline)).toBe(drawn);
    expect(drawn).toBe(1 + timeline.segments.filter((s) => s.path).reduce((sum, s) => sum + s.frames, 0));
    const from = timeline.segments[1]!.firstFrame + 5;
    expect(framesToDraw(timeline, from)).toBe(
      allFrames()
        .slice(from)
        .filter((frame) => !frame.repeat).length,
    );
  });

  it('stamps frames in microseconds at 30 a second', () => {
    expect(frameTimestamp(0, 30)).toBe(0);
    expect(frameTimestamp(30, 30)).toBe(1_000_000);
    expect(frameTimestamp(1, 30)).toBe(33_333);
  });

  it('shows each scene’s zones and layers as the tour does', () => {
    const zoneIds = new Set(scenes.flatMap((scene) => scene.zones).slice(1));
    for (const scene of scenes) expect(sceneLook(scene, zoneIds)).toEqual(sceneState(scene, zoneIds));
  });

  it('names the file by language, size and container', () => {
    expect(videoFileName({ width: 1280, height: 720 }, 'mp4', 'zh')).toBe('beijing-ftz-atlas-tour-zh-1280x720.mp4');
  });
});

describe('the camera’s flight between two scenes', () => {
  it('zooms out on the way between far places and back in at the end (van Wijk)', () => {
    const from = camera(116.2, 40.05, 12);
    const to = camera(116.6, 39.75, 12);
    const path = flightPath(from, to, 1280);
    const zooms = Array.from({ length: 101 }, (_, i) => path.at(i / 100).zoom);
    expect(Math.min(...zooms)).toBeLessThan(11);
    expect(path.at(0)).toEqual(from);
    expect(path.at(1)).toEqual(to);
    expect(zooms.indexOf(Math.min(...zooms))).toBeGreaterThan(30);
    expect(zooms.indexOf(Math.min(...zooms))).toBeLessThan(70);
  });

  it('zooms in place when the centre stays, and takes longer for a bigger change', () => {
    const near = flightPath(camera(116.4, 39.9, 10), camera(116.4, 39.9, 11), 1280);
    const far = flightPath(camera(116.4, 39.9, 10), camera(116.4, 39.9, 14), 1280);
    expect(near.at(0.5).center).toEqual([expect.closeTo(116.4, 9), expect.closeTo(39.9, 9)]);
    expect(near.at(0.5).zoom).toBeGreaterThan(10);
    expect(near.at(0.5).zoom).toBeLessThan(11);
    expect(far.length).toBeGreaterThan(near.length);
    expect(flightSeconds(near, 1.5, 4)).toBe(1.5);
    expect(flightSeconds(far, 1, 1.2)).toBe(1.2);
    expect(flightSeconds(far, 1, 4)).toBeCloseTo(far.length / 1.2, 9);
  });

  it('turns the shorter way round and eases in and out', () => {
    expect(bearingDelta(170, -170)).toBe(20);
    expect(bearingDelta(-170, 170)).toBe(-20);
    expect(bearingDelta(0, 180)).toBe(180);
    const path = flightPath(camera(116.4, 39.9, 10, 170), camera(116.4, 39.9, 10, -170), 1280);
    expect(path.at(0.5).bearing).toBeCloseTo(180, 6);
    expect([0, 0.5, 1].map(easeInOut)).toEqual([0, 0.5, 1]);
    expect(easeInOut(0.1)).toBeLessThan(0.1);
    expect(easeInOut(0.9)).toBeGreaterThan(0.9);
  });
});

describe('the video’s codec', () => {
  const size = { width: 1920, height: 1080 };
  const only =
    (...codecs: string[]): Supports =>
    (config) =>
      Promise.resolve(codecs.includes(config.codec));

  it('prefers H.264 High in MP4, then lesser profiles', async () => {
    expect((await chooseCodec('mp4', size, only('avc1.640028', 'avc1.42001f')))?.codec).toBe('avc1.640028');
    expect((await chooseCodec('mp4', size, only('avc1.420028')))?.codec).toBe('avc1.420028');
    expect(await chooseCodec('mp4', size, only('vp8'))).toBeNull();
  });

  it('offers VP9 or VP8 in WebM, and nothing where nothing encodes', async () => {
    expect(await chooseCodec('webm', size, only('vp8'))).toEqual({ container: 'webm', codec: 'vp8', family: 'vp8' });
    expect(await chooseCodec('webm', size, only())).toBeNull();
  });

  it('asks for the size, 30 fps and, for MP4, the parameter sets in the header', () => {
    const config = encoderConfig({ container: 'mp4', codec: 'avc1.640028', family: 'avc' }, size);
    expect(config).toMatchObject({ width: 1920, height: 1080, framerate: 30, avc: { format: 'avc' } });
    expect(config.bitrate).toBeGreaterThan(1_000_000);
    expect(encoderConfig({ container: 'webm', codec: 'vp8', family: 'vp8' }, size)).not.toHaveProperty('avc');
  });
});

describe('the video’s frame', () => {
  it('flies as seen through the hidden map’s width', () => {
    expect(VIDEO_TIMING.viewportSize).toBe(FRAME_MAP_CSS.width);
  });
});
