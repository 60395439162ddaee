import type { TourScene } from '../../data/tourSchema';
import { canonicalLayers, isLayerGroup, type LayerGroup } from '../../state/layerGroups';
import type { Language } from '../../state/vocabulary';

/**
 * The tour's model: what a step shows and where it leads, without the DOM (tour.lazy.ts draws it and
 * moves the map).
 */

/** A step asked for (by a button, a key, a link or the host page), kept within the tour's scenes. */
export const stepWithin = (step: number, sceneCount: number): number => Math.min(Math.max(step, 1), sceneCount);

/** Which of the step buttons are off: none before the first scene, none after the last. */
export const stepButtonsDisabled = (step: number, sceneCount: number) => ({
  previous: step <= 1,
  next: step >= sceneCount,
});

/** The scene's title and caption in the visitor's language, and the language tag of that text. */
export function sceneText(scene: TourScene, language: Language): { lang: string; title: string; caption: string } {
  return language === 'zh'
    ? { lang: 'zh-CN', title: scene.title_zh, caption: scene.caption_zh }
    : { lang: 'en', title: scene.title_en, caption: scene.caption_en };
}

/**
 * What the scene puts in the state: its layers, all its zones highlighted and the first selected. Zones
 * the data does not have (`zoneIds`) are left out.
 */
export function sceneState(
  scene: TourScene,
  zoneIds: ReadonlySet<string>,
): { visibleLayers: LayerGroup[]; highlightedIds: string[]; selectedId: string | null } {
  const known = scene.zones.filter((id) => zoneIds.has(id));
  return {
    visibleLayers: canonicalLayers(scene.layers.filter(isLayerGroup)),
    highlightedIds: known,
    selectedId: known[0] ?? null,
  };
}

/** The full atlas at the same place: an embedded frame's address without the parameters that embed it. */
export function fullAtlasHref(embeddedHref: string): string {
  const url = new URL(embeddedHref);
  for (const param of ['embed', 'origins', 'hide']) url.searchParams.delete(param);
  return url.href;
}
