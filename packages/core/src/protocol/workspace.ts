import { createHash } from 'node:crypto';
import type { Sandbox } from '../spec/sandbox.js';
import { FileTermCache, type FileTerms } from './file-terms.js';
import { utf8ByteLength } from './utf8-byte-length.js';

/**
 * The run's working tree: path → content. It is the truth during a run and is checkpointed in
 * the graph state; the sandbox is a cache kept in step by writing through to it. A write the
 * sandbox refuses (a symlink out of the project) is not recorded.
 */
export class Workspace {
  private readonly files: Map<string, string>;
  private readonly sizes = new Map<string, number>();
  /** Files under each folder path. */
  private readonly folders = new Map<string, number>();
  /** Each file and folder name in lower case → its spellings, counted by the files under them. */
  private readonly spellings = new Map<string, Map<string, number>>();
  /** Context selection's terms per file, dropped when the file changes. */
  private readonly terms = new FileTermCache();
  /** Every path in code-unit order, until a file is added or removed. */
  private sortedPaths: string[] | undefined;
  private sandbox: Sandbox | undefined;
  /** UTF-8 bytes of all files. */
  totalBytes = 0;

  constructor(files: Readonly<Record<string, string>> = {}) {
    this.files = new Map(Object.entries(files));
    for (const [path, content] of this.files) this.track(path, content);
  }

  get fileCount(): number {
    return this.files.size;
  }

  bytesOf(path: string): number | undefined {
    return this.sizes.get(path);
  }

  isFolder(path: string): boolean {
    return (this.folders.get(path) ?? 0) > 0;
  }

  spellingOf(path: string): string | undefined {
    for (const spelling of this.spellings.get(path.toLowerCase())?.keys() ?? []) if (spelling !== path) return spelling;
    return undefined;
  }

  private track(path: string, content: string | undefined): void {
    const existed = this.sizes.has(path);
    this.totalBytes -= this.sizes.get(path) ?? 0;
    if (content === undefined) this.sizes.delete(path);
    else {
      const bytes = utf8ByteLength(content);
      this.sizes.set(path, bytes);
      this.totalBytes += bytes;
    }
    this.terms.forget(path);
    const change = content === undefined ? (existed ? -1 : 0) : existed ? 0 : 1;
    if (change === 0) return;
    this.sortedPaths = undefined;
    const parts = path.split('/');
    for (let index = 1; index <= parts.length; index++) {
      const prefix = parts.slice(0, index).join('/');
      if (index < parts.length) bump(this.folders, prefix, change);
      const lower = prefix.toLowerCase();
      const spellings = this.spellings.get(lower) ?? new Map<string, number>();
      bump(spellings, prefix, change);
      if (spellings.size === 0) this.spellings.delete(lower);
      else this.spellings.set(lower, spellings);
    }
  }

  /**
   * Connects a sandbox and makes its project files this workspace's (a fresh or reconnected
   * sandbox, a cache of the stored version): a file it holds that the workspace does not (written
   * by a run that failed, was cancelled or was cut off before storing it) is removed, so the checks
   * never see it; a file whose content differs or is missing is written; an unchanged file is left
   * as it is (its modification time too, which the tools' caches go by). Dotfiles at any depth (a
   * check's `.env.production.local`) and what `listFiles` skips (`node_modules`, `dist`) are the
   * checks' and stay.
   */
  async attach(sandbox: Sandbox): Promise<void> {
    this.sandbox = sandbox;
    const present = new Set(await sandbox.listFiles());
    for (const path of present) if (!this.files.has(path) && !path.split('/').some((name) => name.startsWith('.'))) await sandbox.removeFile(path);
    for (const [path, content] of this.files) if (!present.has(path) || (await sandbox.readFile(path)) !== content) await sandbox.writeFile(path, content);
  }

  read(path: string): string | undefined {
    return this.files.get(path);
  }

  has(path: string): boolean {
    return this.files.has(path);
  }

  async write(path: string, content: string): Promise<void> {
    await this.sandbox?.writeFile(path, content);
    this.files.set(path, content);
    this.track(path, content);
  }

  async remove(path: string): Promise<void> {
    await this.sandbox?.removeFile(path);
    this.files.delete(path);
    this.track(path, undefined);
  }

  /** The terms context selection ranks a file by, tokenised once per content. */
  termsOf(path: string): FileTerms | undefined {
    const content = this.files.get(path);
    return content === undefined ? undefined : this.terms.of(path, content);
  }

  paths(): string[] {
    return [...this.sorted()];
  }

  snapshot(): Record<string, string> {
    return Object.fromEntries(this.sorted().map((path) => [path, this.files.get(path) as string]));
  }

  private sorted(): readonly string[] {
    this.sortedPaths ??= [...this.files.keys()].sort();
    return this.sortedPaths;
  }

  /** A digest of every path and content: equal digests mean no file changed. */
  digest(): string {
    const hash = createHash('sha256');
    for (const [path, content] of Object.entries(this.snapshot())) hash.update(path).update('\0').update(content).update('\0');
    return hash.digest('hex');
  }
}

function bump(counts: Map<string, number>, key: string, change: number): void {
  const next = (counts.get(key) ?? 0) + change;
  if (next > 0) counts.set(key, next);
  else counts.delete(key);
}
