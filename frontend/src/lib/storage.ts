/**
 * Web storage that never throws: private modes and sandboxed frames may refuse access,
 * and the app must then keep working without persistence.
 */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

function safe(getStorage: () => Storage): KeyValueStorage {
  return {
    getItem(key) {
      try {
        return getStorage().getItem(key);
      } catch {
        return null;
      }
    },
    setItem(key, value) {
      try {
        getStorage().setItem(key, value);
      } catch {
        // Persistence is best effort.
      }
    },
    removeItem(key) {
      try {
        getStorage().removeItem(key);
      } catch {
        // Persistence is best effort.
      }
    },
  };
}

export const local: KeyValueStorage = safe(() => window.localStorage);
export const session: KeyValueStorage = safe(() => window.sessionStorage);

/** An in-memory storage, for tests. */
export function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage {
  const map = new Map(Object.entries(initial));
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => {
      map.set(key, value);
    },
    removeItem: (key) => {
      map.delete(key);
    },
  };
}
