import type { Migration } from './migration.js';

/**
 * Runs on a queue: a `queued` status for a run waiting for a worker, and one lease per run
 * (`claimRun`). `epoch` goes up with each claim and is the fencing token every leased write checks
 * (`SELECT ... FOR SHARE` in the write's transaction, so a claim waits for writes under way and
 * no write of an older epoch commits after it).
 */
export const runLeasesMigration: Migration = {
  id: '0003-run-leases',
  statements: [
    `ALTER TABLE buildwright_runs DROP CONSTRAINT IF EXISTS buildwright_runs_status_check`,
    `ALTER TABLE buildwright_runs ADD CONSTRAINT buildwright_runs_status_check CHECK (status IN ('queued', 'running', 'completed', 'failed', 'cancelled'))`,
    `CREATE TABLE buildwright_run_leases (
      run_id text PRIMARY KEY REFERENCES buildwright_runs (id) ON DELETE CASCADE,
      epoch integer NOT NULL,
      worker_id text NOT NULL,
      expires_at timestamptz NOT NULL,
      released boolean NOT NULL DEFAULT false
    )`,
  ],
};
