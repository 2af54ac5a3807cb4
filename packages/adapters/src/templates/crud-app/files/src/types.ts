export interface Item {
  id: string;
  title: string;
  done: boolean;
  createdAt: number;
}

/** Where items are kept: IndexedDB, or localStorage where IndexedDB cannot open (private modes, old browsers). */
export interface ItemStore {
  list(): Promise<Item[]>;
  put(item: Item): Promise<void>;
  remove(id: string): Promise<void>;
}
