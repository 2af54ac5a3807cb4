import type { Migration } from './migration.js';

/**
 * Embedding vectors (`storage.vectors`): one row per item of a collection, its vector as `real[]`
 * so that every server can hold it. With pgvector the search casts it to `vector` in the query
 * (`embedding::vector <=> $q`); without it the rows are ranked by exact cosine in process, read
 * from `packed` (the same float32 numbers, little-endian bytes): reading 2,000 vectors as `real[]`
 * text costs 10× more than as bytes (bench/vector-search.ts).
 */
export const vectorsMigration: Migration = {
  id: '0012-vectors',
  statements: [
    `CREATE TABLE buildwright_vectors (
       collection text NOT NULL,
       id text NOT NULL,
       content_hash text NOT NULL,
       dimensions integer NOT NULL,
       embedding real[] NOT NULL,
       packed bytea NOT NULL,
       metadata jsonb,
       PRIMARY KEY (collection, id)
     )`,
    `CREATE INDEX buildwright_vectors_content_hash ON buildwright_vectors (collection, content_hash)`,
  ],
};
