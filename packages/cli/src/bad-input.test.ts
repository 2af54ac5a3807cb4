import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshDirectories, runCli, transcriptsDirectory } from './run-cli.test-support.js';

const freshDirectory = freshDirectories();
const transcript = join(transcriptsDirectory, 'fix-loop.json');

/** Runs the CLI in an empty directory and checks the contract for bad input: exit 2, one line on stderr, nothing on stdout, nothing written. */
async function expectBadInput(args: string[], message: RegExp, options: { env?: Record<string, string | undefined>; stdin?: string } = {}) {
  const cwd = freshDirectory();
  const result = await runCli(args, { cwd, ...options });
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^buildwright: /);
  expect(lines[0]).toMatch(message);
  expect(lines[0]).not.toMatch(/\bat .+:\d+:\d+/);
  expect(readdirSync(cwd)).toEqual([]);
}

// Each case runs its own processes in its own directory: they run side by side.
describe.concurrent('bad input: exit 2, one clear line on stderr, nothing written', () => {
  it('error: worker without --queue', () => expectBadInput(['worker', '--storage', 'postgres://postgres@127.0.0.1:5432/test'], /worker needs --queue redis:\/\/host:6379/));

  it('error: worker on a PGlite directory (or no --storage) says a PGlite directory cannot be shared', async () => {
    await expectBadInput(['worker', '--queue', 'redis://127.0.0.1:6379', '--storage', 'pglite:data'], /worker needs --storage postgres:\/\/….*cannot be shared between a server and its workers/);
    await expectBadInput(['worker', '--queue', 'redis://127.0.0.1:6379'], /worker needs --storage postgres:\/\//);
  });

  it('error: --queue and --event-bus that are not Redis addresses, --prefix, --concurrency and --owner-header out of shape', async () => {
    await expectBadInput(['worker', '--queue', 'http://127.0.0.1:6379', '--storage', 'postgres://x'], /--queue "http:\/\/127\.0\.0\.1:6379" is not a Redis address/);
    await expectBadInput(['serve', '--event-bus', 'kafka://x'], /--event-bus "kafka:\/\/x" is not a Redis address \(redis:\/\/host:6379\) or "postgres"/);
    await expectBadInput(['serve', '--prefix', 'Team-A'], /--prefix "Team-A" must be 1 to 20 lowercase letters/);
    await expectBadInput(['worker', '--queue', 'redis://127.0.0.1:6379', '--storage', 'postgres://x', '--concurrency', '0'], /--concurrency must be a whole number from 1 to 64/);
    await expectBadInput(['serve', '--owner-header', 'x owner'], /--owner-header "x owner" is not an HTTP header name/);
    await expectBadInput(['generate', 'a todo app', '--queue', 'redis://127.0.0.1:6379'], /generate does not take --queue/);
  });

  it('error: --spare on serve with --queue belongs to the workers; a template that is not one is named', async () => {
    await expectBadInput(['serve', '--queue', 'redis://127.0.0.1:6379', '--spare', 'react-vite'], /--spare with --queue: the workers execute the runs.*Give --spare to buildwright worker/);
    await expectBadInput(['serve', '--spare', 'React Vite'], /--spare "React Vite" is not a comma-separated list of template names/);
    await expectBadInput(['generate', 'a todo app', '--spare', 'react-vite'], /generate does not take --spare/);
  });

  it('error: serve with an unreachable --queue, and --event-bus postgres without a Postgres --storage', async () => {
    await expectBadInput(['serve', '--queue', 'redis://127.0.0.1:1'], /Cannot reach Redis at redis:\/\/127\.0\.0\.1:1 \(--queue\): connect ECONNREFUSED/);
    await expectBadInput(['serve', '--event-bus', 'postgres'], /--event-bus postgres uses the --storage database: give --storage postgres:\/\//);
  });

  it('error: an unknown flag', () => expectBadInput(['generate', 'a todo app', '--bogus'], /Unknown option --bogus/));

  it('error: a flag the command does not take', () => expectBadInput(['list', '--kind', 'web'], /list does not take --kind/));

  it('error: an unknown command', () => expectBadInput(['publish'], /Unknown command "publish"/));

  it('error: a flag without its value', () => expectBadInput(['generate', 'a todo app', '--llm'], /--llm needs a value/));

  it('error: a malformed --llm', () => expectBadInput(['generate', 'a todo app', '--llm', 'gpt-4'], /--llm "gpt-4" is not one of/));

  it('error: a missing transcript file', () => expectBadInput(['generate', 'a todo app', '--llm', 'script:nowhere.json'], /Cannot read the transcript nowhere\.json: no such file/));

  it('error: a transcript that is not a transcript', async () => {
    const cwd = freshDirectory();
    const path = join(cwd, '..', `not-a-transcript-${Date.now()}.json`);
    writeFileSync(path, JSON.stringify({ turns: [] }));
    try {
      await expectBadInput(['generate', 'a todo app', '--llm', `script:${path}`], /is not a buildwright\.transcript\/v1 file/);
    } finally {
      rmSync(path, { force: true });
    }
  });

  it('error: an unreachable Postgres URL', () =>
    expectBadInput(
      ['generate', 'a todo app', '--llm', `script:${transcript}`, '--storage', 'postgres://postgres@127.0.0.1:9/test'],
      /Cannot connect to Postgres at postgres:\/\/postgres@127\.0\.0\.1:9\/test/,
    ));

  it('error: an empty prompt', () => expectBadInput(['generate', '   ', '--llm', `script:${transcript}`], /The prompt is empty/));

  it('error: an empty prompt on stdin', () => expectBadInput(['generate', '-', '--llm', `script:${transcript}`], /The prompt is empty/, { stdin: '\n' }));

  it('error: a prompt over the size limit', () => expectBadInput(['generate', 'x'.repeat(20_001), '--llm', `script:${transcript}`], /over the limit of 20,000/));

  it('error: no model configured and no --llm', () => expectBadInput(['generate', 'a todo app'], /No model configured: set OPENAI_API_KEY/));

  it('error: --llm openai without a key', () => expectBadInput(['generate', 'a todo app', '--llm', 'openai:gpt-4.1-mini'], /needs OPENAI_API_KEY/));

  it('error: --sandbox e2b without a key', () => expectBadInput(['generate', 'a todo app', '--llm', `script:${transcript}`, '--sandbox', 'e2b'], /needs E2B_API_KEY/));

  it('error: an unknown template', () => expectBadInput(['generate', 'a todo app', '--llm', `script:${transcript}`, '--template', 'angular'], /--template "angular" is not one of react-vite/));

  it('error: a wrong kind', () => expectBadInput(['generate', 'a todo app', '--kind', 'mobile'], /--kind "mobile" is not one of web, dapp, api/));

  it('error: show, edit and resume with no data yet', async () => {
    await expectBadInput(['show', 'no-such-project'], /No Buildwright data in \.buildwright\/data yet/);
    await expectBadInput(['edit', 'no-such-project', 'make it blue', '--llm', `script:${transcript}`], /No Buildwright data in \.buildwright\/data yet/);
    await expectBadInput(['resume', 'no-such-run', '--llm', `script:${transcript}`], /No Buildwright data/);
  });

  it('error: a version that is not a number', () => expectBadInput(['restore', 'some-project', 'latest'], /<version> must be a whole number of at least 1/));
});

describe.concurrent('help and version', () => {
  it('default: --help prints the commands and exits 0 without writing anything', async () => {
    const cwd = freshDirectory();
    const result = await runCli(['--help'], { cwd });
    expect(result.code).toBe(0);
    for (const command of ['demo', 'generate', 'edit', 'resume', 'list', 'show', 'versions', 'diff', 'restore', 'export', 'preview']) expect(result.stdout).toContain(`buildwright ${command}`);
    expect(result.stdout).toContain('Exit codes: 0 completed, 1 run failed, 2 bad usage, 130 interrupted');
    expect(readdirSync(cwd)).toEqual([]);
  });

  it("args: <command> --help prints that command's help", async () => {
    const result = await runCli(['generate', '--help'], { cwd: freshDirectory() });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^buildwright generate "<prompt>"/);
  });

  it('args: --version prints the package version', async () => {
    const result = await runCli(['--version'], { cwd: freshDirectory() });
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('behavior: list with no data says so, exits 0 and creates nothing', async () => {
    const cwd = freshDirectory();
    const result = await runCli(['list'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/No projects in .+ yet/);
    expect(readdirSync(cwd)).toEqual([]);
  });
});
