import { spawn, type ChildProcess } from 'node:child_process';
import { appTranscript } from '../../packages/core/src/http/http.test-support.js';
import type { ConsumerProject } from './consumer-project.js';

/**
 * `builder.mjs` of a server consumer: the packed engine with the scripted model and in-memory
 * adapters, no checks, and the handler mounted at `/api/builder` (every request is one user).
 */
export const scriptedBuilderFiles = {
  'transcript.json': JSON.stringify(appTranscript(), null, 2),
  'builder.mjs': `import { createBuilder } from '@buildwright/core';
import { createBuilderHandler } from '@buildwright/core/http';
import { memorySandbox, memoryStorage } from '@buildwright/adapters/memory';
import { scriptedLlm } from '@buildwright/adapters/scripted';

export const builder = createBuilder({
  llm: scriptedLlm({ transcript: 'transcript.json' }), // read from the working directory
  sandbox: memorySandbox(),
  storage: memoryStorage(),
  checks: [],
});
export const handler = createBuilderHandler(builder, { basePath: '/api/builder', authorize: async () => 'consumer' });
`,
};

export interface RunningServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  stop(): Promise<void>;
}

/**
 * Starts a server process of the project (`node server.mjs`, `bun server.mjs`, `npx next start`…)
 * on a free port and waits until it answers `readyPath` with a status below 500. The server picks
 * its port when it prints `listening <port>`; otherwise give `port`.
 */
export async function startServer(
  project: ConsumerProject,
  command: string,
  args: readonly string[],
  options: { port?: number; readyPath?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<RunningServer> {
  const child = spawn(command, args, { cwd: project.directory, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${command} ${args.join(' ')} did not start in ${options.timeoutMs ?? 60_000} ms:\n${output}`)), options.timeoutMs ?? 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const printed = /listening (\d+)/.exec(output);
      if (printed) clearTimeout(timer), resolve(Number(printed[1]));
      else if (options.port !== undefined && /ready|started server|Local:/i.test(output)) clearTimeout(timer), resolve(options.port);
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => (clearTimeout(timer), reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}`))));
  });
  const origin = `http://127.0.0.1:${port}`;
  if (options.readyPath) await fetch(`${origin}${options.readyPath}`).then((response) => response.arrayBuffer());
  return { origin, stop: () => stopProcess(child) };
}

/** Stops the process group it started (a server and the workers it spawned). */
function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    process.kill(-child.pid!, 'SIGTERM');
    setTimeout(() => child.exitCode === null && child.signalCode === null && process.kill(-child.pid!, 'SIGKILL'), 5_000).unref();
  });
}
