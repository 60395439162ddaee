/**
 * The view the benchmark gives each of its pages (scripts/bench): `center=lng,lat`, `zoom`, and
 * `size=WxH`, the map's size in CSS pixels, so that every page draws the atlas's view on a canvas of
 * the same size. Sizes the page's `#map` and returns it with the camera.
 */
export function benchView(): { container: HTMLElement; center: [number, number]; zoom: number } {
  const params = new URLSearchParams(location.search);
  const [lng = 116.44, lat = 39.9] = (params.get('center') ?? '').split(',').filter(Boolean).map(Number);
  const container = document.getElementById('map')!;
  const size = params.get('size')?.split('x').map(Number);
  if (size?.length === 2) Object.assign(container.style, { width: `${size[0]}px`, height: `${size[1]}px` });
  return { container, center: [lng, lat], zoom: Number(params.get('zoom') ?? 9.2) };
}
