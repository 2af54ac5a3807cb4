import { createHash } from 'node:crypto';
import type { Sandbox } from '../spec/sandbox.js';

/**
 * The run's working tree: path → content. It is the truth during a run and is checkpointed in
 * the graph state; the sandbox is a cache kept in step by writing through to it. A write the
 * sandbox refuses (a symlink out of the project) is not recorded.
 */
export class Workspace {
  private readonly files: Map<string, string>;
  private sandbox: Sandbox | undefined;

  constructor(files: Readonly<Record<string, string>> = {}) {
    this.files = new Map(Object.entries(files));
  }

  /** Connects a sandbox and writes every file to it (a fresh or reconnected sandbox). */
  async attach(sandbox: Sandbox): Promise<void> {
    this.sandbox = sandbox;
    for (const [path, content] of this.files) await sandbox.writeFile(path, content);
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
  }

  async remove(path: string): Promise<void> {
    await this.sandbox?.removeFile(path);
    this.files.delete(path);
  }

  paths(): string[] {
    return [...this.files.keys()].sort();
  }

  snapshot(): Record<string, string> {
    return Object.fromEntries([...this.files.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
  }

  /** A digest of every path and content: equal digests mean no file changed. */
  digest(): string {
    const hash = createHash('sha256');
    for (const [path, content] of Object.entries(this.snapshot())) hash.update(path).update('\0').update(content).update('\0');
    return hash.digest('hex');
  }
}
