import { easeInOut, flightPath, flightSeconds, type FlightPath, type VideoCamera } from './flightPath';

/**
 * The video's timeline (pure): the camera holds on the first scene, flies to the next, holds there, and
 * so on to the last. Each frame is a function of its number, so the file does not depend on how fast
 * the machine draws. During a flight the caption is already the next scene's, as in the tour, where
 * the caption changes with the click and the camera follows.
 */

export interface TimelineOptions {
  /** Frames per second. */
  fps: number;
  /** How long each scene holds still, in seconds. */
  holdSeconds: number;
  /** The shortest and longest flight between two scenes, in seconds. */
  minFlightSeconds: number;
  maxFlightSeconds: number;
  /** The frame's larger side in CSS pixels: how much of the map the flight keeps in view. */
  viewportSize: number;
}

export const VIDEO_TIMING: TimelineOptions = {
  fps: 30,
  holdSeconds: 3,
  minFlightSeconds: 2,
  maxFlightSeconds: 4,
  // The hidden map's CSS width (FRAME_MAP_CSS, src/map/types.ts).
  viewportSize: 1280,
};

interface Segment {
  /** The scene whose caption shows (an index into the scenes). */
  scene: number;
  firstFrame: number;
  frames: number;
  /** A hold has no path: its camera is its scene's. */
  path: FlightPath | null;
  camera: VideoCamera;
}

/** How far a video's making has come. */
export interface VideoProgress {
  /** Frames encoded so far, and in all. */
  frame: number;
  frames: number;
  /** Seconds left at the pace so far; null until it can be told. */
  secondsLeft: number | null;
}

export interface Timeline {
  fps: number;
  frameCount: number;
  segments: readonly Segment[];
}

export interface VideoFrameSpec {
  /** The scene whose caption, highlights and layers show. */
  scene: number;
  camera: VideoCamera;
  /** True when the frame is the same picture as the one before (the camera holds): drawn once, reused. */
  repeat: boolean;
}

/** The timeline of a video of `cameras`, one per scene, with `options`' timing. */
export function videoTimeline(cameras: readonly VideoCamera[], options: TimelineOptions = VIDEO_TIMING): Timeline {
  const holdFrames = Math.max(1, Math.round(options.holdSeconds * options.fps));
  const segments: Segment[] = [];
  let next = 0;
  cameras.forEach((camera, scene) => {
    if (scene > 0) {
      const path = flightPath(cameras[scene - 1]!, camera, options.viewportSize);
      const seconds = flightSeconds(path, options.minFlightSeconds, options.maxFlightSeconds);
      const frames = Math.max(1, Math.round(seconds * options.fps));
      segments.push({ scene, firstFrame: next, frames, path, camera });
      next += frames;
    }
    segments.push({ scene, firstFrame: next, frames: holdFrames, path: null, camera });
    next += holdFrames;
  });
  return { fps: options.fps, frameCount: next, segments };
}

/** The segment that holds frame `index`. */
function segmentOf(timeline: Timeline, index: number): Segment {
  const found = timeline.segments.find((segment) => index < segment.firstFrame + segment.frames);
  if (!found || index < 0) throw new RangeError(`No frame ${index} in a video of ${timeline.frameCount}`);
  return found;
}

/**
 * Frame `index`: its scene and camera. A flight's frames run to its end (the last one is the scene's
 * own camera), so the hold that follows repeats that picture from its first frame.
 */
export function frameAt(timeline: Timeline, index: number): VideoFrameSpec {
  const segment = segmentOf(timeline, index);
  const { path, scene, camera } = segment;
  if (path) {
    const progress = (index - segment.firstFrame + 1) / segment.frames;
    return { scene, camera: path.at(easeInOut(progress)), repeat: false };
  }
  // The first frame of all is drawn; every other frame of a hold shows what the frame before showed.
  return { scene, camera: { ...camera }, repeat: index > 0 };
}

/** The frame's time from the start, in microseconds (WebCodecs' unit). */
export const frameTimestamp = (index: number, fps: number): number => Math.round((index * 1_000_000) / fps);

/** The video's length in seconds. */
export const durationSeconds = (timeline: Timeline): number => timeline.frameCount / timeline.fps;

/** How many frames from `from` on must be drawn (not repeats): what the time left depends on. */
export function framesToDraw(timeline: Timeline, from = 0): number {
  let count = from === 0 ? 1 : 0;
  for (const segment of timeline.segments) {
    if (!segment.path) continue;
    const end = segment.firstFrame + segment.frames;
    count += Math.max(0, end - Math.max(from, segment.firstFrame));
  }
  return count;
}
