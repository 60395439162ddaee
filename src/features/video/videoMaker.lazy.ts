import {
  BufferTarget,
  EncodedPacket,
  EncodedVideoPacketSource,
  Mp4OutputFormat,
  Output,
  WebMOutputFormat,
} from 'mediabunny';
import { THEME_TOKENS } from '../../color/themes';
import { legendEntries } from '../../color/legend';
import type { TourScene } from '../../data/tourSchema';
import { composeMapImage } from '../../export/compose';
import type { ImageSize, MapImage } from '../../export/frame';
import { layoutOverlays, type Measure } from '../../export/layout';
import { t } from '../../i18n/index';
import { mapCredits } from '../../map/attribution';
import { plainCredit } from '../../map/image/viewImage';
import { FRAME_MAP_CSS, type FrameMap } from '../../map/types';
import type { PanelContext } from '../../shell/panel';
import { resolveTheme } from '../../state/themes';
import { encoderConfig, FPS, type CodecChoice } from './videoCodec';
import { sceneCamera, sceneLook, sceneWords } from './sceneFrame';
import { frameAt, frameTimestamp, framesToDraw, videoTimeline, type Timeline, type VideoProgress } from './timeline';

/**
 * The tour as a video file: each frame of the timeline (timeline.ts) drawn off screen by the map's
 * FrameMap, its caption, legend, scale bar and credits drawn on it as the map image does
 * (export/compose.ts), encoded by WebCodecs' VideoEncoder and muxed by mediabunny. Loaded when a video
 * is asked for. Frames that repeat the one before (a scene holding still) are drawn once.
 */

export interface MakeVideoOptions {
  context: PanelContext;
  scenes: readonly TourScene[];
  size: ImageSize;
  codec: CodecChoice;
  signal: AbortSignal;
  onProgress(progress: VideoProgress): void;
}

/** A keyframe every two seconds: a player can seek, and a file stays small. */
const KEYFRAME_EVERY = 2 * FPS;
/** Frames queued in the encoder before the next is drawn. */
const MAX_QUEUE = 4;

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Makes the video; rejects with the signal's reason when cancelled. */
export async function makeVideo(options: MakeVideoOptions): Promise<Blob> {
  const { context, scenes, size, codec, signal } = options;
  // Marks for the benchmark (scripts/bench/video.mjs): which step a long task belongs to.
  performance.mark('video:start');
  const timeline = videoTimeline(scenes.map(sceneCamera));
  const frameMap = await context.map.frameMap!(size);
  performance.mark('video:map-ready');
  const output = new Output({
    format: codec.container === 'mp4' ? new Mp4OutputFormat({ fastStart: 'in-memory' }) : new WebMOutputFormat(),
    target: new BufferTarget(),
  });
  const encoder = new Encoder(output, codec, size);
  try {
    signal.throwIfAborted();
    await output.start();
    await encodeFrames(options, timeline, frameMap, encoder);
    performance.mark('video:frames-drawn');
    await encoder.finish();
    performance.mark('video:encoded');
    await output.finalize();
    performance.mark('video:muxed');
    const buffer = output.target.buffer;
    if (!buffer) throw new Error('The video file is empty');
    return new Blob([buffer], { type: codec.container === 'mp4' ? 'video/mp4' : 'video/webm' });
  } catch (error) {
    encoder.close();
    if (output.state !== 'finalized' && output.state !== 'canceled') await output.cancel();
    throw signal.aborted ? signal.reason : error;
  } finally {
    frameMap.destroy();
  }
}

/** WebCodecs' encoder feeding mediabunny's track, packets in order, with backpressure. */
class Encoder {
  private readonly encoder: VideoEncoder;
  private muxing: Promise<void> = Promise.resolve();
  private failure: unknown = null;

  constructor(output: Output, codec: CodecChoice, size: ImageSize) {
    const source = new EncodedVideoPacketSource(codec.family);
    output.addVideoTrack(source, { frameRate: FPS });
    this.encoder = new VideoEncoder({
      output: (chunk, meta) => {
        const packet = EncodedPacket.fromEncodedChunk(chunk);
        this.muxing = this.muxing.then(() => source.add(packet, meta));
        this.muxing.catch((error: unknown) => (this.failure ??= error));
      },
      error: (error) => (this.failure ??= error),
    });
    this.encoder.configure(encoderConfig(codec, size));
  }

  async encode(frame: VideoFrame, keyFrame: boolean): Promise<void> {
    this.check();
    while (this.encoder.encodeQueueSize > MAX_QUEUE) {
      await new Promise((resolve) => this.encoder.addEventListener('dequeue', resolve, { once: true }));
    }
    this.encoder.encode(frame, { keyFrame });
  }

  async finish(): Promise<void> {
    this.check();
    await this.encoder.flush();
    await this.muxing;
    this.check();
    this.encoder.close();
  }

  close(): void {
    if (this.encoder.state !== 'closed') this.encoder.close();
  }

  private check(): void {
    if (this.failure) throw this.failure instanceof Error ? this.failure : new Error(String(this.failure));
  }
}

/** Draws, stamps and encodes every frame of `timeline`, reporting progress after each. */
async function encodeFrames(
  { context, scenes, size, signal, onProgress }: MakeVideoOptions,
  timeline: Timeline,
  frameMap: FrameMap,
  encoder: Encoder,
): Promise<void> {
  const zoneIds = new Set(context.zones.features.map((zone) => zone.properties.id));
  const overlays = sceneOverlays(context, scenes, size);
  // The map's centre is the middle of what the captions leave below them (in the map's CSS pixels), so
  // the scene's zones are not under its caption; the same for every scene, so the flights never jump.
  const padding = { top: overlays.captionRoom / (size.width / FRAME_MAP_CSS.width), right: 0, bottom: 0, left: 0 };
  const toDraw = framesToDraw(timeline);
  const duration = frameTimestamp(1, timeline.fps);
  let picture: VideoFrame | null = null;
  let drawn = 0;
  let drawingStarted = 0;
  try {
    for (let index = 0; index < timeline.frameCount; index++) {
      signal.throwIfAborted();
      const spec = frameAt(timeline, index);
      const timestamp = frameTimestamp(index, timeline.fps);
      if (!spec.repeat || !picture) {
        const scene = scenes[spec.scene]!;
        const look = sceneLook(scene, zoneIds);
        if (drawn === 1) drawingStarted = performance.now();
        const camera = { ...spec.camera, center: [spec.camera.center[0], spec.camera.center[1]] as [number, number] };
        const image = await frameMap.render({ camera, padding, ...look });
        picture?.close();
        picture = new VideoFrame(overlays.draw(image, scene), { timestamp, duration });
        drawn++;
      } else await yieldToPage();
      const frame: VideoFrame = new VideoFrame(picture, { timestamp, duration });
      await encoder.encode(frame, index % KEYFRAME_EVERY === 0);
      frame.close();
      // The first frame waits for the map's tiles; the pace is told from the frames after it.
      const pace = drawn > 1 ? (performance.now() - drawingStarted) / (drawn - 1) : null;
      const left = toDraw - drawn;
      onProgress({
        frame: index + 1,
        frames: timeline.frameCount,
        secondsLeft: pace === null ? null : Math.ceil((pace * left) / 1000),
      });
    }
  } finally {
    picture?.close();
  }
}

/**
 * Draws a scene's caption, legend, scale bar and credits on its map picture, in the current language
 * and theme; `captionRoom` is the height (device pixels) the tallest caption box takes from the top.
 */
function sceneOverlays(context: PanelContext, scenes: readonly TourScene[], size: ImageSize) {
  const state = context.store.get();
  const { language } = state;
  const page = THEME_TOKENS[resolveTheme(state.theme, state.systemTheme)].page;
  const colors = { panel: page['panel-overlay'], fg: page.fg, muted: page.muted, border: page.border };
  const legend = legendEntries(context.zones, language);
  const credits = mapCredits(language, state.basemap).map(plainCredit);
  // The page's font for this language (its :lang(zh) rule puts the Chinese face first).
  const fontFamily = getComputedStyle(document.documentElement).fontFamily;
  const content = (scene: TourScene) => {
    const words = sceneWords(scene, language);
    return { title: words.title, subtitle: words.caption, legendTitle: t(language, 'legend.title'), legend, credits };
  };
  const measuring = document.createElement('canvas').getContext('2d');
  const measure: Measure = (text, fontSize, weight) => {
    if (!measuring) return 0;
    measuring.font = `${weight} ${fontSize}px ${fontFamily}`;
    return measuring.measureText(text).width;
  };
  const captionBottom = (scene: TourScene) => {
    const { title } = layoutOverlays(size.width, size.height, { ...content(scene), metresPerPixel: 1 }, measure);
    return title.y + title.height;
  };
  return {
    captionRoom: Math.max(0, ...scenes.map(captionBottom)),
    draw: (image: MapImage, scene: TourScene) => composeMapImage(image, content(scene), colors, fontFamily),
  };
}
