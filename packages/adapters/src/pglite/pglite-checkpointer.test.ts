import { describeStorageCheckpointer } from '../../../core/src/graph/storage-checkpointer-spec.test-support.js';
import { pgliteStorage } from './pglite-storage.js';

// Core's checkpointer cases (run there on the memory storage) on PGlite: what the checkpointer
// stores, file bodies as blob keys, comes back through SQL unchanged.
describeStorageCheckpointer('pgliteStorage', () => pgliteStorage());
