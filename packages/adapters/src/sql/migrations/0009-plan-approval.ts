import type { Migration } from './migration.js';

/** Plan approval: a run started with `approvePlan: true` waits after its plan with the status `awaiting_approval`. */
export const planApprovalMigration: Migration = {
  id: '0009-plan-approval',
  statements: [
    `ALTER TABLE buildwright_runs DROP CONSTRAINT IF EXISTS buildwright_runs_status_check`,
    `ALTER TABLE buildwright_runs ADD CONSTRAINT buildwright_runs_status_check CHECK (status IN ('queued', 'running', 'awaiting_approval', 'completed', 'failed', 'cancelled'))`,
  ],
};
