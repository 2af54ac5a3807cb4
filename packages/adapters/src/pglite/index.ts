export { pgliteStorage } from './pglite-storage.js';
export type { PgliteStorageOptions } from './pglite-storage.js';
