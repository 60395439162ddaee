/**
 * The one source of truth for app state. Views read it, call `update` to change it, and subscribe to
 * hear about changes; no view talks to another view.
 */
export interface Store<S> {
  get(): S;
  update(patch: Partial<S>): void;
  /** Calls `listener` after every change, with the new and previous state. Returns an unsubscribe. */
  subscribe(listener: (state: S, previous: S) => void): () => void;
}

export function createStore<S extends object>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<(state: S, previous: S) => void>();
  return {
    get: () => state,
    update(patch) {
      const changed = (Object.keys(patch) as (keyof S)[]).some((key) => !Object.is(patch[key], state[key]));
      if (!changed) return;
      const previous = state;
      state = { ...state, ...patch };
      for (const listener of listeners) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
