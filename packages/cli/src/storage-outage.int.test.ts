import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { postgresStorage } from '@buildwright/adapters/postgres';
import { privatePostgresUnavailable, startPrivatePostgres, type PrivatePostgres } from '@buildwright/adapters/testing';
import type { BuildwrightEvent, Transcript } from '@buildwright/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, startCli, temporaryDirectory, transcriptsDirectory } from './run-cli.test-support.js';

// Stops a Postgres server mid-run, so it uses one of its own (the shared server other test files
// use is never touched). Set by .ci/run where the server binaries exist.
const requirePrivatePostgres = process.env.BUILDWRIGHT_REQUIRE_PRIVATE_POSTGRES === '1';
const runHere = privatePostgresUnavailable === undefined || requirePrivatePostgres;
if (!runHere) it.skip(`buildwright with Postgres down: skipped because ${privatePostgresUnavailable} (BUILDWRIGHT_REQUIRE_PRIVATE_POSTGRES=1 makes this a failure)`, () => {});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const transcriptPath = join(transcriptsDirectory, 'counter-app.json');

describe.runIf(runHere)('buildwright with --storage postgres while the server goes away', () => {
  let server: PrivatePostgres;
  const cwd = temporaryDirectory();
  beforeAll(async () => {
    server = await startPrivatePostgres();
  });
  afterAll(async () => {
    await server?.destroy();
    rmSync(cwd, { recursive: true, force: true });
  });

  it('error: down past BUILDWRIGHT_STORAGE_RETRY_MS, generate prints STORAGE_UNAVAILABLE with the resume command and exits 1; once it is back, resume completes the run with one version', async () => {
    const url = await server.createDatabase();
    const reader = postgresStorage({ connectionString: url, retryForMs: 0 });
    try {
      // The paced replay keeps the build step's model call open while the server stops.
      const cli = startCli(['generate', 'a counter app', '--llm', `script:${transcriptPath}`, '--storage', url, '--replay-delay', '1500'], { cwd, env: { BUILDWRIGHT_STORAGE_RETRY_MS: '2000' } });
      let runId: string | undefined;
      for (const started = Date.now(); !runId && Date.now() - started < 60_000; await sleep(100)) {
        const [project] = await reader.listProjects({ ownerId: 'local' }).catch(() => []);
        const [run] = project ? await reader.listRuns({ ownerId: 'local', projectId: project.id }) : [];
        if (run && (await reader.readEvents({ ownerId: 'local', runId: run.id })).some((event) => event.type === 'step.started')) runId = run.id;
      }
      expect(runId).toBeDefined();
      await server.stop();
      const failed = await cli.done;
      expect(failed.stderr).toBe('');
      expect(failed.code).toBe(1);
      expect(failed.stdout).toMatch(/Run failed \[STORAGE_UNAVAILABLE\]: Run \S+ stopped: The postgres database is unreachable: .*ECONNREFUSED/);
      expect(failed.stdout).toContain(`resume it once the database is back: buildwright resume ${runId}`);

      await server.start();
      const resumed = await runCli(['resume', runId!, '--llm', `script:${transcriptPath}`, '--storage', url, '--json'], { cwd });
      expect(resumed.stderr).toBe('');
      expect(resumed.code).toBe(0);

      const events: BuildwrightEvent[] = await reader.readEvents({ ownerId: 'local', runId: runId! });
      expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => index + 1));
      const types = events.map((event) => event.type);
      expect(types.filter((type) => type === 'version.created')).toHaveLength(1);
      expect(types.at(-1)).toBe('run.completed');
      const run = await reader.getRun({ ownerId: 'local', runId: runId! });
      expect(run?.status).toBe('completed');
      expect((await reader.listVersions({ ownerId: 'local', projectId: run!.projectId })).map((version) => [version.number, version.runId])).toEqual([[1, runId]]);
      const transcript = JSON.parse(readFileSync(transcriptPath, 'utf8')) as Transcript;
      const written = transcript.turns.flatMap((turn) => turn.toolCalls.filter((call) => call.name === 'write_file').map((call) => (call.arguments as { path: string }).path));
      const { files } = (await reader.getVersionFiles({ ownerId: 'local', projectId: run!.projectId }))!;
      expect(Object.keys(files)).toEqual(expect.arrayContaining(written));
    } finally {
      await reader.close();
    }
  }, 400_000);
});
