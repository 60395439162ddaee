import { describe, expect, it } from 'vitest';
import type { TourScene } from '../../src/data/tourSchema';
import {
  fullAtlasHref,
  sceneState,
  sceneText,
  stepButtonsDisabled,
  stepWithin,
} from '../../src/features/tour/tourModel';

const scene: TourScene = {
  id: 'two-zones',
  camera: { center: [116.4, 39.9], zoom: 10, bearing: 0, pitch: 0 },
  zones: ['cbd', 'not-in-the-data', 'daxing-airport'],
  layers: ['districts', 'ftz-area', 'not-a-layer'],
  title_en: 'Two zones',
  title_zh: '两区',
  caption_en: 'One city, two zones.',
  caption_zh: '一座城市，两个区。',
  sources: [],
};

describe('the tour model', () => {
  it('keeps a step within the scenes', () => {
    expect([0, 1, 3, 5, 9].map((step) => stepWithin(step, 5))).toEqual([1, 1, 3, 5, 5]);
  });

  it('turns Previous off at the first scene and Next off at the last', () => {
    expect(stepButtonsDisabled(1, 3)).toEqual({ previous: true, next: false });
    expect(stepButtonsDisabled(2, 3)).toEqual({ previous: false, next: false });
    expect(stepButtonsDisabled(3, 3)).toEqual({ previous: false, next: true });
    expect(stepButtonsDisabled(1, 1)).toEqual({ previous: true, next: true });
  });

  it('gives the scene’s text in the visitor’s language, with its language tag', () => {
    expect(sceneText(scene, 'en')).toEqual({ lang: 'en', title: 'Two zones', caption: 'One city, two zones.' });
    expect(sceneText(scene, 'zh')).toEqual({ lang: 'zh-CN', title: '两区', caption: '一座城市，两个区。' });
  });

  it('shows the scene’s known layers, highlights its known zones and selects the first', () => {
    const state = sceneState(scene, new Set(['cbd', 'daxing-airport', 'tianzhu']));
    expect(state.highlightedIds).toEqual(['cbd', 'daxing-airport']);
    expect(state.selectedId).toBe('cbd');
    expect(state.visibleLayers).toEqual(['ftz-area', 'districts']);
    expect(sceneState(scene, new Set()).selectedId).toBeNull();
  });

  it('links an embedded frame to the full atlas at the same place', () => {
    const embedded = 'https://atlas.example/?embed=1&tour=1&step=3&origins=https%3A%2F%2Fhost.example&hide=legend';
    expect(fullAtlasHref(embedded)).toBe('https://atlas.example/?tour=1&step=3');
  });
});
