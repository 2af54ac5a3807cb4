import type { Migration } from './migration.js';

/**
 * Host hooks: each owner's model usage per day (`day` is the calendar day in the builder's usage
 * time zone, as `YYYY-MM-DD` text, so no driver turns it into a Date at some other zone), and the
 * claim of a run's end for the `onRunFinished` hook: the seq its terminal event is to be stored at,
 * and the claiming call's token (so a retried claim recognizes its own).
 */
export const ownerUsageMigration: Migration = {
  id: '0005-owner-usage',
  statements: [
    `CREATE TABLE buildwright_owner_usage (
      owner_id text NOT NULL,
      day text NOT NULL CHECK (day ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
      input_tokens double precision NOT NULL DEFAULT 0,
      output_tokens double precision NOT NULL DEFAULT 0,
      cost_usd double precision NOT NULL DEFAULT 0,
      PRIMARY KEY (owner_id, day)
    )`,
    `ALTER TABLE buildwright_runs ADD COLUMN finished_claim_seq integer`,
    `ALTER TABLE buildwright_runs ADD COLUMN finished_claim_token text`,
  ],
};
