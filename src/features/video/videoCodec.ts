import type { ImageSize } from '../../export/frame';
import type { VideoContainer } from './sceneFrame';

/**
 * Which encoder a video uses: H.264 in MP4 where the browser can encode it (High, then Main, then
 * Baseline profile, all level 4.0, which holds 1920 × 1080 at 30 fps), else VP9 or VP8 in WebM. The
 * browser is asked through `supports` (VideoEncoder.isConfigSupported), so the choice is testable.
 */

export interface CodecChoice {
  container: VideoContainer;
  /** The WebCodecs codec string. */
  codec: string;
  /** Mediabunny's name of the codec. */
  family: 'avc' | 'vp9' | 'vp8';
}

export const CANDIDATES: Record<VideoContainer, readonly CodecChoice[]> = {
  mp4: [
    { container: 'mp4', codec: 'avc1.640028', family: 'avc' },
    { container: 'mp4', codec: 'avc1.4d0028', family: 'avc' },
    { container: 'mp4', codec: 'avc1.420028', family: 'avc' },
  ],
  webm: [
    { container: 'webm', codec: 'vp09.00.40.08', family: 'vp9' },
    { container: 'webm', codec: 'vp8', family: 'vp8' },
  ],
};

export const FPS = 30;

/** About 3 bits a pixel a second: 6 Mbit/s at 1920 × 1080; a map that holds still costs far less. */
export const bitrateFor = ({ width, height }: ImageSize): number => Math.round(width * height * 3);

/** The encoder's settings for `choice` at `size`. */
export function encoderConfig(choice: CodecChoice, size: ImageSize): VideoEncoderConfig {
  return {
    codec: choice.codec,
    width: size.width,
    height: size.height,
    bitrate: bitrateFor(size),
    framerate: FPS,
    // MP4 keeps the parameter sets in its header (avcC), not in the stream.
    ...(choice.family === 'avc' ? { avc: { format: 'avc' as const } } : {}),
  };
}

export type Supports = (config: VideoEncoderConfig) => Promise<boolean>;

/** The browser's answer; false where WebCodecs is missing or the question throws. */
export const browserSupports: Supports = async (config) => {
  if (typeof VideoEncoder === 'undefined') return false;
  try {
    return (await VideoEncoder.isConfigSupported(config)).supported === true;
  } catch {
    return false;
  }
};

/** The first codec of `container` the browser encodes at `size`, or null. */
export async function chooseCodec(
  container: VideoContainer,
  size: ImageSize,
  supports: Supports = browserSupports,
): Promise<CodecChoice | null> {
  for (const choice of CANDIDATES[container]) if (await supports(encoderConfig(choice, size))) return choice;
  return null;
}
