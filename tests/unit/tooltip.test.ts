import { describe, expect, it } from 'vitest';
import { tooltipTransform } from '../../src/features/explore/tooltip.lazy';

const area = { width: 900, height: 700 };
const card = { width: 256, height: 96 };

describe('where the hover card goes', () => {
  it('sits below and right of the pointer where there is room', () => {
    expect(tooltipTransform({ x: 100, y: 100 }, area, card)).toBe('translate(114px, 114px) translate(0, 0)');
  });

  it('flips to the left of the pointer near the right edge, by its own width', () => {
    expect(tooltipTransform({ x: 800, y: 100 }, area, card)).toBe('translate(786px, 114px) translate(-100%, 0)');
  });

  it('flips above the pointer near the bottom edge, and into the corner in the corner', () => {
    expect(tooltipTransform({ x: 100, y: 650 }, area, card)).toBe('translate(114px, 636px) translate(0, -100%)');
    expect(tooltipTransform({ x: 880, y: 690 }, area, card)).toBe('translate(866px, 676px) translate(-100%, -100%)');
  });
});
