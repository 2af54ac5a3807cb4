import type { Item, ItemStore } from '../types';

const key = 'app.items';

/** Items as JSON under one localStorage key: the fallback when IndexedDB is not there. */
export function localStorageStore(): ItemStore {
  const read = (): Item[] => {
    try {
      return JSON.parse(localStorage.getItem(key) ?? '[]') as Item[];
    } catch {
      return [];
    }
  };
  const write = (items: Item[]) => localStorage.setItem(key, JSON.stringify(items));
  return {
    list: async () => read(),
    put: async (item) => write([...read().filter((entry) => entry.id !== item.id), item]),
    remove: async (id) => write(read().filter((entry) => entry.id !== id)),
  };
}
