import { openDB } from 'idb';
import type { DBSchema } from 'idb';
import type { Item, ItemStore } from '../types';

interface Schema extends DBSchema {
  items: { key: string; value: Item };
}

/** Items in the IndexedDB database "app" (object store "items", keyed by id). Bump the version to add stores. */
export async function indexedDbStore(): Promise<ItemStore> {
  const db = await openDB<Schema>('app', 1, {
    upgrade(database) {
      database.createObjectStore('items', { keyPath: 'id' });
    },
  });
  return {
    list: () => db.getAll('items'),
    put: async (item) => void (await db.put('items', item)),
    remove: (id) => db.delete('items', id),
  };
}
