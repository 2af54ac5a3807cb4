import { memoryStorage } from './memory-storage.js';
import { runVectorStorageSpec } from '../vector-storage-spec.js';

runVectorStorageSpec(() => memoryStorage(), { name: 'memory vectors', mode: 'exact' });
