import type { Migration } from './migration.js';

/**
 * A revision per vector collection, raised in the same transaction as every `put` and every `prune`
 * that removed rows: a storage keeps a collection's vectors decoded in its process and checks them
 * with one read of this row per search, so a write through another process (or another storage
 * over the same database) is seen by the next search. Collections stored before it start at 1.
 */
export const vectorRevisionsMigration: Migration = {
  id: '0013-vector-revisions',
  statements: [
    `CREATE TABLE buildwright_vector_collections (
       collection text PRIMARY KEY,
       revision bigint NOT NULL
     )`,
    `INSERT INTO buildwright_vector_collections (collection, revision) SELECT DISTINCT collection, 1 FROM buildwright_vectors`,
  ],
};
