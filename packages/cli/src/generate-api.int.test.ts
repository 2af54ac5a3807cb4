import { join } from 'node:path';
import { parseEvent, type BuildwrightEvent } from '@buildwright/core';
import { describe, expect, it } from 'vitest';
import { freshDirectories, runCli, transcriptsDirectory } from './run-cli.test-support.js';

// `buildwright generate --kind api` end to end: the real command, the todo API transcript, the
// local sandbox, apiChecks() and the server started in the sandbox; then `edit` and `diff` on it.
const freshDirectory = freshDirectories();
const todoApi = join(transcriptsDirectory, 'todo-api.json');
const todoApiEdit = join(transcriptsDirectory, 'todo-api-edit.json');
/** A contract report line of one operation (human output, no colors). */
const operationLine = (mark: '✔' | '✘', operationId: string, method: string, path: string) => new RegExp(`\\n {4}${mark} ${operationId} +${method} +${path.replace(/[{}]/g, '\\$&')} +\\d+\\+\\d+\\n`);

describe('buildwright generate --kind api', () => {
  // The first test's project, which the edit test changes.
  const generated = { cwd: '', projectId: '' };

  it('default: writes the spec in its own step, runs the API checks and prints the contract report, one line per operation', async () => {
    generated.cwd = freshDirectory();
    const result = await runCli(['generate', 'a todo API', '--kind', 'api', '--llm', `script:${todoApi}`], { cwd: generated.cwd });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    generated.projectId = /project (\S+) · run/.exec(result.stdout)![1]!;
    // The spec step (its check inside it) comes before the build step; its file is written there.
    const order = ['step Describe the API in openapi.yaml', 'step 1/1 Implement the todo operations'];
    expect(result.stdout).toMatch(/\+ openapi\.yaml [\d.]+ kB\n✔ check spec \([\d.]+m?s\)\n✔ step Describe the API in openapi\.yaml/);
    expect(result.stdout.indexOf(order[0]!)).toBeLessThan(result.stdout.indexOf(order[1]!));
    for (const check of ['imports', 'install', 'client', 'validate', 'start', 'contract', 'api-tests', 'docs']) expect(result.stdout).toContain(`✔ check ${check} (`);
    expect(result.stdout).toMatch(/\n {2}contract of openapi\.yaml \(seed 1\): 6 operations, \d+ requests \(\d+ valid, \d+ invalid\), all as documented\n/);
    expect(result.stdout).toMatch(operationLine('✔', 'createTodo', 'POST', '/todos'));
    expect(result.stdout).toMatch(operationLine('✔', 'getTodo', 'GET', '/todos/{id}'));
    expect(result.stdout).toMatch(operationLine('✔', 'deleteTodo', 'DELETE', '/todos/{id}'));
    expect(result.stdout).toMatch(/Docs check: 6 operations of openapi\.yaml shown in Swagger UI at http:\/\/127\.0\.0\.1:\d+; "try it" on GET \/health answered 200/);
    expect(result.stdout).toMatch(/ {2}docs {8}http:\/\/127\.0\.0\.1:\d+/);
  }, 300_000);

  it('behavior: --json prints the contract report as the api.contract_checked event, as stored', async () => {
    const result = await runCli(['generate', 'a todo API', '--kind', 'api', '--llm', `script:${todoApi}`, '--json'], { cwd: freshDirectory() });
    expect(result.code).toBe(0);
    const events: BuildwrightEvent[] = result.stdout
      .trim()
      .split('\n')
      .map((line) => parseEvent(JSON.parse(line)));
    expect(events[0]).toMatchObject({ type: 'run.started', kind: 'api' });
    const passed = events.flatMap((event) => (event.type === 'check.passed' ? [event.check] : []));
    expect(passed).toEqual(['spec', 'imports', 'install', 'client', 'validate', 'start', 'contract', 'api-tests', 'docs']);
    const reports = events.filter((event) => event.type === 'api.contract_checked');
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ specPath: 'openapi.yaml', seed: 1, passed: true });
    expect(reports[0]!.operations).toHaveLength(6);
    expect(reports[0]!.operations).toContainEqual({ operationId: 'getHealth', method: 'GET', path: '/health', valid: 1, invalid: 0, failure: null });
    expect(events.at(-1)).toMatchObject({ type: 'run.completed' });
  }, 300_000);

  it('behavior: edit re-checks the changed spec and the contract, prints the operations that drifted from it, and diff shows the spec change', async () => {
    const { cwd, projectId } = generated;
    expect(projectId).not.toBe('');
    const result = await runCli(['edit', projectId, 'Todos get a priority: low, normal (the default) or high', '--llm', `script:${todoApiEdit}`, '--max-fix-attempts', '2'], { cwd });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/✔ check spec \([\d.]+m?s\)\n✔ step Describe the API in openapi\.yaml/);
    // The build drifted from the new spec: the contract report names each operation that broke it, with its first failing request.
    expect(result.stdout).toMatch(/\n {2}contract of openapi\.yaml \(seed 1\): 6 operations, \d+ requests \(\d+ valid, \d+ invalid\), \d not as documented\n/);
    expect(result.stdout).toMatch(operationLine('✘', 'createTodo', 'POST', '/todos'));
    expect(result.stdout).toContain('\n        request:  POST /todos {"title":"Buy milk"} (example)\n        expected: 201 with a body matching #/components/schemas/Todo\n        actual:   201 ');
    expect(result.stdout).toMatch(/✖ check contract \([\d.]+m?s\) Contract check failed: createTodo, .* did not answer as openapi\.yaml says/);
    expect(result.stdout).toContain('↻ fix 1/2: the model fixes the contract failure');
    expect(result.stdout).toMatch(/all as documented\n(.*\n){6}✔ check contract/);
    expect(result.stdout).toContain('✔ version 2 saved');

    const diff = await runCli(['diff', projectId, '1', '2'], { cwd });
    expect(diff.code).toBe(0);
    expect(diff.stdout).toContain('--- a/openapi.yaml\n+++ b/openapi.yaml\n');
    expect(diff.stdout).toContain('-      required: [id, title, done]\n+      required: [id, title, done, priority]\n');
    expect(diff.stdout).toContain('+    Priority:\n+      type: string\n+      enum: [low, normal, high]\n');
  }, 300_000);
});
