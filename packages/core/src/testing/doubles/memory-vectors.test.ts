import { memoryStorage } from './memory-storage.js';
import { runVectorStorageSpec } from '../vector-storage-spec.js';

// A memory storage's data lives in its own object: the only storage over its "database" is itself.
runVectorStorageSpec(() => memoryStorage(), { name: 'memory vectors', mode: 'exact', reopen: (storage) => storage });
