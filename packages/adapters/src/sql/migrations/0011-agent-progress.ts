import type { Migration } from './migration.js';

/**
 * Resumable agent executions: the progress of a running execution (its conversation and tally, see
 * `AgentProgress`), the attempt that may write it (fencing a process that was taken over) and the end
 * of its lease (an expired lease on a running execution means its process died).
 */
export const agentProgressMigration: Migration = {
  id: '0011-agent-progress',
  statements: [
    `ALTER TABLE buildwright_agent_executions ADD COLUMN progress jsonb`,
    `ALTER TABLE buildwright_agent_executions ADD COLUMN attempt integer NOT NULL DEFAULT 1`,
    `ALTER TABLE buildwright_agent_executions ADD COLUMN lease_expires_at timestamptz`,
    `CREATE INDEX buildwright_agent_executions_running ON buildwright_agent_executions (lease_expires_at) WHERE status = 'running'`,
  ],
};
