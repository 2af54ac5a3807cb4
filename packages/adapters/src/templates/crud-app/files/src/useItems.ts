import { useCallback, useEffect, useState } from 'react';
import { openStore } from './store/open-store';
import type { Item } from './types';

const seed: Item[] = [{ id: 'welcome', title: 'Add, edit and delete items: they stay after a reload', done: false, createdAt: 0 }];

/** The stored items (seeded on first use) and the actions that change them; `loading` until the first read. */
export function useItems() {
  const [items, setItems] = useState<Item[]>([]);
  const [loading, setLoading] = useState(true);

  const reload = useCallback(async () => {
    const store = await openStore();
    let stored = await store.list();
    if (stored.length === 0 && localStorage.getItem('app.seeded') === null) {
      await Promise.all(seed.map((item) => store.put(item)));
      localStorage.setItem('app.seeded', '1');
      stored = seed;
    }
    setItems([...stored].sort((a, b) => a.createdAt - b.createdAt));
    setLoading(false);
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  const save = async (item: Item) => {
    await (await openStore()).put(item);
    await reload();
  };
  const add = (title: string) => save({ id: crypto.randomUUID(), title, done: false, createdAt: Date.now() });
  const remove = async (id: string) => {
    await (await openStore()).remove(id);
    await reload();
  };
  return { items, loading, add, save, remove };
}
