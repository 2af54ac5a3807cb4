import { runStorageSpec } from '@buildwright/core/testing';
import { memoryStorage } from './memory-storage.js';

runStorageSpec(() => memoryStorage(), { name: 'memoryStorage' });
