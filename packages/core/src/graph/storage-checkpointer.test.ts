import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { describeStorageCheckpointer } from './storage-checkpointer-spec.test-support.js';

// The PGlite storage runs the same cases in packages/adapters/src/pglite/pglite-checkpointer.test.ts.
describeStorageCheckpointer('memoryStorage', () => memoryStorage());
