import { describe, expect, it } from 'vitest';
import { projectionFor, toMercator, TILE_SIZE } from '../../src/map/svg/projection';
import { centreFor, KEY_PAN_PX, keyMove, restingView, transformFor, wheelDelta } from '../../src/map/svg/svgZoomModel';

describe('the SVG map’s camera under d3-zoom', () => {
  const size = { width: 1000, height: 700 };
  const base = { center: [116.4, 39.9] as [number, number], zoom: 10, bearing: 0 };
  const project = projectionFor(base, size);

  it('shows the drawing’s own camera with the identity transform', () => {
    const { k, x, y } = transformFor(base, base.zoom, project, size);
    expect(k).toBe(1);
    expect(x).toBeCloseTo(0, 9);
    expect(y).toBeCloseTo(0, 9);
  });

  it('puts a camera’s centre in the middle of the map, scaled by its zoom', () => {
    const camera = { center: [116.5, 40] as [number, number], zoom: 12 };
    const transform = transformFor(camera, base.zoom, project, size);
    expect(transform.k).toBe(4);
    const [px, py] = project(camera.center);
    expect(transform.k * px + transform.x).toBeCloseTo(size.width / 2, 9);
    expect(transform.k * py + transform.y).toBeCloseTo(size.height / 2, 9);
  });

  it('moves the centre so that the camera’s centre lands `offset` pixels away from it', () => {
    const zoom = 11;
    const centre = centreFor([116.4, 39.9], zoom, [100, -50]);
    const world = TILE_SIZE * 2 ** zoom;
    const [x0, y0] = toMercator([116.4, 39.9]);
    const [x1, y1] = toMercator(centre);
    expect((x0 - x1) * world).toBeCloseTo(100, 6);
    expect((y0 - y1) * world).toBeCloseTo(-50, 6);
    expect(centreFor([116.4, 39.9], zoom, [0, 0])[0]).toBeCloseTo(116.4, 9);
  });

  it('steps the wheel as d3-zoom does, without the tenfold Ctrl step of cooperative gestures', () => {
    expect(wheelDelta({ deltaY: 100, deltaMode: 0, ctrlKey: false }, false)).toBeCloseTo(-0.2, 9);
    expect(wheelDelta({ deltaY: 3, deltaMode: 1, ctrlKey: false }, false)).toBeCloseTo(-0.15, 9);
    expect(wheelDelta({ deltaY: 1, deltaMode: 2, ctrlKey: false }, false)).toBe(-1);
    // A trackpad pinch (Ctrl + wheel) zooms ten times faster, except where every zooming wheel holds Ctrl.
    expect(wheelDelta({ deltaY: 100, deltaMode: 0, ctrlKey: true }, false)).toBeCloseTo(-2, 9);
    expect(wheelDelta({ deltaY: 100, deltaMode: 0, ctrlKey: true }, true)).toBeCloseTo(-0.2, 9);
  });

  it('zooms with + = - and pans with the arrow keys; other keys are not the map’s', () => {
    expect(keyMove('+')).toEqual({ scaleBy: 2 });
    expect(keyMove('=')).toEqual({ scaleBy: 2 });
    expect(keyMove('-')).toEqual({ scaleBy: 0.5 });
    expect(keyMove('ArrowLeft')).toEqual({ panBy: [KEY_PAN_PX, 0] });
    expect(keyMove('ArrowRight')).toEqual({ panBy: [-KEY_PAN_PX, 0] });
    expect(keyMove('ArrowUp')).toEqual({ panBy: [0, KEY_PAN_PX] });
    expect(keyMove('ArrowDown')).toEqual({ panBy: [0, -KEY_PAN_PX] });
    expect(keyMove('Enter')).toBeNull();
  });

  it('records a rounded camera once a gesture ends', () => {
    expect(restingView({ center: [116.123456789, 39.987654321], zoom: 10.123456, bearing: 0 })).toEqual({
      center: [116.123457, 39.987654],
      zoom: 10.1235,
      bearing: 0,
    });
  });
});
