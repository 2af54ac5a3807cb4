import type { Migration } from './migration.js';

/**
 * Tools of MCP servers in a run: approvals of tool calls waiting for the user (decided from any
 * process sharing the database), decisions remembered per project (valid while the tool's
 * definition hash is unchanged), and each server's tool list pinned per project by hash.
 */
export const mcpConsentMigration: Migration = {
  id: '0008-mcp-consent',
  statements: [
    `CREATE TABLE buildwright_tool_approvals (
      run_id text NOT NULL REFERENCES buildwright_runs (id) ON DELETE CASCADE,
      id text NOT NULL,
      server text NOT NULL,
      tool text NOT NULL,
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'allow', 'deny')),
      remember boolean NOT NULL DEFAULT false,
      requested_at timestamptz NOT NULL,
      decided_at timestamptz,
      PRIMARY KEY (run_id, id)
    )`,
    `CREATE TABLE buildwright_tool_consents (
      project_id text NOT NULL REFERENCES buildwright_projects (id) ON DELETE CASCADE,
      server text NOT NULL,
      tool text NOT NULL,
      tool_hash text NOT NULL,
      decision text NOT NULL CHECK (decision IN ('allow', 'deny')),
      decided_at timestamptz NOT NULL,
      PRIMARY KEY (project_id, server, tool)
    )`,
    `CREATE TABLE buildwright_tool_pins (
      project_id text NOT NULL REFERENCES buildwright_projects (id) ON DELETE CASCADE,
      server text NOT NULL,
      hash text NOT NULL,
      tools jsonb NOT NULL,
      pinned_at timestamptz NOT NULL,
      PRIMARY KEY (project_id, server)
    )`,
  ],
};
