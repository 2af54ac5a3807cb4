import type { Migration } from './migration.js';

/**
 * The builder chain a DApp deploys to, by name (`generate({ kind: 'dapp', chain })`): its edits and
 * fixes use the same chain. Projects stored before it have none and use the builder's default chain.
 */
export const projectChainMigration: Migration = {
  id: '0014-project-chain',
  statements: [`ALTER TABLE buildwright_projects ADD COLUMN chain text`],
};
