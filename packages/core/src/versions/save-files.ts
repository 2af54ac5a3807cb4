import { BuildwrightError } from '@buildwright/client';
import { assertWritableFile, defaultFileLimits, type FileLimits, type ProjectFilesView } from '../protocol/file-rules.js';
import { projectPath } from '../protocol/project-path.js';
import { assertUnprotectedPath } from '../protocol/protected-paths.js';
import { utf8ByteLength } from '../protocol/utf8-byte-length.js';
import type { VersionRecord } from '../spec/storage.js';
import { requireProject, type VersionsContext } from './require-records.js';

/**
 * A save of hand edits. `files` and `deleted` are the changes made on `baseVersion`, not the whole
 * tree: every file of the base version that is in neither stays as it is. So a request stays small
 * (one edited file is one entry), and a save can never drop a file by leaving it out.
 */
export interface SaveFilesOptions {
  ownerId: string;
  projectId: string;
  /** Changed and added files: path → the file's whole new content. Paths relative to the project root. */
  files: Record<string, string>;
  /** Paths of files of the base version to remove. */
  deleted?: string[];
  /**
   * The version the edits were made on: the new version is stored only while it is still the
   * project's current one (`VERSION_CONFLICT` otherwise, nothing stored). `null` for a project
   * without a version yet.
   */
  baseVersion: number | null;
  /** Message of the new version (default `Edit by hand`). */
  message?: string;
  /** Size limits of the saved tree (default: the limits of the model's writes, `defaultFileLimits`). */
  limits?: Partial<FileLimits>;
}

export interface SaveFilesResult {
  /** The new version; the base version when `created` is false. */
  version: VersionRecord;
  /** False when the edits change nothing (every file equals the base version's): nothing was stored. */
  created: boolean;
  /** Paths whose content changed or that were added, normalized, sorted. */
  written: string[];
  /** Paths removed, normalized, sorted. */
  deleted: string[];
}

/**
 * Stores hand edits as a new version: the base version's files with `files` written over them and
 * `deleted` removed. Paths follow the project's one path rule (`projectPath`: `\` → `/`, `./`
 * resolved, NFC) and may not be protected (`.git/`, `node_modules/`, `.npmrc`, ...); the tree is
 * held to the file limits of the model's writes. A refusal writes nothing.
 *
 * Concurrency: the version is created with `expectedHead: baseVersion`, so when a run or another
 * save stored a version since, the call fails with `VERSION_CONFLICT` (`details.currentHead`), and
 * nothing is lost: the caller still holds its edits, reads the current version and saves them again on it.
 *
 * @example
 * const { version } = await saveFiles({ storage }, {
 *   ownerId: 'user-1', projectId, baseVersion: 3,
 *   files: { 'src/App.tsx': editedSource }, deleted: ['src/old.css'], message: 'Fix the header',
 * });
 * // version.number === 4, version.parent === 3
 */
export async function saveFiles({ storage }: VersionsContext, options: SaveFilesOptions): Promise<SaveFilesResult> {
  const { ownerId, projectId, baseVersion } = options;
  if (baseVersion !== null && (!Number.isInteger(baseVersion) || baseVersion < 1)) {
    throw invalid(`baseVersion ${String(baseVersion)} is not a version number: give the version the edits were made on (1, 2, 3...), or null for a project without versions.`);
  }
  const { writes, deletes } = normalizeChanges(options.files, options.deleted ?? []);
  const project = await requireProject(storage, ownerId, projectId);
  if (project.currentVersion !== baseVersion) throw editConflict(projectId, baseVersion, project.currentVersion, writes, deletes);
  const base = baseVersion === null ? undefined : await storage.getVersionFiles({ ownerId, projectId, number: baseVersion });
  if (baseVersion !== null && !base) throw editConflict(projectId, baseVersion, null, writes, deletes);
  const tree = new Map(Object.entries(base?.files ?? {}));

  for (const path of deletes) {
    if (!tree.has(path)) throw invalid(`"${path}" is not a file of version ${baseVersion ?? '(none)'}, so it cannot be deleted. Leave it out of "deleted".`, { path });
  }
  const written = [...writes.keys()].filter((path) => tree.get(path) !== writes.get(path)).sort();
  for (const path of deletes) tree.delete(path);
  const limits = { ...defaultFileLimits, ...options.limits };
  const view = filesView(tree);
  for (const path of written) {
    const content = writes.get(path)!;
    assertWritableFile(view, path, utf8ByteLength(content), limits);
    view.write(path, content);
  }
  const deleted = [...deletes].sort();
  if (written.length === 0 && deleted.length === 0) {
    if (!base) throw invalid('There is nothing to save: give at least one file.');
    return { version: base.version, created: false, written, deleted };
  }

  try {
    const version = await storage.createVersion({
      ownerId,
      projectId,
      runId: null,
      message: options.message?.trim() || 'Edit by hand',
      files: Object.fromEntries(tree),
      expectedHead: baseVersion,
    });
    return { version, created: true, written, deleted };
  } catch (error) {
    if (BuildwrightError.isInstance(error) && error.code === 'VERSION_CONFLICT') {
      throw editConflict(projectId, baseVersion, (error.details.currentHead as number | null | undefined) ?? null, writes, deletes, error);
    }
    throw error;
  }
}

/** The `VERSION_CONFLICT` of a save, saying how to save the same edits again. */
function editConflict(projectId: string, baseVersion: number | null, currentHead: number | null, writes: Map<string, string>, deletes: Set<string>, cause?: unknown): BuildwrightError {
  const base = baseVersion === null ? 'no version' : `version ${baseVersion}`;
  const current = currentHead === null ? 'no version' : `version ${currentHead}`;
  return new BuildwrightError({
    code: 'VERSION_CONFLICT',
    message:
      `Project "${projectId}" moved from ${base} to ${current} while these edits were made (a run or another save stored a version). ` +
      `Nothing was stored and your edits are kept: read ${current}, apply the same changes to it (details.paths), and save again with baseVersion: ${currentHead === null ? 'null' : currentHead}.`,
    details: { projectId, expectedHead: baseVersion, currentHead, paths: [...writes.keys(), ...deletes].sort() },
    cause,
  });
}

/** Normalizes the paths of the changes, refusing protected ones, duplicates, and a path both written and deleted. */
function normalizeChanges(files: Record<string, string>, deleted: readonly string[]): { writes: Map<string, string>; deletes: Set<string> } {
  if (typeof files !== 'object' || files === null || Array.isArray(files)) throw invalid('"files" must be an object of path → content.');
  if (!Array.isArray(deleted)) throw invalid('"deleted" must be a list of paths.');
  const writes = new Map<string, string>();
  for (const [given, content] of Object.entries(files)) {
    if (typeof content !== 'string') throw invalid(`The content of "${given}" is not text.`, { path: given });
    const path = checkedPath(given);
    if (writes.has(path)) throw invalid(`"${given}" names the same file as another entry (${path}).`, { path });
    writes.set(path, content);
  }
  const deletes = new Set<string>();
  for (const given of deleted) {
    if (typeof given !== 'string') throw invalid('"deleted" must be a list of paths.');
    const path = checkedPath(given);
    if (writes.has(path)) throw invalid(`"${path}" is both written and deleted: keep one of them.`, { path });
    deletes.add(path);
  }
  return { writes, deletes };
}

function checkedPath(path: string): string {
  const normalized = projectPath(path);
  assertUnprotectedPath(normalized);
  return normalized;
}

function invalid(message: string, details: Record<string, unknown> = {}): BuildwrightError {
  return new BuildwrightError({ code: 'INVALID_INPUT', docsPage: 'projects.md#saving-hand-edits', message, details });
}

/** A `ProjectFilesView` over a tree being assembled, for `assertWritableFile`; `write` keeps its totals. */
function filesView(tree: Map<string, string>): ProjectFilesView & { write(path: string, content: string): void } {
  const bytes = new Map([...tree].map(([path, content]) => [path, utf8ByteLength(content)]));
  let totalBytes = [...bytes.values()].reduce((sum, size) => sum + size, 0);
  const spellings = new Map<string, string>();
  const folders = new Set<string>();
  const remember = (path: string) => {
    const parts = path.split('/');
    for (let index = 1; index <= parts.length; index++) {
      const prefix = parts.slice(0, index).join('/');
      spellings.set(prefix.toLowerCase(), prefix);
      if (index < parts.length) folders.add(prefix);
    }
  };
  for (const path of tree.keys()) remember(path);
  return {
    get fileCount() {
      return tree.size;
    },
    get totalBytes() {
      return totalBytes;
    },
    bytesOf: (path) => bytes.get(path),
    isFolder: (path) => folders.has(path),
    spellingOf: (path) => {
      const seen = spellings.get(path.toLowerCase());
      return seen === path ? undefined : seen;
    },
    write(path, content) {
      const size = utf8ByteLength(content);
      totalBytes += size - (bytes.get(path) ?? 0);
      bytes.set(path, size);
      tree.set(path, content);
      remember(path);
    },
  };
}
