import { element } from '../../shell/dom';

/**
 * A comparison table in a box that scrolls sideways, with cues at the edges that hide columns: a
 * shadow beside the pinned first column once scrolled, and a fade with an arrow button at the right
 * while columns are still off-screen (the audit found the distance, station and district columns
 * hidden with nothing to say they were there). The box is focusable, so keyboard users can scroll it
 * (axe, scrollable-region-focusable), and named after the table's caption. The arrow button is for
 * the pointer, like the zone list's `+`: out of the Tab order and hidden from screen readers, who read
 * the table cell by cell and miss nothing.
 */
export interface ScrollingTable {
  root: HTMLElement;
  dispose(): void;
}

export function scrollingTable(table: HTMLTableElement, className: string): ScrollingTable {
  const label = table.caption?.textContent ?? '';
  const box = element('div', { class: 'compare-scroll', tabindex: '0', role: 'group', 'aria-label': label }, table);
  const more = element('button', { type: 'button', class: 'compare-more', tabindex: '-1', 'aria-hidden': 'true' }, '→');
  const root = element('div', { class: `compare-table-wrap ${className}` }, box, more);
  // The width of the pinned column, so a press scrolls by what is visible beside it.
  const pinnedWidth = () => table.querySelector('tbody th')?.getBoundingClientRect().width ?? 0;
  more.addEventListener('click', () =>
    box.scrollBy({ left: Math.max(box.clientWidth - pinnedWidth() - 32, 80), behavior: 'smooth' }),
  );

  const update = () => {
    // A pixel of slack: zoomed pages report fractional scroll positions.
    const start = box.scrollLeft > 1;
    const end = box.scrollLeft + box.clientWidth < box.scrollWidth - 1;
    root.toggleAttribute('data-more-start', start);
    root.toggleAttribute('data-more-end', end);
    more.hidden = !end;
  };
  box.addEventListener('scroll', update, { passive: true });
  const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
  observer?.observe(box);
  observer?.observe(table);
  update();
  return { root, dispose: () => observer?.disconnect() };
}
