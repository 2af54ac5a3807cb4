import { runVectorStorageSpec } from '@buildwright/core/testing';
import { pgliteStorage } from './pglite-storage.js';

runVectorStorageSpec(() => pgliteStorage(), { name: 'pglite vectors (exact)', mode: 'exact' });
// The vector extension of PGlite (@electric-sql/pglite-pgvector): the pgvector search path of the SQL storage.
runVectorStorageSpec(() => pgliteStorage({ vectors: 'pgvector' }), { name: 'pglite vectors (pgvector)', mode: 'pgvector' });
