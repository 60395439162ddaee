import { formatArea, langTag, otherLanguage, zoneNames } from '../../i18n/index';
import { element } from '../../shell/dom';
import { createScope, type Panel } from '../../shell/panel';
import { t } from './strings';

const OFFSET = 14;
/** The card's largest size in rem: its CSS max-width (overlays.css), and four lines of text. */
const CARD_MAX_REM = { width: 16, height: 6 };

/**
 * Where the card goes for a pointer at `pointer` in a map of size `area` (both in CSS pixels): below
 * right of the pointer, flipped to the other side where a card of up to `cardMax` would run off the
 * edge. The flip is a `translate(-100%)` of the card's own size, so placing it never reads its layout.
 */
export function tooltipTransform(
  pointer: { x: number; y: number },
  area: { width: number; height: number },
  cardMax: { width: number; height: number },
): string {
  const flipX = pointer.x + OFFSET + cardMax.width > area.width - 4;
  const flipY = pointer.y + OFFSET + cardMax.height > area.height - 4;
  const x = flipX ? pointer.x - OFFSET : pointer.x + OFFSET;
  const y = flipY ? pointer.y - OFFSET : pointer.y + OFFSET;
  return `translate(${x}px, ${y}px) translate(${flipX ? '-100%' : '0'}, ${flipY ? '-100%' : '0'})`;
}

/**
 * The hover card: name, kind and official area of the zone under a mouse pointer. It shows only while
 * the pointer is over the map (hovering the list highlights the map instead), follows the pointer,
 * stays inside the map, and is hidden from screen readers, which get the same facts from the list.
 */
export const tooltipPanel: Panel = {
  id: 'tooltip',
  slot: 'tooltip',
  mount(tooltip, { store, zones }) {
    const scope = createScope();
    const area = document.getElementById('map');
    if (!area) return scope.dispose;
    const byId = new Map(zones.features.map((f) => [f.properties.id, f.properties]));
    tooltip.setAttribute('aria-hidden', 'true');
    let pointer: { x: number; y: number } | null = null;
    // The map's box is read when it can change (resize, entry), and the card's size never: reading
    // layout on a pointer move or a hover change would make the browser lay out the page right there,
    // before the map can draw the hover (about 1 ms a move measured here).
    let areaBox = { left: 0, top: 0, width: 0, height: 0 };
    let cardMax = { width: 256, height: 96 };
    let frame = 0;
    const measureArea = () => {
      const box = area.getBoundingClientRect();
      areaBox = { left: box.left, top: box.top, width: box.width, height: box.height };
      // The projector theme enlarges the root font, and with it the card.
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      cardMax = { width: CARD_MAX_REM.width * rem, height: CARD_MAX_REM.height * rem };
    };
    const resize = new ResizeObserver(measureArea);
    resize.observe(area);
    // The map can move without changing size (a header that wraps differently): measure on entry too.
    scope.listen(area, 'pointerenter', measureArea);

    const place = () => {
      frame = 0;
      if (pointer) tooltip.style.transform = tooltipTransform(pointer, areaBox, cardMax);
    };
    /** One position write per frame, however many pointer events arrive in it. */
    const schedulePlace = () => {
      if (!frame) frame = requestAnimationFrame(place);
    };

    const render = () => {
      const { hoveredId, language } = store.get();
      const zone = hoveredId ? byId.get(hoveredId) : undefined;
      if (!zone || !pointer) {
        tooltip.hidden = true;
        return;
      }
      const [primary, secondary] = zoneNames(zone, language);
      const areaText =
        zone.official_area_km2 === null
          ? t(language, 'details.areaNotPublished')
          : formatArea(language, zone.official_area_km2);
      tooltip.replaceChildren(
        element('strong', { class: 'tooltip-name', lang: langTag(language) }, primary),
        element('span', { class: 'tooltip-secondary', lang: langTag(otherLanguage(language)) }, secondary),
        element('span', { class: 'tooltip-kind' }, t(language, `kind.${zone.kind}`)),
        element('span', { class: 'tooltip-area' }, `${t(language, 'details.officialArea')}: ${areaText}`),
      );
      tooltip.hidden = false;
      schedulePlace();
    };

    scope.listen(area, 'pointermove', (event) => {
      if (event.pointerType !== 'mouse') return;
      pointer = { x: event.clientX - areaBox.left, y: event.clientY - areaBox.top };
      if (tooltip.hidden) render();
      else schedulePlace();
    });
    scope.listen(area, 'pointerleave', () => {
      pointer = null;
      render();
    });
    scope.add(
      store.select((state) => [state.hoveredId, state.language], render),
      () => {
        resize.disconnect();
        cancelAnimationFrame(frame);
        tooltip.hidden = true;
        tooltip.replaceChildren();
      },
    );
    return scope.dispose;
  },
};
