import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { pgliteStorage } from '@buildwright/adapters/pglite';
import { parseEvent, type Transcript } from '@buildwright/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, startCli, temporaryDirectory, type CliProcess } from './run-cli.test-support.js';

// `generate --server` and `edit --server` against one real `buildwright serve` (PGlite in its own
// directory, the scripted model, the default local sandbox and web checks). The client commands run
// in another, empty directory: they must not open a store (or make .buildwright/) there.
// Every run on the server replays the same transcript from its start (`--llm script:` is per run):
// one more "!" in the react-vite template's title, so the generation and each edit change the app.
const transcript: Transcript = {
  format: 'buildwright.transcript/v1',
  turns: [
    {
      node: 'plan',
      toolCalls: [{ name: 'submit_plan', arguments: { title: 'Louder title', summary: 'One more exclamation mark', steps: [{ id: 'title', title: 'Edit the title', files: ['src/App.tsx'] }] } }],
    },
    { node: 'build', toolCalls: [{ name: 'edit_file', arguments: { path: 'src/App.tsx', edits: [{ search: '</h1>', replace: '!</h1>' }] } }] },
    { node: 'build', toolCalls: [{ name: 'finish', arguments: { summary: 'The title has one more exclamation mark.' } }] },
  ],
};
const serverDirectory = temporaryDirectory();
const clientDirectory = temporaryDirectory();
let serve: CliProcess;
let url: string;

beforeAll(async () => {
  const transcriptPath = join(serverDirectory, 'louder-title.json');
  writeFileSync(transcriptPath, JSON.stringify(transcript));
  serve = startCli(['serve', '--port', '0', '--json', '--llm', `script:${transcriptPath}`], { cwd: serverDirectory });
  url = (JSON.parse(await serve.waitForLine((line) => line.includes('"serve.listening"'), 120_000)) as { url: string }).url;
}, 150_000);
afterAll(async () => {
  if (serve?.child.exitCode === null) serve.child.kill('SIGKILL');
  await serve?.done;
  rmSync(serverDirectory, { recursive: true, force: true });
  rmSync(clientDirectory, { recursive: true, force: true });
});

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('generate and edit --server: the run executes on a running buildwright serve', () => {
  it('error: an unreachable server is SERVER_UNAVAILABLE saying to start buildwright serve, exit 2; a project the owner does not have is exit 2, as locally', async () => {
    const unreachable = `http://127.0.0.1:${await closedPort()}`;
    const refused = await runCli(['edit', '0b6f3c5e-6a1d-4f0e-9a43-2c7f1d5e8a90', 'a louder title', '--server', unreachable], { cwd: clientDirectory });
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(
      new RegExp(`^buildwright: Cannot reach a buildwright server at ${unreachable} \\(ECONNREFUSED\\)\\. Start one with buildwright serve .*fix --server\\. \\[SERVER_UNAVAILABLE\\]\\n$`),
    );

    const missing = await runCli(['edit', '0b6f3c5e-6a1d-4f0e-9a43-2c7f1d5e8a90', 'a louder title', '--server', url], { cwd: clientDirectory });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('buildwright: Project 0b6f3c5e-6a1d-4f0e-9a43-2c7f1d5e8a90 does not exist for this owner.\n');
  }, 60_000);

  it('default: generate --server --json prints the run’s events; edit --server shows the step list and exits 0; the new version is in the server’s storage, of the --owner; nothing is stored where the client ran', async () => {
    const generated = await runCli(['generate', 'a greeting page', '--template', 'react-vite', '--server', url, '--owner', 'alice', '--json'], { cwd: clientDirectory });
    expect(generated.stderr).toBe('');
    expect(generated.code).toBe(0);
    const events = generated.stdout
      .trim()
      .split('\n')
      .map((line) => parseEvent(JSON.parse(line)));
    expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => index + 1));
    expect(events.at(-1)).toMatchObject({ type: 'run.completed', versionNumber: 1 });
    const { projectId } = events[0]!;

    const edited = await runCli(['edit', projectId, 'a louder title', '--server', url, '--owner', 'alice'], { cwd: clientDirectory });
    expect(edited.stderr).toBe('');
    expect(edited.code).toBe(0);
    const lines = edited.stdout.split('\n');
    expect(lines[0]).toBe(`server: ${url} · owner alice`);
    expect(lines).toEqual(
      expect.arrayContaining(['Editing the project: a louder title', '    ~ src/App.tsx 1 edit', '✔ version 2 saved · 10 files', 'Done. The title has one more exclamation mark.']),
    );
    expect(lines.filter((line) => /^✔ check /.test(line)).map((line) => line.split(' ')[2])).toEqual(['imports', 'install', 'validate', 'build-app', 'browser']);
    expect(edited.stdout).toContain(`  version     2 of project ${projectId}`);
    expect(edited.stdout).toMatch(/^ {2}preview {5}http:\/\/127\.0\.0\.1:\d+$/m);
    expect(existsSync(join(clientDirectory, '.buildwright'))).toBe(false);

    serve.child.kill('SIGTERM');
    expect((await serve.done).code).toBe(0);
    const storage = pgliteStorage({ dataDir: join(serverDirectory, '.buildwright/data') });
    try {
      expect(await storage.getProject({ ownerId: 'local', projectId })).toBeUndefined();
      expect((await storage.getProject({ ownerId: 'alice', projectId }))?.currentVersion).toBe(2);
      const version = await storage.getVersionFiles({ ownerId: 'alice', projectId });
      expect(version?.files['src/App.tsx']).toContain('Your app starts here!!</h1>');
    } finally {
      await storage.close();
    }
  }, 300_000);
});
