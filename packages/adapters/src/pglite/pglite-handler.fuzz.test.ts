import { describeHandlerProperties } from '../../../core/src/http/handler-properties.test-support.js';
import { pgliteStorage } from './pglite-storage.js';

// Core's HTTP handler properties (run there on the memory storage) on PGlite: ids and queries a
// client makes up reach SQL and still answer 2xx or 4xx, never a 500.
describeHandlerProperties('PGlite storage', () => pgliteStorage());
