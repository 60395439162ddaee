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

    const place = () => {
      if (!pointer) return;
      const maxX = area.clientWidth - tooltip.offsetWidth - 4;
      const maxY = area.clientHeight - tooltip.offsetHeight - 4;
      // Flip to the other side of the pointer rather than run off the edge.
      const x = pointer.x + OFFSET > maxX ? pointer.x - OFFSET - tooltip.offsetWidth : pointer.x + OFFSET;
      const y = pointer.y + OFFSET > maxY ? pointer.y - OFFSET - tooltip.offsetHeight : pointer.y + OFFSET;
      tooltip.style.transform = `translate(${Math.max(4, x)}px, ${Math.max(4, y)}px)`;
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
      place();
    };

    scope.listen(area, 'pointermove', (event) => {
      if (event.pointerType !== 'mouse') return;
      const box = area.getBoundingClientRect();
      pointer = { x: event.clientX - box.left, y: event.clientY - box.top };
      if (tooltip.hidden) render();
      else place();
    });
    scope.listen(area, 'pointerleave', () => {
      pointer = null;
      render();
    });
    scope.add(
      store.select((state) => [state.hoveredId, state.language], render),
      () => {
        tooltip.hidden = true;
        tooltip.replaceChildren();
      },
    );
    return scope.dispose;
  },
};
