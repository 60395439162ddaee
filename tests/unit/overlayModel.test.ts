import { describe, expect, it } from 'vitest';
import {
  anchorText,
  arrowStep,
  cameraAround,
  dragged,
  movedText,
  nameIn,
  overlayTexts,
} from '../../src/features/planner/overlayModel';

describe('the true-size overlay’s model', () => {
  const zone = { en: 'Daxing Airport', zh: '大兴机场' };

  it('names a zone in the language, an imported feature as it names itself', () => {
    expect(nameIn(zone, 'en')).toBe('Daxing Airport');
    expect(nameIn(zone, 'zh')).toBe('大兴机场');
    expect(nameIn('My site', 'zh')).toBe('My site');
  });

  it('writes the control’s texts, with or without a published area', () => {
    const texts = overlayTexts('en', zone, 12.5, 12.3456);
    expect(texts.heading).toContain('Daxing Airport');
    expect(texts.official).toContain('12.5');
    expect(texts.mapped).toContain('12.35');
    expect(overlayTexts('en', zone, null, 1).official).toBe(overlayTexts('en', zone, undefined, 1).official);
    expect(overlayTexts('en', zone, null, 1).official).not.toContain('12.5');
  });

  it('steps with the arrow keys, five times further with Shift, and ignores other keys', () => {
    expect(arrowStep('ArrowUp', false)).toEqual({ bearing: 0, direction: 'north', pixels: 20 });
    expect(arrowStep('ArrowRight', false)).toMatchObject({ bearing: 90, direction: 'east' });
    expect(arrowStep('ArrowDown', true)).toEqual({ bearing: 180, direction: 'south', pixels: 120 });
    expect(arrowStep('ArrowLeft', false)).toMatchObject({ bearing: 270, direction: 'west' });
    expect(arrowStep('Enter', false)).toBeNull();
  });

  it('announces a step with the name, the distance and the direction', () => {
    const text = movedText('en', zone, 1.5, 'north');
    expect(text).toContain('Daxing Airport');
    expect(text).toContain('north');
    expect(movedText('zh', zone, 1.5, 'north')).toContain('北');
  });

  it('follows the pointer and writes the anchor to six decimals', () => {
    expect(dragged([116, 40], [116.1, 39.9], [116.3, 39.8])).toEqual([116 + 116.3 - 116.1, 40 + 39.8 - 39.9]);
    expect(anchorText([116.123456789, 39.1])).toBe('116.123457,39.1');
  });
});

describe('the camera for an outline laid at a place', () => {
  const size = { width: 900, height: 700 };
  const ring = (lng: number, lat: number, d: number) => [
    [
      [lng - d, lat - d],
      [lng + d, lat - d],
      [lng + d, lat + d],
      [lng - d, lat + d],
      [lng - d, lat - d],
    ],
  ];

  it('centres the place and shows the whole outline, the wider one from further away', () => {
    const at: [number, number] = [116.458, 39.912];
    const small = cameraAround({ type: 'Polygon', coordinates: ring(at[0], at[1], 0.01) }, at, size);
    const large = cameraAround({ type: 'Polygon', coordinates: ring(at[0] + 0.05, at[1], 0.1) }, at, size);
    expect(small.center).toEqual(at);
    expect(large.center).toEqual(at);
    expect(large.zoom).toBeLessThan(small.zoom);
    // The large outline reaches 0.15° east of the place: half the map's width at that zoom holds it.
    const degreesPerPixel = 360 / (512 * 2 ** large.zoom);
    expect(0.15 / degreesPerPixel).toBeLessThan(size.width / 2);
  });
});
