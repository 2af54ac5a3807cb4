import { createHash } from 'node:crypto';
import type { SqlClient } from './sql-database.js';
import { utf8 } from './sql-values.js';

/** The key of a content in `buildwright_file_blobs`: the SHA-256 of its UTF-8 bytes, lowercase hex. */
export const blobKey = (content: string) => createHash('sha256').update(content, 'utf8').digest('hex');

/**
 * Stores contents (key → content) in `buildwright_file_blobs`, sending only those the database
 * does not hold yet; a content stored meanwhile by another writer is kept as it is. Rows go as one
 * jsonb parameter, so thousands of contents are two statements.
 */
export async function insertBlobs(db: SqlClient, contents: ReadonlyMap<string, string>): Promise<void> {
  const missing = new Map(contents);
  if (missing.size === 0) return;
  const known = await db.query('SELECT hash FROM buildwright_file_blobs WHERE hash IN (SELECT jsonb_array_elements_text($1::jsonb))', [JSON.stringify([...missing.keys()])]);
  for (const row of known.rows) missing.delete(row.hash);
  if (missing.size === 0) return;
  const blobs = [...missing].map(([hash, content]) => {
    const bytes = Buffer.from(content, 'utf8');
    return { hash, content: bytes.toString('base64'), size: bytes.byteLength };
  });
  await db.query(
    `INSERT INTO buildwright_file_blobs (hash, content, size)
     SELECT blob.hash, decode(blob.content, 'base64'), blob.size FROM jsonb_to_recordset($1::jsonb) AS blob(hash text, content text, size integer)
     ON CONFLICT (hash) DO NOTHING`,
    [JSON.stringify(blobs)],
  );
}

/** Contents of `buildwright_file_blobs` by key; keys not stored are absent. */
export async function selectBlobs(db: SqlClient, keys: readonly string[]): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  if (keys.length === 0) return found;
  const rows = await db.query('SELECT hash, content FROM buildwright_file_blobs WHERE hash IN (SELECT jsonb_array_elements_text($1::jsonb))', [JSON.stringify([...new Set(keys)])]);
  for (const row of rows.rows) found[row.hash] = utf8(row.content);
  return found;
}
