// `buildwright edit` on an existing project through the real CLI (issue 14: ≤ 2.5 s to verified):
// one `generate` makes the project (a recorded transcript writing src/App.tsx, the react-vite
// template, the default local sandbox and checks), then each `edit` (a new process, as a person
// runs it) is timed from spawn to its `check.passed` of build-app (published) and to
// `preview.ready` (verified), from its NDJSON, with the scripted model answering at once.
// With `server`, one `buildwright serve` is started over the same store after the `generate`, and
// each edit is `edit --server` (a new process that loads no engine: the server runs the edit with
// its warm sandbox, check worker and browser), timed the same way; the server's first edit (cold
// check worker and browser) is kept apart from the others.
// Used by bench/cli-startup.ts.
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const app = (label: string) =>
  `export default function App() {\n  return (\n    <main className="min-h-screen flex items-center justify-center">\n      <h1 className="text-3xl font-bold">${label}</h1>\n    </main>\n  );\n}\n`;

function transcriptFile(cwd: string, label: string): string {
  const path = join(cwd, `${label.replaceAll(' ', '-')}.json`);
  const turns = [
    { node: 'plan', toolCalls: [{ name: 'submit_plan', arguments: { title: label, summary: label, steps: [{ id: 'app', title: 'Write App', files: ['src/App.tsx'] }] } }] },
    { node: 'build', toolCalls: [{ name: 'write_file', arguments: { path: 'src/App.tsx', content: app(label) } }] },
    { node: 'build', toolCalls: [{ name: 'finish', arguments: { summary: label } }] },
  ];
  writeFileSync(path, JSON.stringify({ format: 'buildwright.transcript/v1', turns }));
  return path;
}

/** A transcript every run of a server replays (`--llm script:` is per run): one more "!" in the title. */
function louderTitleTranscript(cwd: string): string {
  const path = join(cwd, 'louder-title.json');
  const turns = [
    { node: 'plan', toolCalls: [{ name: 'submit_plan', arguments: { title: 'Louder title', summary: 'One more !', steps: [{ id: 'app', title: 'Edit App', files: ['src/App.tsx'] }] } }] },
    { node: 'build', toolCalls: [{ name: 'edit_file', arguments: { path: 'src/App.tsx', edits: [{ search: '</h1>', replace: '!</h1>' }] } }] },
    { node: 'build', toolCalls: [{ name: 'finish', arguments: { summary: 'One more !' } }] },
  ];
  writeFileSync(path, JSON.stringify({ format: 'buildwright.transcript/v1', turns }));
  return path;
}

interface CliRun {
  projectId: string;
  publishedMs: number;
  verifiedMs: number;
  exitMs: number;
}

/** Runs the CLI to its exit; the times are from spawn. Fails unless the run ends verified. */
function cliRun(bin: string, args: string[], cwd: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [bin, ...args, '--json'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let buffered = '';
    let stderr = '';
    const run: Partial<CliRun> = {};
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        const event = JSON.parse(line) as { type: string; check?: string; projectId?: string };
        if (event.projectId) run.projectId ??= event.projectId;
        if (event.type === 'check.passed' && event.check === 'build-app') run.publishedMs = performance.now() - started;
        if (event.type === 'preview.ready') run.verifiedMs = performance.now() - started;
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      run.exitMs = performance.now() - started;
      if (code === 0 && run.projectId && run.verifiedMs !== undefined && run.publishedMs !== undefined) resolve(run as CliRun);
      else reject(new Error(`buildwright ${args[0]} exited with ${code} without a verified preview: ${stderr.slice(-400)}`));
    });
  });
}

export interface CliEditFigures {
  generate: CliRun;
  edits: CliRun[];
  /** With `server`: the server's first edit (its check worker and browser cold); `edits` are the ones after it. */
  firstOnServer?: CliRun;
  /** With `server`: from spawning `buildwright serve` to its `serve.listening` line. */
  serverStartMs?: number;
}

/**
 * One `generate`, then `runs` edits of that project, in `cwd` (its .buildwright/data is the store).
 * With `server`: a `buildwright serve` over that store, then one edit and `runs` more, each `edit --server`.
 */
export async function cliEditFigures(bin: string, cwd: string, runs: number, options: { server?: boolean } = {}): Promise<CliEditFigures> {
  const generate = await cliRun(bin, ['generate', 'a greeting page', '--llm', `script:${transcriptFile(cwd, 'Hello')}`], cwd);
  const edits: CliRun[] = [];
  if (!options.server) {
    for (let index = 0; index < runs; index += 1) {
      edits.push(await cliRun(bin, ['edit', generate.projectId, `edit ${index}`, '--llm', `script:${transcriptFile(cwd, `Edited ${index}`)}`], cwd));
    }
    return { generate, edits };
  }
  const server = await startServe(bin, cwd, louderTitleTranscript(cwd));
  try {
    const editOnServer = (index: number) => cliRun(bin, ['edit', generate.projectId, `edit ${index}`, '--server', server.url], cwd);
    const firstOnServer = await editOnServer(0);
    for (let index = 1; index <= runs; index += 1) edits.push(await editOnServer(index));
    return { generate, edits, firstOnServer, serverStartMs: server.startMs };
  } finally {
    await server.stop();
  }
}

/** `buildwright serve --port 0` in `cwd` (its store) with a scripted model; resolves once it listens. */
function startServe(bin: string, cwd: string, transcript: string): Promise<{ url: string; startMs: number; stop(): Promise<void> }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child: ChildProcess = spawn(process.execPath, [bin, 'serve', '--port', '0', '--json', '--llm', `script:${transcript}`], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<void>((done) => child.on('exit', () => done()));
    let stdout = '';
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`buildwright serve exited with ${code} before listening: ${stderr.slice(-400)}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n').find((candidate) => candidate.includes('"serve.listening"'));
      if (!line) return;
      const stop = async () => {
        if (child.exitCode === null) child.kill('SIGTERM');
        await exited;
      };
      resolve({ url: (JSON.parse(line) as { url: string }).url, startMs: performance.now() - started, stop });
    });
  });
}
