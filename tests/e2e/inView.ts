import type { Frame, Page } from 'playwright-core';

/**
 * Where the zones `ids` are on the MapLibre map, as a person would check: every zone's outline box is
 * inside the map and overlaps none of the boxes that float over it (the embedded details, the tour's
 * caption). Returns what is wrong, one line per problem, so an empty list means "all in view"; also
 * not empty while the map is still moving.
 */
export function zonesHidden(target: Page | Frame, ids: readonly string[]): Promise<string[]> {
  return target.evaluate((zoneIds) => {
    const { map, zones } = window.atlas!;
    if (map.isMoving()) return ['the map is moving'];
    const container = map.getContainer().getBoundingClientRect();
    const covers = [...document.querySelectorAll<HTMLElement>('.sidebar, #tour')]
      .filter((box) => !box.hidden && box.getClientRects().length > 0)
      .map((box) => ({ name: box.id || box.className, rect: box.getBoundingClientRect() }))
      .filter(({ rect }) => rect.left < container.right && rect.right > container.left)
      .filter(({ rect }) => rect.top < container.bottom && rect.bottom > container.top);
    const problems: string[] = [];
    for (const id of zoneIds) {
      const feature = zones.features.find((zone) => zone.properties.id === id);
      if (!feature) {
        problems.push(`${id}: no such zone`);
        continue;
      }
      const points: number[][] = [];
      const collect = (value: unknown): void => {
        if (Array.isArray(value) && typeof value[0] === 'number') points.push(value as number[]);
        else if (Array.isArray(value)) value.forEach(collect);
      };
      collect((feature.geometry as { coordinates: unknown }).coordinates);
      const xs = points.map(([lng, lat]) => map.project([lng!, lat!]).x + container.left);
      const ys = points.map(([lng, lat]) => map.project([lng!, lat!]).y + container.top);
      const box = { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
      if (
        box.left < container.left ||
        box.right > container.right ||
        box.top < container.top ||
        box.bottom > container.bottom
      )
        problems.push(`${id}: outside the map`);
      for (const { name, rect } of covers) {
        const overlaps =
          box.left < rect.right && box.right > rect.left && box.top < rect.bottom && box.bottom > rect.top;
        if (overlaps) problems.push(`${id}: under ${name}`);
      }
    }
    return problems;
  }, ids);
}

/**
 * The visible controls among `selector` that the page's notice (`#status`) covers, by their text: empty
 * when no notice is shown or it covers none of them.
 */
export function controlsUnderNotice(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((wanted) => {
    const notice = document.getElementById('status');
    if (!notice || notice.hidden) return [];
    const box = notice.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>(wanted)]
      .filter((control) => control.getClientRects().length > 0)
      .filter((control) => {
        const rect = control.getBoundingClientRect();
        return rect.left < box.right && rect.right > box.left && rect.top < box.bottom && rect.bottom > box.top;
      })
      .map((control) => control.textContent ?? control.className);
  }, selector);
}
