import type { Migration } from './migration.js';

/**
 * A run stores at most one version: a unique index on `buildwright_versions.run_id` (where set),
 * which also serves `createVersion`'s lookup of the run's version. A resumed run could store its
 * version twice before this (the same files): the earliest version of each run keeps the run id,
 * later copies keep their rows and files but lose the run id, as versions made outside a run.
 */
export const versionPerRunMigration: Migration = {
  id: '0002-version-per-run',
  statements: [
    `UPDATE buildwright_versions v SET run_id = NULL
     WHERE v.run_id IS NOT NULL AND EXISTS (
       SELECT 1 FROM buildwright_versions w WHERE w.run_id = v.run_id AND (w.project_id, w.number) < (v.project_id, v.number)
     )`,
    `CREATE UNIQUE INDEX buildwright_versions_run ON buildwright_versions (run_id) WHERE run_id IS NOT NULL`,
  ],
};
