import type { ItemStore } from '../types';
import { indexedDbStore } from './indexeddb-store';
import { localStorageStore } from './local-storage-store';

let opened: Promise<ItemStore> | undefined;

/** The app's one store: IndexedDB when it opens, else localStorage. */
export function openStore(): Promise<ItemStore> {
  opened ??= indexedDbStore().catch(() => localStorageStore());
  return opened;
}
