import { formatArea, langTag, otherLanguage, t, zoneNames } from '../i18n';
import { element } from './dom';
import { createScope, type Panel } from './panel';

const OFFSET = 14;

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
    // Sizes are read when they can change (content, resize), never on a pointer move: reading layout
    // there would force the browser to lay out the page on every move, right after the hover changed it.
    let areaBox = { left: 0, top: 0, width: 0, height: 0 };
    let card = { width: 0, height: 0 };
    let frame = 0;
    const measureArea = () => {
      const box = area.getBoundingClientRect();
      areaBox = { left: box.left, top: box.top, width: box.width, height: box.height };
    };
    const resize = new ResizeObserver(measureArea);
    resize.observe(area);
    // The map can move without changing size (a header that wraps differently): measure on entry too.
    scope.listen(area, 'pointerenter', measureArea);

    const place = () => {
      frame = 0;
      if (!pointer) return;
      const maxX = areaBox.width - card.width - 4;
      const maxY = areaBox.height - card.height - 4;
      // Flip to the other side of the pointer rather than run off the edge.
      const x = pointer.x + OFFSET > maxX ? pointer.x - OFFSET - card.width : pointer.x + OFFSET;
      const y = pointer.y + OFFSET > maxY ? pointer.y - OFFSET - card.height : pointer.y + OFFSET;
      tooltip.style.transform = `translate(${Math.max(4, x)}px, ${Math.max(4, y)}px)`;
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
      card = { width: tooltip.offsetWidth, height: tooltip.offsetHeight };
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
