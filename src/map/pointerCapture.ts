/**
 * Maps whose clicks a planner tool has taken (measuring): the map view then opens no zone on a click.
 * A WeakSet keyed by the map, so this tiny module carries no state of its own per page.
 */
const captured = new WeakSet<object>();

export const setPointerCaptured = (map: object, on: boolean): void => {
  if (on) captured.add(map);
  else captured.delete(map);
};

export const isPointerCaptured = (map: object): boolean => captured.has(map);
