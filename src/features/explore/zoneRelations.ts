import type { ZoneProperties } from '../../data/schema';
import { langTag, localized } from '../../i18n/index';
import type { AppStore, Language } from '../../state/appState';
import { zoneLink } from './detailsParts';
import { element } from '../../shell/dom';
import { t } from './strings';

type ZoneLookup = ReadonlyMap<string, ZoneProperties>;

/**
 * "Contains" (zones inside this one that are not its parts: bonded zones, points; parts have their
 * own table) and "Drawn on the same outline as", each naming zones one can open.
 */
function relationRows(zone: ZoneProperties, zones: ZoneLookup, language: Language, store: AppStore) {
  const all = [...zones.values()];
  const sharing = all.filter((other) => other.same_outline_as === zone.id || other.id === zone.same_outline_as);
  const rows: [string, ZoneProperties[], string][] = [
    [t(language, 'details.contains'), all.filter((o) => o.parent === zone.id && o.kind !== 'ftz-part'), 'children'],
    [t(language, 'details.sharesOutline'), sharing, 'shared-outline'],
  ];
  return rows
    .filter(([, related]) => related.length > 0)
    .flatMap(([term, related, field]) => [
      element('dt', {}, term),
      element('dd', { 'data-field': field }, ...related.map((other) => zoneLink(other, language, store))),
    ]);
}

/**
 * What the details panel adds for zones that have it: links to related zones, the parks a
 * demonstration zone is built on, and how the zone was placed on the map.
 */
export function zoneExtras(
  zone: ZoneProperties,
  zones: ZoneLookup,
  language: Language,
  store: AppStore,
): HTMLElement[] {
  const extras: HTMLElement[] = [];
  const relations = relationRows(zone, zones, language, store);
  if (relations.length) extras.push(element('dl', { class: 'details-relations' }, ...relations));
  if (zone.parks?.length) {
    const parks = zone.parks.map((park) => {
      const linked = park.zone === undefined ? undefined : zones.get(park.zone);
      return element('li', {}, linked ? zoneLink(linked, language, store) : localized(park, 'name', language));
    });
    extras.push(element('h3', {}, t(language, 'details.parks')), element('ul', { class: 'details-parks' }, ...parks));
  }
  // The load-time rules (src/data/zoneRules.ts) guarantee the Chinese note wherever there is an English one.
  const note = localized(zone, 'location_note', language);
  if (note) {
    extras.push(
      element('h3', {}, t(language, 'details.placement')),
      element('p', { class: 'details-placement', 'data-field': 'placement', lang: langTag(language) }, note),
    );
  }
  return extras;
}
