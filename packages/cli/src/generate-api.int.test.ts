import { join } from 'node:path';
import { parseEvent, type BuildwrightEvent } from '@buildwright/core';
import { describe, expect, it } from 'vitest';
import { freshDirectories, runCli, transcriptsDirectory } from './run-cli.test-support.js';

// `buildwright generate --kind api` end to end: the real command, the todo API transcript, the
// local sandbox, apiChecks() and the server started in the sandbox.
const freshDirectory = freshDirectories();
const todoApi = join(transcriptsDirectory, 'todo-api.json');

describe('buildwright generate --kind api', () => {
  it('default: runs the API checks and prints the contract report', async () => {
    const result = await runCli(['generate', 'a todo API', '--kind', 'api', '--llm', `script:${todoApi}`], { cwd: freshDirectory() });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    for (const check of ['client', 'spec', 'start', 'contract', 'api-tests', 'docs']) expect(result.stdout).toContain(`check ${check}`);
    expect(result.stdout).toMatch(
      /Contract check: 6 operations of openapi\.yaml, \d+ requests \(\d+ valid, \d+ invalid, each answered as documented\): createTodo \d+\+\d+, getHealth 1\+0, listTodos/,
    );
    expect(result.stdout).toMatch(/Docs check: 6 operations of openapi\.yaml shown in Swagger UI at http:\/\/127\.0\.0\.1:\d+; "try it" on GET \/health answered 200/);
    expect(result.stdout).toMatch(/ {2}docs {8}http:\/\/127\.0\.0\.1:\d+/);
  }, 300_000);

  it('behavior: --json prints the contract report as a notice.posted event', async () => {
    const result = await runCli(['generate', 'a todo API', '--kind', 'api', '--llm', `script:${todoApi}`, '--json'], { cwd: freshDirectory() });
    expect(result.code).toBe(0);
    const events: BuildwrightEvent[] = result.stdout
      .trim()
      .split('\n')
      .map((line) => parseEvent(JSON.parse(line)));
    expect(events[0]).toMatchObject({ type: 'run.started', kind: 'api' });
    const passed = events.flatMap((event) => (event.type === 'check.passed' ? [event.check] : []));
    expect(passed).toEqual(['imports', 'install', 'client', 'validate', 'spec', 'start', 'contract', 'api-tests', 'docs']);
    expect(events).toContainEqual(expect.objectContaining({ type: 'notice.posted', level: 'info', message: expect.stringMatching(/^Contract check: 6 operations/) }));
    expect(events.at(-1)).toMatchObject({ type: 'run.completed' });
  }, 300_000);
});
