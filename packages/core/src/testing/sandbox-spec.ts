import { afterEach, describe } from 'vitest';
import type { SandboxAdapter } from '../spec/sandbox.js';
import { describeCommands } from './sandbox-spec/commands.js';
import { createSandboxSpecContext } from './sandbox-spec/context.js';
import { describeFiles } from './sandbox-spec/files.js';
import { describeServers } from './sandbox-spec/servers.js';
import { describeSymlinks } from './sandbox-spec/symlinks.js';

/** What the sandbox under test can do; each capability turns on its part of the suite. */
export interface SandboxSpecOptions {
  /** Suite name (defaults to the adapter's provider). */
  name?: string;
  /** Commands run in a real POSIX shell (`sh -c`) with `sleep`, `echo`, `pwd`, `ln`... Default false. */
  shell?: boolean;
  /** `startServer` runs real servers reachable over HTTP from this process. Needs `shell`. Default false. */
  servers?: boolean;
  /** The project is a real directory where `ln -s` works, so symlink escapes can be tested. Needs `shell`. Default false. */
  symlinks?: boolean;
  /** A command serving HTTP 200 "ok" on `$PORT` (127.0.0.1). Defaults to a one-line Node server. */
  serverCommand?: string;
  /** Reopening a project (after `kill`) sees its files. Default true. */
  reopen?: boolean;
  /** The adapter has `remove`: a removed project reopens empty, and other projects keep their files. Default false. */
  remove?: boolean;
}

/**
 * The sandbox conformance suite: files, path safety, commands (exit codes, streamed output,
 * timeouts and aborts that kill the whole process tree) and servers. Call it from an adapter's
 * test file; capabilities the sandbox lacks are left out with the reason in the suite name.
 *
 * @example
 * // packages/adapters/src/local/local-sandbox.test.ts
 * import { runSandboxSpec } from '@buildwright/core/testing';
 * import { localSandbox } from './local-sandbox.js';
 *
 * runSandboxSpec(() => localSandbox({ root: tempDir }), { shell: true, servers: true, symlinks: true });
 */
export function runSandboxSpec(factory: () => SandboxAdapter | Promise<SandboxAdapter>, options: SandboxSpecOptions = {}): void {
  const spec = createSandboxSpecContext(factory, options);

  describe(`sandbox spec: ${options.name ?? 'adapter'}`, () => {
    afterEach(async () => {
      await Promise.all(spec.opened.splice(0).map((sandbox) => sandbox.kill().catch(() => {})));
    });

    describeFiles(spec);
    describeCommands(spec);
    describeServers(spec);
    describeSymlinks(spec);
  });
}
