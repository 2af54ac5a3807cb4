// `buildwright edit` on an existing project through the real CLI (issue 14: ≤ 2.5 s to verified):
// one `generate` makes the project (a recorded transcript writing src/App.tsx, the react-vite
// template, the default local sandbox and checks), then each `edit` (a new process, as a person
// runs it) is timed from spawn to its `check.passed` of build-app (published) and to
// `preview.ready` (verified), from its NDJSON, with the scripted model answering at once.
// Used by bench/cli-startup.ts.
import { spawn } from 'node:child_process';
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
}

/** One `generate`, then `runs` edits of that project, in `cwd` (its .buildwright/data is the store). */
export async function cliEditFigures(bin: string, cwd: string, runs: number): Promise<CliEditFigures> {
  const generate = await cliRun(bin, ['generate', 'a greeting page', '--llm', `script:${transcriptFile(cwd, 'Hello')}`], cwd);
  const edits: CliRun[] = [];
  for (let index = 0; index < runs; index += 1) {
    edits.push(await cliRun(bin, ['edit', generate.projectId, `edit ${index}`, '--llm', `script:${transcriptFile(cwd, `Edited ${index}`)}`], cwd));
  }
  return { generate, edits };
}
