/**
 * The one source of truth for app state. Views read it, call `update` to change it, and subscribe to
 * the slice they show; no view talks to another view.
 */
export interface Store<S> {
  get(): S;
  update(patch: Partial<S>): void;
  /** Calls `listener` after every change, with the new and previous state. Returns an unsubscribe. */
  subscribe(listener: (state: S, previous: S) => void): () => void;
  /**
   * Calls `listener` when the slice `selector` picks out changes, with the new and previous slice.
   * A slice is compared with Object.is, or element by element when it is an array, so
   * `(s) => [s.language, s.selectedId]` fires only when one of the two changes. Returns an unsubscribe.
   */
  select<T>(selector: (state: S) => T, listener: (slice: T, previous: T) => void): () => void;
}

/** Object.is, or element-wise Object.is for two arrays (a slice of several fields). */
export function sameSlice(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
  return Object.is(a, b);
}

export function createStore<S extends object>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<(state: S, previous: S) => void>();
  const subscribe = (listener: (state: S, previous: S) => void) => {
    // A wrapper per subscription, so subscribing the same function twice gives two independent unsubscribes.
    const entry = (next: S, previous: S) => listener(next, previous);
    listeners.add(entry);
    return () => void listeners.delete(entry);
  };
  return {
    get: () => state,
    update(patch) {
      const changed = (Object.keys(patch) as (keyof S)[]).some((key) => !Object.is(patch[key], state[key]));
      if (!changed) return;
      const previous = state;
      state = { ...state, ...patch };
      for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe,
    select(selector, listener) {
      let current = selector(state);
      return subscribe((next) => {
        const slice = selector(next);
        if (sameSlice(slice, current)) return;
        const previous = current;
        current = slice;
        listener(slice, previous);
      });
    },
  };
}
