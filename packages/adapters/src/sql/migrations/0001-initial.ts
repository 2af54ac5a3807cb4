import type { Migration } from './migration.js';

/**
 * Initial schema. Tables carry a `buildwright_` prefix so they can share a database (and a
 * schema) with the hosting app. `position` columns (bigserial) keep insertion order where the
 * port promises an order and timestamps could tie.
 */
export const initialMigration: Migration = {
  id: '0001-initial',
  statements: [
    `CREATE TABLE buildwright_projects (
      id text PRIMARY KEY,
      owner_id text NOT NULL,
      name text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('web', 'dapp', 'api')),
      current_version integer,
      position bigserial NOT NULL,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    )`,
    `CREATE INDEX buildwright_projects_owner ON buildwright_projects (owner_id, position)`,

    `CREATE TABLE buildwright_runs (
      id text PRIMARY KEY,
      project_id text NOT NULL REFERENCES buildwright_projects (id) ON DELETE CASCADE,
      owner_id text NOT NULL,
      mode text NOT NULL,
      prompt text NOT NULL,
      status text NOT NULL CHECK (status IN ('running', 'completed', 'failed', 'cancelled')),
      budgets jsonb NOT NULL,
      cost_usd double precision NOT NULL DEFAULT 0,
      error jsonb,
      position bigserial NOT NULL,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    )`,
    `CREATE INDEX buildwright_runs_project ON buildwright_runs (project_id, position)`,

    `CREATE TABLE buildwright_events (
      run_id text NOT NULL REFERENCES buildwright_runs (id) ON DELETE CASCADE,
      seq integer NOT NULL,
      type text NOT NULL,
      payload jsonb NOT NULL,
      PRIMARY KEY (run_id, seq)
    )`,

    `CREATE TABLE buildwright_messages (
      id text PRIMARY KEY,
      project_id text NOT NULL REFERENCES buildwright_projects (id) ON DELETE CASCADE,
      run_id text REFERENCES buildwright_runs (id) ON DELETE SET NULL,
      role text NOT NULL CHECK (role IN ('user', 'assistant')),
      content text NOT NULL,
      position bigserial NOT NULL,
      created_at timestamptz NOT NULL
    )`,
    `CREATE INDEX buildwright_messages_project ON buildwright_messages (project_id, position)`,

    `CREATE TABLE buildwright_file_blobs (
      hash text PRIMARY KEY,
      content bytea NOT NULL,
      size integer NOT NULL
    )`,

    `CREATE TABLE buildwright_versions (
      project_id text NOT NULL REFERENCES buildwright_projects (id) ON DELETE CASCADE,
      number integer NOT NULL,
      parent integer,
      message text NOT NULL,
      run_id text REFERENCES buildwright_runs (id) ON DELETE SET NULL,
      file_count integer NOT NULL,
      created_at timestamptz NOT NULL,
      PRIMARY KEY (project_id, number)
    )`,

    `CREATE TABLE buildwright_version_entries (
      project_id text NOT NULL,
      number integer NOT NULL,
      path text NOT NULL,
      blob_hash text NOT NULL REFERENCES buildwright_file_blobs (hash),
      PRIMARY KEY (project_id, number, path),
      FOREIGN KEY (project_id, number) REFERENCES buildwright_versions (project_id, number) ON DELETE CASCADE
    )`,

    `CREATE TABLE buildwright_contracts (
      id text PRIMARY KEY,
      project_id text NOT NULL REFERENCES buildwright_projects (id) ON DELETE CASCADE,
      run_id text REFERENCES buildwright_runs (id) ON DELETE SET NULL,
      name text NOT NULL,
      address text NOT NULL,
      chain_id bigint NOT NULL,
      network text NOT NULL,
      abi jsonb NOT NULL,
      source text NOT NULL,
      tx_hash text NOT NULL,
      explorer_url text,
      status text NOT NULL CHECK (status IN ('deployed', 'failed', 'verified')),
      position bigserial NOT NULL,
      created_at timestamptz NOT NULL
    )`,
    `CREATE INDEX buildwright_contracts_project ON buildwright_contracts (project_id, position)`,

    `CREATE TABLE buildwright_usage (
      run_id text NOT NULL REFERENCES buildwright_runs (id) ON DELETE CASCADE,
      node text NOT NULL,
      model text NOT NULL,
      input_tokens double precision NOT NULL,
      output_tokens double precision NOT NULL,
      cached_input_tokens double precision NOT NULL,
      cost_usd double precision NOT NULL,
      estimated boolean NOT NULL,
      position bigserial NOT NULL
    )`,
    `CREATE INDEX buildwright_usage_run ON buildwright_usage (run_id, position)`,

    `CREATE TABLE buildwright_checkpoints (
      thread_id text NOT NULL,
      checkpoint_id text NOT NULL,
      parent_checkpoint_id text,
      checkpoint text NOT NULL,
      metadata text NOT NULL,
      position bigserial NOT NULL,
      PRIMARY KEY (thread_id, checkpoint_id)
    )`,
    `CREATE INDEX buildwright_checkpoints_thread ON buildwright_checkpoints (thread_id, position)`,

    `CREATE TABLE buildwright_checkpoint_writes (
      thread_id text NOT NULL,
      checkpoint_id text NOT NULL,
      task_id text NOT NULL,
      idx integer NOT NULL,
      channel text NOT NULL,
      value text NOT NULL,
      position bigserial NOT NULL,
      PRIMARY KEY (thread_id, checkpoint_id, task_id, idx)
    )`,
  ],
};
