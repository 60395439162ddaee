import { element } from '../../shell/dom';
import type { LayOverSubject, PanelContext } from '../../shell/panel';
import { t } from './layOverStrings';

/**
 * The details' "Lay over" button (平移比较): tiny on purpose, since the details are part of the first
 * load; the overlay's code (trueSizeOverlay.lazy.ts, Turf) is fetched on the first press, through the planner
 * tools of the panel context. No button for
 * a point, in an embedded atlas (it has no planner tools) or on the SVG map (no WebGL).
 */
export function layOverButton(
  subject: LayOverSubject,
  { store, planner }: Pick<PanelContext, 'store' | 'planner'>,
): HTMLButtonElement | null {
  const root = document.documentElement.dataset;
  const { geometry } = subject;
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return null;
  if (root['embed'] !== undefined || root['map'] === 'svg') return null;
  const { language } = store.get();
  const button = element(
    'button',
    { type: 'button', class: 'lay-over-button', title: t(language, 'details.layOverHint') },
    t(language, 'details.layOver'),
  );
  // Pressed while the page still loads its planner tools, the overlay waits for them (busy meanwhile,
  // and a second press is not a second overlay); only a map that cannot draw it disables the button.
  let pending = false;
  button.addEventListener('click', () => {
    if (pending) return;
    pending = true;
    button.setAttribute('aria-busy', 'true');
    void planner
      .layOver(subject, button)
      .then(
        (shown) => {
          if (!shown) button.disabled = true;
        },
        () => {},
      )
      .finally(() => {
        pending = false;
        button.removeAttribute('aria-busy');
      });
  });
  return button;
}
