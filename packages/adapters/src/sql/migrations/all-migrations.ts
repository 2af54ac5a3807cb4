import { initialMigration } from './0001-initial.js';
import { versionPerRunMigration } from './0002-version-per-run.js';
import { runLeasesMigration } from './0003-run-leases.js';
import { runCancelMigration } from './0004-run-cancel.js';
import { ownerUsageMigration } from './0005-owner-usage.js';
import { deploymentsMigration } from './0006-deployments.js';
import { gitSyncMigration } from './0007-git-sync.js';
import { mcpConsentMigration } from './0008-mcp-consent.js';
import { planApprovalMigration } from './0009-plan-approval.js';
import { agentsMigration } from './0010-agents.js';
import { agentProgressMigration } from './0011-agent-progress.js';
import { vectorsMigration } from './0012-vectors.js';
import { vectorRevisionsMigration } from './0013-vector-revisions.js';
import { projectChainMigration } from './0014-project-chain.js';
import type { Migration } from './migration.js';

/** Every migration, in the order they apply. Append new files here; never edit a released one. */
export const migrations: readonly Migration[] = [
  initialMigration,
  versionPerRunMigration,
  runLeasesMigration,
  runCancelMigration,
  ownerUsageMigration,
  deploymentsMigration,
  gitSyncMigration,
  mcpConsentMigration,
  planApprovalMigration,
  agentsMigration,
  agentProgressMigration,
  vectorsMigration,
  vectorRevisionsMigration,
  projectChainMigration,
];
