import { metresPerPixel, type ImageSize } from '../../export/frame';
import { svgToCanvas } from '../../export/image';
import type { MapImage } from '../../export/frame';
import type { SvgMap } from './svgMap';

/** The presentation properties the map's stylesheet sets: inlined, since an SVG file has no page CSS. */
const PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linejoin',
  'stroke-linecap',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'paint-order',
  'text-anchor',
  'dominant-baseline',
  'vector-effect',
] as const;

/** Elements styled per task: a few hundred getComputedStyle calls, then the page gets a turn. */
const BATCH = 300;
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The SVG map as a standalone document showing the live view at `size`: the live view contained and
 * centred (as src/export/frame.ts does for MapLibre), every colour resolved from the current theme.
 */
export async function svgMapDocument(map: SvgMap, size: ImageSize): Promise<{ markup: string; scale: number }> {
  const live = map.size();
  const scale = Math.min(size.width / live.width, size.height / live.height);
  const [viewWidth, viewHeight] = [size.width / scale, size.height / scale];
  const [x, y] = [(live.width - viewWidth) / 2, (live.height - viewHeight) / 2];
  const original = map.element;
  const clone = original.cloneNode(true) as SVGSVGElement;
  const sources = [...original.querySelectorAll('*')];
  const copies = [...clone.querySelectorAll('*')];
  const land = clone.querySelector(':scope > rect.svg-land');
  const hidden: Element[] = [];
  for (let start = 0; start < sources.length; start += BATCH) {
    for (let index = start; index < Math.min(sources.length, start + BATCH); index++) {
      const computed = getComputedStyle(sources[index]!);
      const copy = copies[index] as SVGElement;
      if (computed.display === 'none') {
        hidden.push(copy);
        continue;
      }
      const declarations = PROPERTIES.map((name) => {
        let value = computed.getPropertyValue(name);
        // A non-scaling stroke keeps its width in image pixels: widen it as the image magnifies the map.
        if (
          (name === 'stroke-width' || name === 'stroke-dasharray') &&
          computed.vectorEffect === 'non-scaling-stroke'
        ) {
          value = value.replace(/[\d.]+(?:px)?/g, (number) => `${parseFloat(number) * scale}px`);
        }
        return `${name}:${value}`;
      });
      copy.setAttribute('style', declarations.join(';'));
    }
    await yieldToPage();
  }
  hidden.forEach((element) => element.remove());
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(size.width));
  clone.setAttribute('height', String(size.height));
  clone.setAttribute('viewBox', `${x} ${y} ${viewWidth} ${viewHeight}`);
  clone.removeAttribute('class');
  clone.removeAttribute('style');
  // The land fills the whole image, not only the part the screen showed.
  land?.setAttribute('x', String(x));
  land?.setAttribute('y', String(y));
  land?.setAttribute('width', String(viewWidth));
  land?.setAttribute('height', String(viewHeight));
  return { markup: new XMLSerializer().serializeToString(clone), scale };
}

/** The no-WebGL map drawn at `size`: its SVG serialised with the theme's colours, drawn by the browser at that size. */
export async function renderSvgMapImage(map: SvgMap, size: ImageSize): Promise<MapImage> {
  const { markup, scale } = await svgMapDocument(map, size);
  const canvas = await svgToCanvas(markup, size.width, size.height);
  const camera = map.camera();
  return { canvas, metresPerPixel: metresPerPixel(camera.center[1], camera.zoom) / scale };
}
