import type { CheckContext, Sandbox, SandboxServer } from '@buildwright/core';
import { sandboxFromFlags } from '../adapters-from-flags.js';
import { flush, type Command, type CommandContext } from '../cli-io.js';
import { waitForStop } from '../interrupts.js';
import { openExistingStorage } from '../open-storage.js';
import { startProgress } from '../render/progress.js';
import { streamTerminal, type Terminal } from '../render/terminal.js';
import { readVersion } from '../read-version.js';
import { UsageError } from '../usage-error.js';

/**
 * `buildwright preview <project> [version]`: rebuilds the app from storage in the project's
 * sandbox (the sandbox is a cache: any stored version can be served), installs its dependencies
 * (from the shared cache when it can), builds it and serves it with `vite preview`, then prints
 * the URL and serves until Ctrl-C (`--exit`: print and stop).
 *
 * @example
 * buildwright preview 3f2a9c1e-0d4b-4a8e-9a61-7c2f0e5b1d22 --port 4173
 */
export const previewCommand: Command = async (context) => {
  const { flags, positionals } = context.args;
  const projectId = positionals[0]!;
  const number = positionals[1] === undefined ? undefined : Number(positionals[1]);
  // Progress goes to stderr with --json, so stdout carries only the final JSON line.
  const terminal = streamTerminal(flags.json ? context.stderr : context.stdout, context.env);
  const { storage } = await openExistingStorage(flags);
  const found = await readVersion(storage, { ownerId: flags.owner ?? 'local', projectId, ...(number === undefined ? {} : { number }) }).finally(() => storage.close());
  const sandboxAdapter = await sandboxFromFlags(flags, context.env);
  const sandbox = await sandboxAdapter.open({ projectId });
  let server: SandboxServer | undefined;
  try {
    await syncFiles(sandbox, found.files);
    terminal.write(`${terminal.paint.bold(found.project.name)} ${terminal.paint.dim(`· version ${found.version.number} · ${Object.keys(found.files).length} files in ${sandbox.root}`)}\n`);
    if (!(await install(context, terminal, sandbox, found.project.kind, found.files))) return 1;
    server = await serve(terminal, sandbox, found.files, flags.port);
    if (!server) return 1;
    if (flags.json) context.stdout.write(`${JSON.stringify({ url: server.url, projectId, version: found.version.number })}\n`);
    else terminal.write(`\n  preview  ${terminal.paint.cyan(server.url)}\n${flags.exit ? '' : terminal.paint.dim('  Ctrl-C stops the server.\n')}`);
    await flush(context.stdout);
    if (!flags.exit) await waitForStop();
    return 0;
  } finally {
    await server?.stop().catch(() => {});
    await sandbox.kill();
  }
};

/** Makes the sandbox's files those of the version (files the version lacks are removed). */
async function syncFiles(sandbox: Sandbox, files: Record<string, string>): Promise<void> {
  const present = await sandbox.listFiles();
  for (const path of present) if (!Object.hasOwn(files, path)) await sandbox.removeFile(path);
  for (const [path, content] of Object.entries(files)) if ((await sandbox.readFile(path)) !== content) await sandbox.writeFile(path, content);
}

/** Installs with the engine's install check, so the shared dependency cache is used. */
async function install(context: CommandContext, terminal: Terminal, sandbox: Sandbox, kind: CheckContext['kind'], files: Record<string, string>): Promise<boolean> {
  if (!('package.json' in files)) return true;
  const { installCheck } = await import('@buildwright/adapters/checks');
  const progress = startProgress(terminal, 'install dependencies');
  const controller = new AbortController();
  const checkContext: CheckContext = {
    projectId: sandbox.id,
    runId: 'preview',
    kind,
    sandbox,
    files,
    artifactsDir: '.buildwright/artifacts/preview',
    signal: controller.signal,
    run: (command, options = {}) => sandbox.run({ command, ...options, signal: controller.signal, onOutput: ({ text }) => progress.output(text) }),
    emit: async (event) => {
      if (event.type === 'notice.posted') progress.output(event.message);
    },
    writeFiles: async (more) => {
      for (const [path, content] of Object.entries(more)) await sandbox.writeFile(path, content);
    },
  };
  const result = await installCheck().run(checkContext);
  progress.done(result.status !== 'failed', result.status === 'failed' ? result.report : undefined);
  if (result.status === 'failed') context.stderr.write(`${result.report}\n`);
  return result.status !== 'failed';
}

/** Builds and serves a Vite app, or runs `npm start` with PORT for other projects. */
async function serve(terminal: Terminal, sandbox: Sandbox, files: Record<string, string>, port: number | undefined): Promise<SandboxServer | undefined> {
  const manifest = parseManifest(files['package.json']);
  const vite = Boolean(manifest.dependencies?.vite ?? manifest.devDependencies?.vite);
  if (vite) {
    const progress = startProgress(terminal, 'vite build');
    const built = await sandbox.run({ command: 'node_modules/.bin/vite build', timeoutMs: 300_000, onOutput: ({ text }) => progress.output(text) });
    progress.done(built.exitCode === 0);
    if (built.exitCode !== 0) {
      terminal.write(`${(built.stderr || built.stdout).trim().split('\n').slice(-20).join('\n')}\n`);
      return undefined;
    }
    return sandbox.startServer({ command: 'node_modules/.bin/vite preview --host 127.0.0.1 --port {port} --strictPort', ...(port === undefined ? {} : { port }) });
  }
  if (manifest.scripts?.start) return sandbox.startServer({ command: 'npm start', ...(port === undefined ? {} : { port }) });
  throw new UsageError('This project has neither Vite nor a "start" script in package.json, so there is no server to start. Export it instead: buildwright export <project> --dir <path>.');
}

function parseManifest(text: string | undefined): { dependencies?: Record<string, string>; devDependencies?: Record<string, string>; scripts?: Record<string, string> } {
  if (text === undefined) return {};
  try {
    return JSON.parse(text) as ReturnType<typeof parseManifest>;
  } catch {
    return {};
  }
}
