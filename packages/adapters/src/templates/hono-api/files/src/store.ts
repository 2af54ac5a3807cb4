import { randomUUID } from 'node:crypto';

/** An in-memory table of records with a string `id` (lost when the server stops). */
export interface Collection<T extends { id: string }> {
  list(): T[];
  get(id: string): T | undefined;
  /** Stores a new record with a fresh UUID as its id. */
  create(data: Omit<T, 'id'>): T;
  /** Merges `changes` into the record; undefined when there is none with that id. */
  update(id: string, changes: Partial<Omit<T, 'id'>>): T | undefined;
  remove(id: string): boolean;
  clear(): void;
}

export function collection<T extends { id: string }>(): Collection<T> {
  const records = new Map<string, T>();
  return {
    list: () => [...records.values()],
    get: (id) => records.get(id),
    create(data) {
      const record = { ...data, id: randomUUID() } as T;
      records.set(record.id, record);
      return record;
    },
    update(id, changes) {
      const current = records.get(id);
      if (!current) return undefined;
      const next = { ...current, ...changes, id } as T;
      records.set(id, next);
      return next;
    },
    remove: (id) => records.delete(id),
    clear: () => records.clear(),
  };
}
