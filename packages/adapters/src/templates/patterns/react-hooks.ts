import type { Pattern } from '@buildwright/core';

const web: Pattern['kinds'] = ['web', 'dapp'];

/** Hooks a React app often needs: state kept across reloads, JSON fetched with loading and errors, an animation loop, IndexedDB. */
export const reactHookPatterns: Pattern[] = [
  {
    name: 'use-local-storage',
    kinds: web,
    category: 'hook',
    description: 'useState that survives a page reload: the value is kept as JSON in localStorage',
    tags: ['persist', 'persistence', 'save', 'remember', 'settings', 'preferences', 'offline', 'reload'],
    path: 'src/hooks/useLocalStorage.ts',
    code: `import { useEffect, useState } from 'react';

export function useLocalStorage<T>(key: string, initial: T) {
  const [value, setValue] = useState<T>(() => {
    try {
      const stored = localStorage.getItem(key);
      return stored === null ? initial : (JSON.parse(stored) as T);
    } catch {
      return initial; // private mode or a value written by another version
    }
  });
  useEffect(() => {
    try {
      localStorage.setItem(key, JSON.stringify(value));
    } catch {
      // quota exceeded: keep working in memory
    }
  }, [key, value]);
  return [value, setValue] as const;
}`,
  },
  {
    name: 'use-fetch-json',
    kinds: web,
    category: 'hook',
    description: 'Fetch JSON from an API with loading and error states, aborted when the component unmounts or the URL changes',
    tags: ['fetch', 'api', 'request', 'http', 'loading', 'error', 'data', 'remote', 'rest'],
    path: 'src/hooks/useFetchJson.ts',
    code: `import { useEffect, useState } from 'react';

type State<T> = { status: 'loading' } | { status: 'error'; error: string } | { status: 'done'; data: T };

export function useFetchJson<T>(url: string): State<T> {
  const [state, setState] = useState<State<T>>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    fetch(url, { signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(\`\${response.status} \${response.statusText}\`);
        // A static preview answers unknown paths with index.html: say so instead of a JSON parse error.
        if (!response.headers.get('content-type')?.includes('json')) throw new Error(\`\${url} did not answer JSON\`);
        setState({ status: 'done', data: (await response.json()) as T });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error: error instanceof Error ? error.message : String(error) });
      });
    return () => controller.abort();
  }, [url]);
  return state;
}`,
  },
  {
    name: 'game-loop',
    kinds: ['web'],
    category: 'hook',
    description: 'A requestAnimationFrame game loop with the time since the last frame, and the keys held down, for canvas games',
    tags: ['game', 'canvas', 'animation', 'loop', 'requestanimationframe', 'keyboard', 'arcade', 'sprite', 'physics'],
    path: 'src/hooks/useGameLoop.ts',
    code: `import { useEffect, useRef } from 'react';

/** Calls update(dt, keys) every frame; dt in seconds, capped so a background tab does not jump. */
export function useGameLoop(update: (dt: number, keys: ReadonlySet<string>) => void) {
  const latest = useRef(update);
  latest.current = update;
  useEffect(() => {
    const keys = new Set<string>();
    const down = (event: KeyboardEvent) => keys.add(event.key);
    const up = (event: KeyboardEvent) => keys.delete(event.key);
    window.addEventListener('keydown', down);
    window.addEventListener('keyup', up);
    let frame = 0;
    let last = performance.now();
    const tick = (now: number) => {
      latest.current(Math.min((now - last) / 1000, 0.1), keys);
      last = now;
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('keydown', down);
      window.removeEventListener('keyup', up);
    };
  }, []);
}`,
  },
  {
    name: 'indexeddb-store',
    kinds: web,
    category: 'hook',
    description: 'Keep records in the browser with IndexedDB (no library): get all, put and delete in one object store',
    tags: ['indexeddb', 'database', 'crud', 'persistence', 'offline', 'storage', 'records', 'local'],
    path: 'src/lib/store.ts',
    code: `const open = (name: string, store: string) =>
  new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(store, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

export function createStore<T extends { id: string }>(name: string, store = 'items') {
  const db = open(name, store);
  const run = async <R>(mode: IDBTransactionMode, action: (objects: IDBObjectStore) => IDBRequest<R>) => {
    const objects = (await db).transaction(store, mode).objectStore(store);
    return new Promise<R>((resolve, reject) => {
      const request = action(objects);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  };
  return {
    all: () => run<T[]>('readonly', (objects) => objects.getAll() as IDBRequest<T[]>),
    put: (item: T) => run('readwrite', (objects) => objects.put(item)),
    remove: (id: string) => run('readwrite', (objects) => objects.delete(id)),
  };
}`,
  },
];
