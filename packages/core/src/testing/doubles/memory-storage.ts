import { createHash, randomUUID } from 'node:crypto';
import { BuildwrightError, isTerminal } from '@buildwright/client';
import type { BuildwrightEvent } from '../../events/events.js';
import { memoryAgents } from './memory-agents.js';
import { memoryVectors } from './memory-vectors.js';
import { projectCursor, projectPageInput } from '../../versions/project-page.js';
import { deploymentNotFound, gitSyncBusy, idTaken, projectBusy, projectNotFound, runLeaseLost, runNotFound } from '../../versions/record-errors.js';
import { versionConflict } from '../../versions/version-conflict.js';
import { versionOfAnotherProject } from '../../versions/version-of-another-project.js';
import type {
  ContractRecord,
  DeploymentRecord,
  GitCommitRecord,
  GitLinkRecord,
  MessageRecord,
  OwnerUsageRecord,
  ProjectRecord,
  RunCancelRequest,
  RunLease,
  RunRecord,
  RunWriteOptions,
  StorageAdapter,
  StoredCheckpoint,
  StoredCheckpointWrite,
  ToolApprovalRecord,
  ToolConsentRecord,
  ToolPinRecord,
  UsageRecord,
  VersionRecord,
} from '../../spec/storage.js';
import type { VectorStorage } from '../../spec/vector-storage.js';

/** The in-memory storage adapter, with a test hook. */
export interface MemoryStorage extends StorageAdapter {
  readonly provider: 'memory';
  /** Exact cosine search over vectors kept in memory. */
  readonly vectors: VectorStorage;
  /**
   * Number of distinct file contents stored (content-addressed blobs).
   * @internal Test hook for the "unchanged content stored once" conformance case.
   */
  countBlobs(): Promise<number>;
}

interface StoredVersion {
  record: VersionRecord;
  /** path → sha-256 of the content. */
  entries: Map<string, string>;
}

const now = () => new Date().toISOString();
const copy = <T>(value: T): T => structuredClone(value);
const sha256 = (content: string) => createHash('sha256').update(content, 'utf8').digest('hex');

/**
 * Storage kept in process memory: for tests and throwaway scripts. Same behaviour as
 * `pgliteStorage` / `postgresStorage` (it passes the same conformance suite), nothing persisted.
 *
 * @example
 * import { memoryStorage } from '@buildwright/core/testing';
 * const storage = memoryStorage();
 * const project = await storage.createProject({ ownerId: 'user-1', name: 'Todo', kind: 'web' });
 */
export function memoryStorage(): MemoryStorage {
  const projects = new Map<string, ProjectRecord>();
  /** projectId → its creation position (only grows): the order and cursor of `searchProjects`. */
  const positions = new Map<string, number>();
  let lastPosition = 0;
  const runs = new Map<string, RunRecord>();
  const cancelRequests = new Map<string, RunCancelRequest>();
  /** `${runId}\n${id}` → approval. */
  const toolApprovals = new Map<string, ToolApprovalRecord>();
  /** `${projectId}\n${server}\n${tool}` → remembered decision. */
  const toolConsents = new Map<string, ToolConsentRecord>();
  /** `${projectId}\n${server}` → pinned tool list. */
  const toolPins = new Map<string, ToolPinRecord>();
  /** runId → seq → event. */
  const events = new Map<string, Map<number, BuildwrightEvent>>();
  const messages: MessageRecord[] = [];
  /** projectId → versions in number order. */
  const versions = new Map<string, StoredVersion[]>();
  /** sha-256 → content. */
  const blobs = new Map<string, string>();
  const contracts: ContractRecord[] = [];
  /** In creation order. */
  const deployments: DeploymentRecord[] = [];
  const usage: UsageRecord[] = [];
  /** `${ownerId}\n${day}` → the owner's usage that day. */
  const ownerUsage = new Map<string, OwnerUsageRecord>();
  /** runId → seq of the end claimed for the finished hook. */
  const finishedClaims = new Map<string, number>();
  /** threadId → checkpoints in insertion order. */
  const checkpoints = new Map<string, StoredCheckpoint[]>();
  const checkpointWrites: StoredCheckpointWrite[] = [];
  /** runId → its lease: the current epoch, holder, expiry (ms) and whether it was released. */
  /** projectId → its Git link. */
  const gitLinks = new Map<string, GitLinkRecord>();
  /** projectId → version number → its commit. */
  const gitCommits = new Map<string, Map<number, GitCommitRecord>>();
  const leases = new Map<string, { epoch: number; workerId: string; expiresAt: number; released: boolean }>();
  /** Refuses a write made with a lease that is not the run's current one. */
  const fence = (options: RunWriteOptions | undefined) => {
    const lease = options?.lease;
    if (!lease) return;
    const current = leases.get(lease.runId);
    if (!current || current.epoch !== lease.epoch || current.released) throw runLeaseLost(lease);
  };
  const toLease = (runId: string, held: { epoch: number; workerId: string; expiresAt: number }): RunLease => ({
    runId,
    workerId: held.workerId,
    epoch: held.epoch,
    expiresAt: new Date(held.expiresAt).toISOString(),
  });

  /** Stores a content once under its sha-256 and returns that key. */
  const putBlob = (content: string) => {
    const hash = sha256(content);
    if (!blobs.has(hash)) blobs.set(hash, content);
    return hash;
  };
  const ownedProject = (ownerId: string, projectId: string) => {
    const project = projects.get(projectId);
    return project && project.ownerId === ownerId ? project : undefined;
  };
  const ownedRun = (ownerId: string, runId: string) => {
    const run = runs.get(runId);
    return run && run.ownerId === ownerId ? run : undefined;
  };
  const versionFiles = (version: StoredVersion) => {
    const files: Record<string, string> = {};
    for (const [path, hash] of version.entries) files[path] = blobs.get(hash) as string;
    return files;
  };

  /** Stores a version on the project (number last + 1) and makes it current; `VERSION_CONFLICT` first when the head is not `expectedHead`. */
  const storeVersion = (project: ProjectRecord, input: { runId: string | null; message: string; files: Record<string, string>; expectedHead?: number | null | undefined }) => {
    const projectId = project.id;
    const { runId, message, files, expectedHead } = input;
    if (expectedHead !== undefined && expectedHead !== project.currentVersion) throw versionConflict({ projectId, expectedHead, currentHead: project.currentVersion });
    const list = versions.get(projectId) ?? [];
    const entries = new Map<string, string>();
    for (const [path, content] of Object.entries(files)) entries.set(path, putBlob(content));
    const record: VersionRecord = {
      projectId,
      number: (list.at(-1)?.record.number ?? 0) + 1,
      parent: project.currentVersion,
      message,
      runId,
      fileCount: entries.size,
      createdAt: now(),
    };
    list.push({ record, entries });
    versions.set(projectId, list);
    project.currentVersion = record.number;
    project.updatedAt = record.createdAt;
    return record;
  };

  return {
    ...memoryAgents(),
    specificationVersion: 'v1',
    provider: 'memory',
    vectors: memoryVectors(),
    async migrate() {},
    async close() {},

    async createProject({ ownerId, name, kind, id, chain }) {
      const projectId = id ?? randomUUID();
      if (projects.has(projectId)) throw idTaken('project', projectId);
      const at = now();
      const project: ProjectRecord = { id: projectId, ownerId, name, kind, currentVersion: null, ...(chain === undefined ? {} : { chain }), createdAt: at, updatedAt: at };
      projects.set(projectId, project);
      positions.set(projectId, ++lastPosition);
      return copy(project);
    },
    async getProject({ ownerId, projectId }) {
      const project = ownedProject(ownerId, projectId);
      return project && copy(project);
    },
    async listProjects({ ownerId }) {
      return [...projects.values()].filter((project) => project.ownerId === ownerId).map(copy);
    },

    async searchProjects({ ownerId, ...input }) {
      const { query, before, limit } = projectPageInput(input);
      const matches = (project: ProjectRecord) =>
        query === undefined || project.name.toLowerCase().includes(query) || [...runs.values()].some((run) => run.projectId === project.id && run.prompt.toLowerCase().includes(query));
      const found = [...projects.values()]
        .filter((project) => project.ownerId === ownerId && (before === undefined || positions.get(project.id)! < before) && matches(project))
        .sort((a, b) => positions.get(b.id)! - positions.get(a.id)!)
        .slice(0, limit + 1);
      const page = found.slice(0, limit);
      return { projects: page.map(copy), nextCursor: found.length > limit ? projectCursor(positions.get(page.at(-1)!.id)!) : null };
    },
    async renameProject({ ownerId, projectId, name }) {
      const project = ownedProject(ownerId, projectId);
      if (!project) throw projectNotFound(projectId);
      project.name = name;
      project.updatedAt = now();
      return copy(project);
    },
    async deleteProject({ ownerId, projectId }) {
      if (!ownedProject(ownerId, projectId)) throw projectNotFound(projectId);
      const ofProject = [...runs.values()].filter((run) => run.projectId === projectId);
      const active = ofProject.filter((run) => run.status === 'running' || run.status === 'queued' || run.status === 'awaiting_approval');
      if (active.length > 0)
        throw projectBusy(
          projectId,
          active.map((run) => run.id),
        );
      const runIds = new Set(ofProject.map((run) => run.id));
      for (const runId of runIds) {
        runs.delete(runId);
        events.delete(runId);
        cancelRequests.delete(runId);
        finishedClaims.delete(runId);
        leases.delete(runId);
        checkpoints.delete(runId);
      }
      // Keys start with the run or project they belong to (`${runId}\n…`, `${projectId}\n…`).
      const owner = (key: string) => key.split('\n')[0]!;
      for (const key of toolApprovals.keys()) if (runIds.has(owner(key))) toolApprovals.delete(key);
      for (const map of [toolConsents, toolPins]) for (const key of map.keys()) if (owner(key) === projectId) map.delete(key);
      gitLinks.delete(projectId);
      gitCommits.delete(projectId);
      const keep = <T>(list: T[], kept: (item: T) => boolean) => list.splice(0, list.length, ...list.filter(kept));
      keep(messages, (message) => message.projectId !== projectId);
      keep(contracts, (contract) => contract.projectId !== projectId);
      keep(usage, (record) => !runIds.has(record.runId));
      keep(checkpointWrites, (write) => !runIds.has(write.threadId));
      keep(deployments, (deployment) => deployment.projectId !== projectId);
      versions.delete(projectId);
      projects.delete(projectId);
      positions.delete(projectId);
    },

    async createRun({ ownerId, projectId, mode, prompt, budgets, id, status }) {
      if (!ownedProject(ownerId, projectId)) throw projectNotFound(projectId);
      const runId = id ?? randomUUID();
      if (runs.has(runId)) throw idTaken('run', runId);
      const at = now();
      const run: RunRecord = { id: runId, projectId, ownerId, mode, prompt, status: status ?? 'running', budgets: { ...budgets }, costUsd: 0, error: null, createdAt: at, updatedAt: at };
      runs.set(runId, run);
      return copy(run);
    },
    async getRun({ ownerId, runId }) {
      const run = ownedRun(ownerId, runId);
      return run && copy(run);
    },
    async updateRun({ runId, status, error, costUsd }, options) {
      const run = runs.get(runId);
      if (!run) throw runNotFound(runId);
      fence(options);
      if (status !== undefined) run.status = status;
      if (error !== undefined) run.error = error && { ...error };
      if (costUsd !== undefined) run.costUsd = costUsd;
      run.updatedAt = now();
    },
    async transitionRun({ ownerId, runId, from, to }) {
      const run = ownedRun(ownerId, runId);
      if (run?.status !== from) return false;
      run.status = to;
      run.updatedAt = now();
      return true;
    },
    async listRuns({ ownerId, projectId }) {
      if (!ownedProject(ownerId, projectId)) return [];
      return [...runs.values()].filter((run) => run.projectId === projectId).map(copy);
    },
    async requestRunCancel({ ownerId, runId, reason }) {
      const status = ownedRun(ownerId, runId)?.status;
      if (status !== 'running' && status !== 'queued') return false;
      if (!cancelRequests.has(runId)) cancelRequests.set(runId, { runId, reason, requestedAt: now() });
      return true;
    },
    async getRunCancelRequest({ runId }) {
      const request = cancelRequests.get(runId);
      return request && copy(request);
    },
    async clearRunCancelRequest({ runId }) {
      cancelRequests.delete(runId);
    },

    async createToolApproval({ runId, id, server, tool }) {
      if (!runs.has(runId)) throw runNotFound(runId);
      const key = `${runId}\n${id}`;
      if (!toolApprovals.has(key)) toolApprovals.set(key, { id, runId, server, tool, status: 'pending', remember: false, requestedAt: now(), decidedAt: null });
    },
    async decideToolApproval({ ownerId, runId, id, decision, remember }) {
      const approval = toolApprovals.get(`${runId}\n${id}`);
      if (approval?.status !== 'pending' || !ownedRun(ownerId, runId)) return false;
      Object.assign(approval, { status: decision, remember, decidedAt: now() });
      return true;
    },
    async getToolApproval({ runId, id }) {
      const approval = toolApprovals.get(`${runId}\n${id}`);
      return approval && copy(approval);
    },
    async listToolConsents({ projectId }) {
      return [...toolConsents.values()].filter((consent) => consent.projectId === projectId).map(copy);
    },
    async saveToolConsent(input) {
      if (!projects.has(input.projectId)) throw projectNotFound(input.projectId);
      toolConsents.set(`${input.projectId}\n${input.server}\n${input.tool}`, { ...copy(input), decidedAt: now() });
    },
    async getToolPin({ projectId, server }) {
      const pin = toolPins.get(`${projectId}\n${server}`);
      return pin && copy(pin);
    },
    async saveToolPin(input) {
      if (!projects.has(input.projectId)) throw projectNotFound(input.projectId);
      toolPins.set(`${input.projectId}\n${input.server}`, { ...copy(input), pinnedAt: now() });
    },

    async appendEvent(event, options) {
      const run = runs.get(event.runId);
      if (!run) throw runNotFound(event.runId);
      fence(options);
      const ofRun = events.get(event.runId) ?? new Map<number, BuildwrightEvent>();
      if (ofRun.has(event.seq)) {
        throw new BuildwrightError({
          code: 'STORAGE_ERROR',
          message: `Run "${event.runId}" already has an event with seq ${event.seq}. Each event of a run needs the next seq; read the events after the last seq you know before appending.`,
          details: { runId: event.runId, seq: event.seq, reason: 'duplicate_seq' },
        });
      }
      ofRun.set(event.seq, copy(event));
      events.set(event.runId, ofRun);
    },
    async readEvents({ ownerId, runId, afterSeq, limit }) {
      if (!ownedRun(ownerId, runId)) return [];
      const after = afterSeq ?? 0;
      const selected = [...(events.get(runId)?.values() ?? [])].filter((event) => event.seq > after).sort((a, b) => a.seq - b.seq);
      return (limit === undefined ? selected : selected.slice(0, limit)).map(copy);
    },

    async appendMessage({ projectId, runId, role, content }, options) {
      if (!projects.has(projectId)) throw projectNotFound(projectId);
      fence(options);
      const message: MessageRecord = { id: randomUUID(), projectId, runId, role, content, createdAt: now() };
      messages.push(message);
      return copy(message);
    },
    async listMessages({ ownerId, projectId }) {
      if (!ownedProject(ownerId, projectId)) return [];
      return messages.filter((message) => message.projectId === projectId).map(copy);
    },

    async createVersion({ ownerId, projectId, runId, message, files, expectedHead }, options) {
      const project = ownedProject(ownerId, projectId);
      if (!project) throw projectNotFound(projectId);
      fence(options);
      if (runId !== null) {
        const ofRun = [...versions.values()].flat().find((version) => version.record.runId === runId);
        if (ofRun && ofRun.record.projectId !== projectId) throw versionOfAnotherProject(runId);
        if (ofRun) return copy(ofRun.record);
      }
      return copy(storeVersion(project, { runId, message, files, expectedHead }));
    },
    async listVersions({ ownerId, projectId }) {
      if (!ownedProject(ownerId, projectId)) return [];
      return (versions.get(projectId) ?? []).map((version) => copy(version.record));
    },
    async getVersionFiles({ ownerId, projectId, number }) {
      const project = ownedProject(ownerId, projectId);
      if (!project) return undefined;
      const wanted = number ?? project.currentVersion;
      const version = (versions.get(projectId) ?? []).find((candidate) => candidate.record.number === wanted);
      return version && { version: copy(version.record), files: versionFiles(version) };
    },

    async saveContract(input, options) {
      if (!projects.has(input.projectId)) throw projectNotFound(input.projectId);
      fence(options);
      const contract: ContractRecord = { ...copy(input), id: randomUUID(), createdAt: now() };
      contracts.push(contract);
      return copy(contract);
    },
    async listContracts({ ownerId, projectId }) {
      if (!ownedProject(ownerId, projectId)) return [];
      return contracts.filter((contract) => contract.projectId === projectId).map(copy);
    },

    async createDeployment({ ownerId, projectId, target, versionNumber, warnings, id }) {
      if (!ownedProject(ownerId, projectId)) throw projectNotFound(projectId);
      const deploymentId = id ?? randomUUID();
      if (deployments.some((deployment) => deployment.id === deploymentId)) throw idTaken('deployment', deploymentId);
      const at = now();
      const deployment: DeploymentRecord = {
        id: deploymentId,
        projectId,
        ownerId,
        target,
        versionNumber,
        status: 'building',
        providerDeploymentId: null,
        url: null,
        aliasUrl: null,
        error: null,
        warnings: [...(warnings ?? [])],
        createdAt: at,
        updatedAt: at,
      };
      deployments.push(deployment);
      return copy(deployment);
    },
    async updateDeployment({ ownerId, deploymentId, ...changes }) {
      const deployment = deployments.find((candidate) => candidate.id === deploymentId && candidate.ownerId === ownerId);
      if (!deployment) throw deploymentNotFound(deploymentId);
      for (const key of ['status', 'providerDeploymentId', 'url', 'aliasUrl', 'error'] as const) {
        if (changes[key] !== undefined) Object.assign(deployment, { [key]: copy(changes[key]) });
      }
      deployment.updatedAt = now();
      return copy(deployment);
    },
    async getDeployment({ ownerId, deploymentId }) {
      const deployment = deployments.find((candidate) => candidate.id === deploymentId && candidate.ownerId === ownerId);
      return deployment && copy(deployment);
    },
    async listDeployments({ ownerId, projectId }) {
      if (!ownedProject(ownerId, projectId)) return [];
      return deployments
        .filter((deployment) => deployment.projectId === projectId)
        .reverse()
        .map(copy);
    },

    async recordUsage(input, options) {
      if (!runs.has(input.runId)) throw runNotFound(input.runId);
      fence(options);
      usage.push(copy(input));
    },
    async listUsage({ ownerId, runId }) {
      if (!ownedRun(ownerId, runId)) return [];
      return usage.filter((record) => record.runId === runId).map(copy);
    },
    async addOwnerUsage({ ownerId, day, inputTokens, outputTokens, costUsd }) {
      const key = `${ownerId}\n${day}`;
      const total = ownerUsage.get(key) ?? { ownerId, day, inputTokens: 0, outputTokens: 0, costUsd: 0 };
      ownerUsage.set(key, { ownerId, day, inputTokens: total.inputTokens + inputTokens, outputTokens: total.outputTokens + outputTokens, costUsd: total.costUsd + costUsd });
    },
    async getOwnerUsage({ ownerId, day }) {
      return copy(ownerUsage.get(`${ownerId}\n${day}`) ?? { ownerId, day, inputTokens: 0, outputTokens: 0, costUsd: 0 });
    },
    async claimRunFinished({ runId, seq }) {
      if (!runs.has(runId)) throw runNotFound(runId);
      const claimed = finishedClaims.get(runId);
      if (claimed !== undefined) {
        const stored = events.get(runId)?.get(claimed);
        if ((stored && isTerminal(stored)) || seq <= claimed) return false;
      }
      finishedClaims.set(runId, seq);
      return true;
    },

    async putBlobs({ contents }) {
      return contents.map(putBlob);
    },
    async getBlobs({ keys }) {
      const found: Record<string, string> = {};
      for (const key of keys) {
        const content = blobs.get(key);
        if (content !== undefined) found[key] = content;
      }
      return found;
    },

    async putCheckpoint(input, options) {
      fence(options);
      const list = checkpoints.get(input.threadId) ?? [];
      const index = list.findIndex((checkpoint) => checkpoint.checkpointId === input.checkpointId);
      if (index === -1) list.push(copy(input));
      else list[index] = copy(input);
      checkpoints.set(input.threadId, list);
    },
    async getCheckpoint({ threadId, checkpointId }) {
      const list = checkpoints.get(threadId) ?? [];
      const found = checkpointId === undefined ? list.at(-1) : list.find((checkpoint) => checkpoint.checkpointId === checkpointId);
      return found && copy(found);
    },
    async listCheckpoints({ threadId, limit, before }) {
      let list = checkpoints.get(threadId) ?? [];
      if (before !== undefined) {
        const index = list.findIndex((checkpoint) => checkpoint.checkpointId === before);
        list = index === -1 ? [] : list.slice(0, index);
      }
      const newestFirst = [...list].reverse();
      return (limit === undefined ? newestFirst : newestFirst.slice(0, limit)).map(copy);
    },
    async putCheckpointWrites({ writes }, options) {
      fence(options);
      for (const write of writes) {
        const index = checkpointWrites.findIndex(
          (stored) => stored.threadId === write.threadId && stored.checkpointId === write.checkpointId && stored.taskId === write.taskId && stored.index === write.index,
        );
        if (index === -1) checkpointWrites.push(copy(write));
        else checkpointWrites[index] = copy(write);
      }
    },
    async getCheckpointWrites({ threadId, checkpointId }) {
      return checkpointWrites.filter((write) => write.threadId === threadId && write.checkpointId === checkpointId).map(copy);
    },

    async claimRun({ runId, workerId, leaseMs }) {
      if (!runs.has(runId)) throw runNotFound(runId);
      const current = leases.get(runId);
      if (current && !current.released && current.expiresAt > Date.now()) return undefined;
      const held = { epoch: (current?.epoch ?? 0) + 1, workerId, expiresAt: Date.now() + leaseMs, released: false };
      leases.set(runId, held);
      return toLease(runId, held);
    },
    async renewRunLease({ lease, leaseMs }) {
      fence({ lease });
      const held = leases.get(lease.runId)!;
      held.expiresAt = Date.now() + leaseMs;
      return toLease(lease.runId, held);
    },
    async releaseRun({ lease }) {
      const current = leases.get(lease.runId);
      if (current && current.epoch === lease.epoch) current.released = true;
    },

    async getGitLink({ ownerId, projectId }) {
      const link = gitLinks.get(projectId);
      return link && link.ownerId === ownerId ? copy(link) : undefined;
    },
    async saveGitLink({ ownerId, projectId, remote, branch, github }) {
      if (!ownedProject(ownerId, projectId)) throw projectNotFound(projectId);
      const at = now();
      const stored = gitLinks.get(projectId);
      const same = stored !== undefined && stored.remote === remote && stored.branch === branch;
      if (!same) gitCommits.delete(projectId);
      const link: GitLinkRecord = {
        projectId,
        ownerId,
        remote,
        branch,
        lastCommit: same ? stored.lastCommit : null,
        github: github === undefined ? (stored?.github ?? null) : github,
        syncedAt: same ? stored.syncedAt : null,
        createdAt: stored?.createdAt ?? at,
        updatedAt: at,
      };
      gitLinks.set(projectId, link);
      return copy(link);
    },
    async listGitCommits({ ownerId, projectId }) {
      if (!ownedProject(ownerId, projectId)) return [];
      return [...(gitCommits.get(projectId)?.values() ?? [])].sort((a, b) => a.version - b.version).map(copy);
    },
    async recordGitSync({ ownerId, projectId, expectedLastCommit, lastCommit, commits = [], version }) {
      const project = ownedProject(ownerId, projectId);
      if (!project) throw projectNotFound(projectId);
      const link = gitLinks.get(projectId);
      if (!link || link.lastCommit !== expectedLastCommit) throw gitSyncBusy({ projectId, expectedLastCommit, currentLastCommit: link?.lastCommit });
      const stored = version && storeVersion(project, { runId: null, message: version.message, files: version.files, expectedHead: version.expectedHead });
      const mapping = gitCommits.get(projectId) ?? new Map<number, GitCommitRecord>();
      for (const { version: number, commit } of commits) mapping.set(number, { projectId, version: number, commit, mergedCommit: mapping.get(number)?.mergedCommit ?? null });
      if (stored && version) mapping.set(stored.number, { projectId, version: stored.number, commit: version.commit, mergedCommit: version.mergedCommit });
      gitCommits.set(projectId, mapping);
      const at = now();
      Object.assign(link, { lastCommit, syncedAt: at, updatedAt: at });
      return { link: copy(link), version: stored && copy(stored) };
    },

    async countBlobs() {
      return blobs.size;
    },
  };
}
