import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startOpenAiTestServer } from '@buildwright/adapters/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startCustomerService, triageAgent, triageTranscript } from '../../core/src/actions/agents/agent-test-server.test-support.js';
import { triageGenerationTranscript, triagePrompt, fixedInstructions } from '../../core/src/actions/agents/generate-agent.test-support.js';
import { agentCommand } from './commands/agent.js';
import { parseCliArgs } from './parse-args.js';
import { freshDirectories, repositoryRoot, runCli, startScript } from './run-cli.test-support.js';

const freshDirectory = freshDirectories();
let service: Awaited<ReturnType<typeof startCustomerService>>;
beforeAll(async () => {
  service = await startCustomerService();
});
afterAll(() => service.close());

const ticket = { email: 'ann@example.com', ticket: 'Site down' };

/**
 * The embedded database the tests share (each works on its own agents): creating one costs
 * seconds. A test that checks what a first command creates gets its own (`workspace({ ownData: true })`).
 */
const sharedData = join(freshDirectory(), 'data');
/** Where `cli` keeps each workspace's data. */
const dataDirs = new Map<string, string>();

/** A directory holding the triage agent's definition and the scripted model's turns for one execution with the tool. */
function workspace(options: { ownData?: boolean } = {}) {
  const cwd = freshDirectory();
  writeFileSync(join(cwd, 'triage.agent.json'), JSON.stringify(triageAgent(service.url)));
  writeFileSync(join(cwd, 'turns.json'), JSON.stringify({ ...triageTranscript, turns: triageTranscript.turns.slice(0, 2) }));
  dataDirs.set(cwd, options.ownData ? `${cwd}/.buildwright/data` : sharedData);
  return cwd;
}

/** The environment `cli` gives the command (a test that needs a model's variables sets it). */
let cliEnv: NodeJS.ProcessEnv = {};

/**
 * Runs `buildwright agent …` in this process (a spawned CLI costs seconds per call), on the
 * embedded database of the workspace `cwd`, with the paths it names relative to `cwd`.
 */
async function cli(cwd: string, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const stream = (write: (text: string) => void) => ({ write: (text: string) => (write(text), true) }) as unknown as NodeJS.WriteStream;
  const code = await agentCommand({
    args: parseCliArgs([
      'agent',
      ...args.map((arg) => (/\.(json|mts)$/.test(arg) || arg.startsWith('script:') ? arg.replace(/^(script:)?/, `$1${cwd}/`) : arg)),
      '--storage',
      `pglite:${dataDirs.get(cwd)}`,
    ]),
    stdout: stream((text) => (stdout += text)),
    stderr: stream((text) => (stderr += text)),
    env: cliEnv,
  });
  return { code, stdout, stderr, lines: stdout.trim().split('\n').filter(Boolean) };
}

describe('buildwright agent', () => {
  it('default: create, publish, execute with --llm (JSON and human output), then executions and stats show the stored executions', { timeout: 120_000 }, async () => {
    const cwd = workspace();
    const created = await cli(cwd, 'create', 'triage.agent.json', '--json');
    expect([created.code, created.stderr]).toEqual([0, '']);
    const agent = JSON.parse(created.stdout) as { id: string; publishedVersion: number | null };
    expect(agent.publishedVersion).toBeNull();
    expect((await cli(cwd, 'publish', agent.id)).stdout).toContain(`Published version 1 of ${agent.id}`);

    const executed = await cli(cwd, 'execute', agent.id, JSON.stringify(ticket), '--llm', 'script:turns.json', '--json');
    expect([executed.code, executed.stderr]).toEqual([0, '']);
    const human = await cli(cwd, 'execute', agent.id, JSON.stringify(ticket), '--llm', 'script:turns.json');
    expect(human.stderr).toMatch(/^agent\.started\n[\s\S]*tool\.called lookup_customer\n[\s\S]*agent\.completed\n$/);
    expect(JSON.parse(human.stdout)).toMatchObject({ priority: 'high' });
    const execution = JSON.parse(executed.stdout) as { status: string; output: unknown; toolCalls: number; inputTokens: number };
    expect(execution).toMatchObject({ status: 'succeeded', output: { priority: 'high' }, toolCalls: 1, inputTokens: 250 });
    expect(service.requests).toContain('GET /customers/ann%40example.com');

    const executions = await cli(cwd, 'executions', agent.id, '--json');
    expect(executions.lines.map((line) => JSON.parse(line).status)).toEqual(['succeeded', 'succeeded']);
    const stats = JSON.parse((await cli(cwd, 'stats', agent.id, '--json')).stdout) as { rows: unknown[] };
    expect(stats.rows).toEqual([expect.objectContaining({ version: 1, executions: 2, succeeded: 2, inputTokens: 500, toolCalls: 2 })]);
    const listed = await cli(cwd, 'list');
    expect(listed.stdout).toMatch(new RegExp(`${agent.id}\\s+1\\s`));
  });

  it('behavior: update then diff shows the changed field; export writes the definition and a TypeScript module that runs the agent against an OpenAI-compatible server', {
    timeout: 180_000,
  }, async () => {
    const cwd = workspace();
    const agent = JSON.parse((await cli(cwd, 'create', 'triage.agent.json', '--json')).stdout) as { id: string };
    await cli(cwd, 'publish', agent.id);
    writeFileSync(join(cwd, 'triage.agent.json'), JSON.stringify({ ...triageAgent(service.url), instructions: 'Look the customer up first. Pro customers with an outage are high.' }));
    expect((await cli(cwd, 'update', agent.id, 'triage.agent.json')).code).toBe(0);
    const diff = await cli(cwd, 'diff', agent.id, '1');
    expect(diff.stdout).toBe(`~ instructions: ${triageAgent(service.url).instructions} → Look the customer up first. Pro customers with an outage are high.\n`);
    await cli(cwd, 'publish', agent.id);
    expect((await cli(cwd, 'diff', agent.id, '2', 'draft')).stdout).toBe('No changes from 2 to draft.\n');

    expect((await cli(cwd, 'export', agent.id, '1', '--out', 'v1.json')).code).toBe(0);
    expect(JSON.parse(readFileSync(join(cwd, 'v1.json'), 'utf8'))).toMatchObject({ format: 'buildwright.agent/v1', instructions: triageAgent(service.url).instructions });
    const module = join(cwd, 'support-triage.agent.mts');
    expect((await cli(cwd, 'export', agent.id, '--out', 'support-triage.agent.mts')).stdout).toContain('Wrote version 2');

    // The exported module, run as a script with no Buildwright storage: the model is the OpenAI wire format.
    const model = await startOpenAiTestServer({ transcript: { ...triageTranscript, turns: triageTranscript.turns.slice(0, 2) } });
    try {
      const run = await startScript(module, [JSON.stringify(ticket)], { cwd: repositoryRoot, env: { OPENAI_BASE_URL: model.baseURL, OPENAI_API_KEY: 'test', OPENAI_MODEL: 'gpt-test' } }).done;
      expect([run.code, run.stderr]).toEqual([0, '']);
      expect(JSON.parse(run.stdout)).toMatchObject({ status: 'succeeded', version: 1, output: { priority: 'high' }, toolCalls: 1 });
      expect(model.requests).toHaveLength(2);
      expect(JSON.stringify(model.requests[0]!.body)).toContain('Look the customer up first.');
    } finally {
      await model.close();
    }
  });

  it('error: a bad action, a definition that is not JSON or not valid, an unknown agent and a bad day say what to do and store nothing', { timeout: 120_000 }, async () => {
    const cwd = workspace({ ownData: true });
    await expect(cli(cwd, 'launch')).rejects.toThrow('Unknown agent action "launch". Actions: create, list');
    await expect(cli(cwd, 'diff', 'a1')).rejects.toThrow('Usage: buildwright agent diff <agent> <from> [to]');
    writeFileSync(join(cwd, 'bad.json'), '{ not json');
    await expect(cli(cwd, 'create', 'bad.json')).rejects.toThrow('bad.json" is not valid JSON');
    writeFileSync(join(cwd, 'invalid.json'), JSON.stringify({ ...triageAgent(service.url), model: '' }));
    await expect(cli(cwd, 'create', 'invalid.json')).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('model') });
    // Nothing was stored: not even the embedded database was created.
    await expect(cli(cwd, 'list')).rejects.toThrow('No Buildwright data in');
    expect(() => parseCliArgs(['agent', 'stats', 'a1', '--from', 'yesterday'])).toThrow('--from "yesterday" is not a day');

    // Through the real command: an unknown agent is bad input (exit 2) with its code.
    expect((await cli(cwd, 'create', 'triage.agent.json')).code).toBe(0);
    const unknown = await runCli(['agent', 'show', 'no-such-agent'], { cwd });
    expect([unknown.code, unknown.stderr]).toEqual([2, expect.stringContaining('[AGENT_NOT_FOUND]')]);
  });

  it('behavior: generate writes, evaluates, fixes and publishes an agent with a model over the OpenAI wire format (the test server)', { timeout: 120_000 }, async () => {
    const cwd = workspace();
    const model = await startOpenAiTestServer({ transcript: triageGenerationTranscript(service.url) });
    cliEnv = { OPENAI_BASE_URL: model.baseURL, OPENAI_API_KEY: 'test' };
    vi.stubEnv('OPENAI_BASE_URL', model.baseURL);
    vi.stubEnv('OPENAI_API_KEY', 'test');
    try {
      const generated = await cli(cwd, 'generate', triagePrompt, '--llm', 'openai:gpt-test');
      expect(generated.code).toBe(0);
      expect(generated.stdout).toMatch(/^Published version 1 of agent \S+ \("Support triage"\): 5 of 5 evals passed after 1 fix turn\.\n$/);
      expect(generated.stderr.split('\n')).toEqual([
        'generation.started',
        'definition.written',
        'evals.completed 4/5 passed',
        'fix.started billing question is low',
        'definition.written',
        'evals.completed 5/5 passed',
        'agent.published version 1',
        '',
      ]);
      expect(model.requests).toHaveLength(20);
      expect(JSON.stringify(model.requests[0]!.body)).toContain('submit_agent');
      const agentId = /agent (\S+) /.exec(generated.stdout)![1]!;
      const shown = JSON.parse((await cli(cwd, 'show', agentId, '--json')).stdout) as { agent: { model: string; publishedVersion: number; draft: { instructions: string; model: string } } };
      expect(shown.agent).toMatchObject({ publishedVersion: 1, draft: { instructions: fixedInstructions, model: 'default' } });
    } finally {
      cliEnv = {};
      vi.unstubAllEnvs();
      await model.close();
    }
  });
});
