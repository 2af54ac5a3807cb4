import type { Migration } from './migration.js';

/**
 * Deploy port: one row per deployment of a project's version (owner-scoped through the project),
 * newest by `position`. `warnings` and `error` are JSON; `provider_deployment_id` is the adapter's
 * own id once it answered.
 */
export const deploymentsMigration: Migration = {
  id: '0006-deployments',
  statements: [
    `CREATE TABLE buildwright_deployments (
      id text PRIMARY KEY,
      project_id text NOT NULL REFERENCES buildwright_projects (id) ON DELETE CASCADE,
      owner_id text NOT NULL,
      target text NOT NULL,
      version_number integer NOT NULL CHECK (version_number > 0),
      status text NOT NULL CHECK (status IN ('building', 'ready', 'failed', 'stopped')),
      provider_deployment_id text,
      url text,
      alias_url text,
      error jsonb,
      warnings jsonb NOT NULL DEFAULT '[]'::jsonb,
      position bigserial NOT NULL,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    )`,
    `CREATE INDEX buildwright_deployments_project ON buildwright_deployments (project_id, position)`,
  ],
};
