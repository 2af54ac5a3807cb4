import type { Migration } from './migration.js';

/**
 * Requests to cancel a run, stored by `builder.cancel` in a process that is not executing the run
 * (`requestRunCancel`): the process executing it learns of it over the event bus or by polling,
 * and a later resume sees it. One row per run, removed with the run.
 */
export const runCancelMigration: Migration = {
  id: '0004-run-cancel',
  statements: [
    `CREATE TABLE buildwright_run_cancel_requests (
      run_id text PRIMARY KEY REFERENCES buildwright_runs (id) ON DELETE CASCADE,
      reason text NOT NULL,
      requested_at timestamptz NOT NULL
    )`,
  ],
};
