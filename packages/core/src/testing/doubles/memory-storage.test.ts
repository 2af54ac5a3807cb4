import { runStorageSpec } from '../storage-spec.js';
import { memoryStorage } from './memory-storage.js';

runStorageSpec(() => memoryStorage(), { name: 'memoryStorage' });
