import { join } from 'node:path';
import { parseEvent } from '@buildwright/core';
import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './parse-args.js';
import { keepSteps } from './plan-approval.js';
import { freshDirectories, runCli, transcriptsDirectory } from './run-cli.test-support.js';
import { UsageError } from './usage-error.js';

const freshDirectory = freshDirectories();
const fixLoop = join(transcriptsDirectory, 'fix-loop.json');

// Only the plan runs here (no build, no checks): approving and building is covered by the
// engine's tests (packages/core/src/run/plan-approval.test.ts).
describe('buildwright generate --approve-plan and buildwright approve', () => {
  it('behavior: without a terminal the run stops after its plan and says how to approve it; approve --reject cancels it', async () => {
    const cwd = freshDirectory();
    const started = await runCli(['generate', 'a pomodoro timer', '--approve-plan', '--llm', `script:${fixLoop}`, '--json'], { cwd });
    expect(started.code).toBe(0);
    const events = started.stdout
      .trim()
      .split('\n')
      .map((line) => parseEvent(JSON.parse(line)));
    expect(events.at(-1)?.type).toBe('plan.awaiting_approval');
    const runId = events[0]!.runId;
    expect(started.stderr).toContain(`buildwright approve ${runId}`);

    const rejected = await runCli(['approve', runId, '--reject', '--llm', `script:${fixLoop}`, '--json'], { cwd });
    expect(rejected.stderr).toBe('');
    expect(rejected.code).toBe(0);
    expect(JSON.parse(rejected.stdout)).toEqual({ runId, status: 'cancelled' });
  }, 120_000);

  it('args: --steps keeps the numbered steps in the given order; a number past the plan is a usage error', () => {
    const plan = { title: 'Notes', summary: 's', steps: ['a', 'b', 'c'].map((id) => ({ id, title: id, files: [] })) };
    expect(keepSteps(plan, [3, 1]).steps.map((step) => step.id)).toEqual(['c', 'a']);
    expect(() => keepSteps(plan, [1, 9])).toThrow(UsageError);
    expect(() => keepSteps(plan, [1, 9])).toThrow('there is no step 9');
    expect(parseCliArgs(['approve', 'run-1', '--steps', '1,3']).flags.steps).toEqual([1, 3]);
    expect(() => parseCliArgs(['approve', 'run-1', '--steps', '1,1'])).toThrow('names a step twice');
    expect(() => parseCliArgs(['approve', 'run-1', '--steps', '1', '--reject'])).toThrow('not both');
    expect(parseCliArgs(['generate', 'x', '--approve-plan']).flags.approvePlan).toBe(true);
  });
});
