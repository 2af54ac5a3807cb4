import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEvent, type BuildwrightEvent, type Transcript } from '@buildwright/core';
import { pgliteStorage } from '@buildwright/adapters/pglite';
import { describe, expect, it } from 'vitest';
import { freshDirectories, runCli, startCli, transcriptsDirectory } from './run-cli.test-support.js';

const freshDirectory = freshDirectories();
const fixLoop = join(transcriptsDirectory, 'fix-loop.json');

/** Every stdout line must be one event that the schemas accept, numbered 1, 2, 3... */
function parseNdjson(stdout: string): BuildwrightEvent[] {
  const lines = stdout.split('\n');
  expect(lines.at(-1)).toBe('');
  return lines.slice(0, -1).map((line) => parseEvent(JSON.parse(line)));
}

describe('buildwright generate --json', () => {
  it('default: every stdout line is an event that validates, the fix loop shows, exit 0 on run.completed', async () => {
    const cwd = freshDirectory();
    const result = await runCli(['generate', 'a pomodoro timer with a task list', '--llm', `script:${fixLoop}`, '--json'], { cwd });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const events = parseNdjson(result.stdout);
    expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => index + 1));
    expect(new Set(events.map((event) => event.runId)).size).toBe(1);
    const types = events.map((event) => event.type);
    expect(types[0]).toBe('run.started');
    expect(types.at(-1)).toBe('run.completed');
    const failed = events.find((event) => event.type === 'check.failed');
    expect(failed?.type === 'check.failed' && failed.check).toBe('imports');
    expect(types.indexOf('fix.started')).toBeGreaterThan(types.indexOf('check.failed'));
    expect(events.filter((event) => event.type === 'check.passed').map((event) => (event.type === 'check.passed' ? event.check : ''))).toEqual([
      'imports',
      'install',
      'validate',
      'build-app',
      'browser',
    ]);
    const ready = events.find((event) => event.type === 'preview.ready');
    expect(ready?.type === 'preview.ready' && ready.screenshotPath && existsSync(join(cwd, ready.screenshotPath))).toBe(true);
  }, 300_000);
});

describe('exit codes', () => {
  it('error: exit 1 on run.failed when a check still fails past the fix budget, with the reason on screen', async () => {
    const cwd = freshDirectory();
    const broken: Transcript = {
      format: 'buildwright.transcript/v1',
      turns: [
        { node: 'plan', toolCalls: [{ name: 'submit_plan', arguments: { title: 'Greeting', summary: 'One component', steps: [{ id: 'app', title: 'App', files: ['src/App.tsx'] }] } }] },
        {
          node: 'build',
          toolCalls: [{ name: 'write_file', arguments: { path: 'src/App.tsx', content: "import { Greeting } from './Greeting';\n\nexport default function App() {\n  return <Greeting />;\n}\n" } }],
        },
        { node: 'build', toolCalls: [{ name: 'finish', arguments: { summary: 'App renders a greeting.' } }] },
      ],
    };
    const path = join(cwd, 'broken.json');
    writeFileSync(path, JSON.stringify(broken));
    const result = await runCli(['generate', 'a greeting', '--llm', `script:${path}`, '--max-fix-attempts', '0'], { cwd });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('✖ check imports');
    expect(result.stdout).toContain("src/App.tsx:1:26 './Greeting' does not resolve to a file");
    expect(result.stdout).toMatch(/Run failed \[CHECK_FAILED\] in check imports: The "imports" check still fails after 0 fix attempts/);
    // stdout is a pipe here: no colors and no spinner redraws.
    expect(result.stdout).not.toMatch(/\u001b\[|\r/);
  }, 120_000);

  it('behavior: Ctrl-C during the build step exits 130 with run.cancelled stored, and resume completes the run', async () => {
    const cwd = freshDirectory();
    // A paced replay keeps the build step's model call open long enough to interrupt it.
    const cli = startCli(['generate', 'a pomodoro timer with a task list', '--llm', `script:${fixLoop}`, '--json', '--replay-delay', '1500'], { cwd });
    const started = parseEvent(JSON.parse(await cli.waitForLine((line) => line.includes('"step.started"'))));
    cli.child.kill('SIGINT');
    const interrupted = await cli.done;
    expect(interrupted.code).toBe(130);
    const before = parseNdjson(interrupted.stdout);
    expect(before.at(-1)?.type).toBe('run.cancelled');
    expect(before.some((event) => event.type === 'file.written')).toBe(false);

    const resumed = await runCli(['resume', started.runId, '--llm', `script:${fixLoop}`, '--json'], { cwd });
    expect(resumed.stderr).toBe('');
    expect(resumed.code).toBe(0);
    const after = parseNdjson(resumed.stdout);
    expect(after.at(-1)?.type).toBe('run.completed');
    expect(after.every((event) => event.runId === started.runId)).toBe(true);

    // What storage holds: one run, cancelled then completed, events numbered without gaps or repeats.
    const storage = pgliteStorage({ dataDir: join(cwd, '.buildwright/data') });
    try {
      const stored = await storage.readEvents({ ownerId: 'local', runId: started.runId });
      expect(stored.map((event) => event.seq)).toEqual(stored.map((_, index) => index + 1));
      const types = stored.map((event) => event.type);
      expect(types.indexOf('run.cancelled')).toBeGreaterThan(types.indexOf('step.started'));
      expect(types.at(-1)).toBe('run.completed');
      expect((await storage.getRun({ ownerId: 'local', runId: started.runId }))?.status).toBe('completed');
      const project = await storage.getProject({ ownerId: 'local', projectId: started.projectId });
      expect(project?.currentVersion).toBe(1);
      const version = await storage.getVersionFiles({ ownerId: 'local', projectId: started.projectId });
      expect(Object.keys(version!.files)).toEqual(expect.arrayContaining(['src/App.tsx', 'src/components/Timer.tsx', 'src/lib/time.ts']));
    } finally {
      await storage.close();
    }
  }, 300_000);
});
