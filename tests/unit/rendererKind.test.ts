import { describe, expect, it } from 'vitest';
import { rendererKind } from '../../src/map/framing';

const DEBUG_INFO = { UNMASKED_RENDERER_WEBGL: 0x9246 };

/** A WebGL2 context that answers `RENDERER` with `renderer` and, if given, the debug extension with `unmasked`. */
function contextSaying(renderer: string, unmasked?: string) {
  const asked: string[] = [];
  const context = {
    RENDERER: 0x1f01,
    getParameter: (name: number) => (name === 0x1f01 ? renderer : unmasked),
    getExtension: (name: string) => {
      asked.push(name);
      return name === 'WEBGL_debug_renderer_info' && unmasked !== undefined ? DEBUG_INFO : null;
    },
  };
  return { context: context as unknown as WebGL2RenderingContext, asked };
}

describe('rendererKind: a GPU or the CPU draws the map', () => {
  it('finds SwiftShader behind the name Chromium shows', () => {
    const { context } = contextSaying(
      'WebKit WebGL',
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
    );
    expect(rendererKind(context)).toBe('software');
  });

  it('takes a GPU as hardware', () => {
    const { context } = contextSaying(
      'WebKit WebGL',
      'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0)',
    );
    expect(rendererKind(context)).toBe('hardware');
  });

  it('reads Firefox’s own name, without asking the extension it warns about', () => {
    const { context, asked } = contextSaying('llvmpipe, or similar');
    expect(rendererKind(context)).toBe('software');
    expect(asked).not.toContain('WEBGL_debug_renderer_info');
    expect(rendererKind(contextSaying('Radeon R9 200 Series, or similar').context)).toBe('hardware');
  });

  it('takes a hidden name with no extension to tell it as hardware (the attribute stays off)', () => {
    expect(rendererKind(contextSaying('WebKit WebGL').context)).toBe('hardware');
  });
});
