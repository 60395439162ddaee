import { describe, expect, it } from 'vitest';
import { fullAtlasUrl, fullScreenStep } from '../../src/features/embed/embedBar.lazy';

describe('the link to the full atlas from an embedded one', () => {
  it('keeps the view and drops the embed-only parameters (embed, origins, hide)', () => {
    const href =
      'https://atlas.example.org/ftz/?center=116.46,39.915&zoom=12.5&zone=cbd-part&lang=zh&embed=1&hide=details,bar&origins=https://slides.example.org';
    expect(fullAtlasUrl({ href })).toBe(
      'https://atlas.example.org/ftz/?center=116.46,39.915&zoom=12.5&zone=cbd-part&lang=zh',
    );
  });
});

describe('a press of the full-screen button', () => {
  it('leaves full screen when in it, else asks the Fullscreen API where the page may, else fills the frame', () => {
    expect(fullScreenStep({ fullScreen: true, pseudo: false, apiEnabled: true })).toBe('exit-full-screen');
    expect(fullScreenStep({ fullScreen: false, pseudo: true, apiEnabled: true })).toBe('exit-pseudo');
    expect(fullScreenStep({ fullScreen: false, pseudo: false, apiEnabled: true })).toBe('request-full-screen');
    expect(fullScreenStep({ fullScreen: false, pseudo: false, apiEnabled: false })).toBe('fill-frame');
  });
});
