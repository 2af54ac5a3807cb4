import type { Migration } from './migration.js';

/**
 * Agents: one row per agent (owner-scoped, its draft definition as JSON), its published versions
 * (immutable, numbered per agent) and its executions (the rows `agentStats` aggregates).
 */
export const agentsMigration: Migration = {
  id: '0010-agents',
  statements: [
    `CREATE TABLE buildwright_agents (
      id text PRIMARY KEY,
      owner_id text NOT NULL,
      name text NOT NULL,
      draft jsonb NOT NULL,
      published_version integer,
      position bigserial NOT NULL,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    )`,
    `CREATE INDEX buildwright_agents_owner ON buildwright_agents (owner_id, position)`,
    `CREATE TABLE buildwright_agent_versions (
      agent_id text NOT NULL REFERENCES buildwright_agents (id) ON DELETE CASCADE,
      version integer NOT NULL CHECK (version > 0),
      definition jsonb NOT NULL,
      published_at timestamptz NOT NULL,
      PRIMARY KEY (agent_id, version)
    )`,
    `CREATE TABLE buildwright_agent_executions (
      id text PRIMARY KEY,
      agent_id text NOT NULL REFERENCES buildwright_agents (id) ON DELETE CASCADE,
      owner_id text NOT NULL,
      version integer NOT NULL,
      input jsonb,
      output jsonb,
      status text NOT NULL CHECK (status IN ('running', 'succeeded', 'failed')),
      error jsonb,
      latency_ms integer,
      input_tokens integer NOT NULL DEFAULT 0,
      output_tokens integer NOT NULL DEFAULT 0,
      cost_usd double precision NOT NULL DEFAULT 0,
      tool_calls integer NOT NULL DEFAULT 0,
      position bigserial NOT NULL,
      started_at timestamptz NOT NULL,
      finished_at timestamptz
    )`,
    `CREATE INDEX buildwright_agent_executions_agent ON buildwright_agent_executions (agent_id, started_at)`,
  ],
};
