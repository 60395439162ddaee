import type { ImageSize } from '../../export/frame';
import type { TourScene } from '../../data/tourSchema';
import { canonicalLayers, isLayerGroup, type LayerGroup } from '../../state/layerGroups';
import type { Language } from '../../state/vocabulary';
import type { VideoCamera } from './flightPath';

/**
 * What a tour scene puts in a video frame (pure): its camera, its zones and layers as the tour shows
 * them (features/tour/tourModel.ts `sceneState`; tests/unit/videoTimeline.test.ts checks they agree),
 * and its words in the video's language.
 */

export const sceneCamera = (scene: TourScene): VideoCamera => ({
  center: scene.camera.center,
  zoom: scene.camera.zoom,
  bearing: scene.camera.bearing,
  pitch: scene.camera.pitch,
});

export interface SceneLook {
  visibleLayers: LayerGroup[];
  highlightedIds: string[];
  selectedId: string | null;
}

/** The scene's layers, all its zones highlighted and the first selected; zones the data lacks left out. */
export function sceneLook(scene: TourScene, zoneIds: ReadonlySet<string>): SceneLook {
  const known = scene.zones.filter((id) => zoneIds.has(id));
  return {
    visibleLayers: canonicalLayers(scene.layers.filter(isLayerGroup)),
    highlightedIds: known,
    selectedId: known[0] ?? null,
  };
}

/** The scene's title and caption in `language`. */
export const sceneWords = (scene: TourScene, language: Language): { title: string; caption: string } =>
  language === 'zh'
    ? { title: scene.title_zh, caption: scene.caption_zh }
    : { title: scene.title_en, caption: scene.caption_en };

export type VideoContainer = 'mp4' | 'webm';

/** The sizes offered, largest first: Full HD, and 720p for a smaller file. */
export const VIDEO_SIZES = ['1920x1080', '1280x720'] as const;
export type VideoSizeChoice = (typeof VIDEO_SIZES)[number];

export const videoSizeOf = (choice: VideoSizeChoice): ImageSize => {
  const [width, height] = choice.split('x').map(Number) as [number, number];
  return { width, height };
};

export const videoFileName = ({ width, height }: ImageSize, container: VideoContainer, language: Language): string =>
  `beijing-ftz-atlas-tour-${language}-${width}x${height}.${container}`;
