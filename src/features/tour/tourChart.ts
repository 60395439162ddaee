/**
 * Scrolls the charts drawer, and only it (scrollIntoView would shift the whole page), to `figure`;
 * returns how far the figure was from the drawer's top before, px (0: it was there already).
 */
export function scrollDrawerTo(figure: HTMLElement): number | null {
  const drawer = figure.closest<HTMLElement>('.charts-drawer');
  if (!drawer) return null;
  // Below the drawer's sticky header, which would cover the chart's title.
  const header = drawer.querySelector('.charts-header')?.getBoundingClientRect().height ?? 0;
  const offset = figure.getBoundingClientRect().top - drawer.getBoundingClientRect().top - header;
  drawer.scrollTo({ top: offset + drawer.scrollTop });
  return offset;
}

/**
 * Keeps the drawer at the chart while it is built and its charts above draw (the drawer loads lazily,
 * and a chart that draws grows and pushes the next one down): each frame for up to two seconds, until
 * the chart has stood still for a quarter of one, while `active()` holds. Opening the drawer focuses
 * its heading; the focus goes back to `keep` (where it was: the caption's button or title), or nowhere
 * if it was nowhere, as the presenter's keys belong to the caption.
 */
export function settleOnChart(
  chart: string,
  keep: HTMLElement | null,
  active: () => boolean,
  frames = 120,
  still = 0,
): void {
  const figure = document.getElementById(`chart-${chart}`);
  const top = figure && figure.getClientRects().length > 0 ? scrollDrawerTo(figure) : null;
  // Only the heading the drawer focuses on opening: a visitor's own click into the drawer stays.
  const heading = document.activeElement;
  if (heading instanceof HTMLElement && heading.id === 'charts-heading') {
    if (keep?.isConnected) keep.focus({ preventScroll: true });
    else heading.blur();
  }
  const stillFor = top !== null && Math.abs(top) < 2 ? still + 1 : 0;
  if (frames > 0 && stillFor < 15 && active()) {
    requestAnimationFrame(() => settleOnChart(chart, keep, active, frames - 1, stillFor));
  }
}
