import { randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { BuildwrightError } from '@buildwright/core';
import type { Deployment } from '@buildwright/core';

/** A deployment as a deploy adapter keeps it on disk: the port's record, its alias label and the order it was made in. */
export interface StoredDeployment extends Deployment {
  /** The project's alias label (`<name>-<hash>`). */
  alias: string;
  /** Creation order (milliseconds, made unique within a process): newest first sorts on it. */
  order: number;
  /** Values written into the deployed build (a DApp's contract address and chain). */
  env: Record<string, string>;
}

/**
 * The directory of immutable builds a deploy adapter serves from, so deployments outlive its
 * process: `builds/<id>/` (the files, written under a temporary name and renamed into place),
 * `deployments/<id>.json` (the records) and `aliases/<label>` (the deployment id the project's
 * alias points at). Each record and alias is replaced by writing a temporary file and renaming it
 * over the old one, so a reader sees the old or the new one, never half of either.
 */
export interface DeployDirectory {
  readonly root: string;
  /** Where a deployment's files are. */
  buildPath(id: string): string;
  /** Writes a build's files (paths checked to stay inside it) and moves them into place at once. */
  writeBuild(id: string, files: Record<string, string | Uint8Array>): Promise<string>;
  removeBuild(id: string): Promise<void>;
  saveRecord(record: StoredDeployment): Promise<void>;
  readRecord(id: string): Promise<StoredDeployment | undefined>;
  /** Records of a project (every project when omitted), newest first. */
  listRecords(projectId?: string): Promise<StoredDeployment[]>;
  /** Points the alias at a deployment, or removes it (`null`). */
  pointAlias(alias: string, id: string | null): Promise<void>;
  readAlias(alias: string): Promise<string | undefined>;
  /** When the record's alias points at it (on undeploy), points the alias at the project's newest other ready deployment, or removes it. */
  pointAliasAwayFrom(record: StoredDeployment): Promise<void>;
}

let lastOrder = 0;
/** A creation order that grows even within one millisecond. */
export function nextOrder(): number {
  lastOrder = Math.max(lastOrder + 1, Date.now());
  return lastOrder;
}

const temporary = () => `.tmp-${randomBytes(6).toString('hex')}`;

/** A path inside `root`, or a `DEPLOY_FAILED` error for one that would leave it (build output is untrusted). */
export function insidePath(root: string, path: string): string {
  const target = resolve(root, path);
  if (path.includes('\0') || !target.startsWith(resolve(root) + sep)) {
    throw new BuildwrightError({
      code: 'DEPLOY_FAILED',
      message: `The build has a file outside its directory ("${path}"); nothing was deployed. Build output paths must be relative and stay inside the output directory.`,
    });
  }
  return target;
}

async function writeAtomically(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const staged = join(dirname(path), temporary());
  await writeFile(staged, content);
  await rename(staged, path);
}

/** The deploy directory at `root` (created on first write). */
export function deployDirectory(root: string): DeployDirectory {
  const builds = join(root, 'builds');
  const records = join(root, 'deployments');
  const aliases = join(root, 'aliases');
  const directory: DeployDirectory = {
    root,
    buildPath: (id) => join(builds, id),
    async writeBuild(id, files) {
      const staged = join(builds, temporary());
      await mkdir(staged, { recursive: true });
      try {
        for (const [path, content] of Object.entries(files)) {
          const target = insidePath(staged, path);
          await mkdir(dirname(target), { recursive: true });
          await writeFile(target, content);
        }
        await rename(staged, join(builds, id));
      } catch (error) {
        await rm(staged, { recursive: true, force: true });
        throw error;
      }
      return join(builds, id);
    },
    async removeBuild(id) {
      const path = join(builds, id);
      const trash = join(builds, temporary());
      await rename(path, trash).catch(() => undefined);
      await rm(trash, { recursive: true, force: true });
    },
    saveRecord: (record) => writeAtomically(join(records, `${record.deploymentId}.json`), JSON.stringify(record, null, 2)),
    async readRecord(id) {
      try {
        return JSON.parse(await readFile(join(records, `${id}.json`), 'utf8')) as StoredDeployment;
      } catch {
        return undefined;
      }
    },
    async listRecords(projectId) {
      const names = await readdir(records).catch(() => [] as string[]);
      const found = await Promise.all(
        names
          .filter((name) => name.endsWith('.json') && !name.startsWith('.'))
          .map(async (name) => JSON.parse(await readFile(join(records, name), 'utf8').catch(() => 'null')) as StoredDeployment | null),
      );
      return found.filter((record): record is StoredDeployment => record !== null && (projectId === undefined || record.projectId === projectId)).sort((a, b) => b.order - a.order);
    },
    async pointAlias(alias, id) {
      if (id === null) await rm(join(aliases, alias), { force: true });
      else await writeAtomically(join(aliases, alias), id);
    },
    async readAlias(alias) {
      return (await readFile(join(aliases, alias), 'utf8').catch(() => undefined))?.trim() || undefined;
    },
    async pointAliasAwayFrom(record) {
      if ((await directory.readAlias(record.alias)) !== record.deploymentId) return;
      const previous = (await directory.listRecords(record.projectId)).find((candidate) => candidate.status === 'ready' && candidate.deploymentId !== record.deploymentId);
      await directory.pointAlias(record.alias, previous?.deploymentId ?? null);
    },
  };
  return directory;
}
