import { describe, expect, it } from 'vitest';
import { fullAtlasUrl } from '../../src/features/embed/embedBar.lazy';

describe('the link to the full atlas from an embedded one', () => {
  it('keeps the view and drops the embed-only parameters (embed, origins, hide)', () => {
    const href =
      'https://atlas.example.org/ftz/?center=116.46,39.915&zoom=12.5&zone=cbd-part&lang=zh&embed=1&hide=details,bar&origins=https://slides.example.org';
    expect(fullAtlasUrl({ href })).toBe(
      'https://atlas.example.org/ftz/?center=116.46,39.915&zoom=12.5&zone=cbd-part&lang=zh',
    );
  });
});
