import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { describeHandlerProperties } from './handler-properties.test-support.js';

// The PGlite storage runs the same properties in packages/adapters/src/pglite/pglite-handler.fuzz.test.ts.
describeHandlerProperties('memory storage', () => memoryStorage());
