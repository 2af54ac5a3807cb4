import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { BuildwrightEvent, Transcript } from '@buildwright/core';
import { dappChecks } from './dapp-checks.js';
import { collectEvents, dappRuns } from './dapp.test-support.js';

// The testing agent on a DApp run: voting.json (the ballot contract, its frontend reading it with
// wagmi) plus a tests turn writing an end-to-end flow; the e2e check runs it in Chromium against
// the build, which reads the contract deployed on the local chain (its RPC is an allowed origin).
const transcriptPath = fileURLToPath(new URL('../../../../examples/transcripts/voting.json', import.meta.url));
const flow = {
  format: 'buildwright.e2e/v1',
  tests: [
    {
      name: 'lists the proposals',
      criterion: 'the page lists each proposal the contract was deployed with, with a vote button',
      steps: [{ expect: { role: 'heading', name: 'Ballot' } }, { expect: { role: 'listitem' }, count: 3 }, { expect: { role: 'button', name: 'Vote for Spaces' }, visible: true }],
    },
  ],
};
const runs = dappRuns();
afterAll(() => runs.cleanup());

function votingWithTests(): Transcript {
  const transcript = JSON.parse(readFileSync(transcriptPath, 'utf8')) as Transcript;
  const tests = {
    node: 'tests',
    toolCalls: [
      { name: 'write_file', arguments: { path: 'tests/e2e/app.flow.json', content: JSON.stringify(flow, null, 2) } },
      { name: 'finish', arguments: { summary: 'One flow: the proposals are listed.' } },
    ],
  };
  return { ...transcript, turns: [...transcript.turns, tests] };
}

describe('testing agent on a DApp run', () => {
  it('default: voting.json with testing: the tests step writes the flow, the e2e check runs it against the deployed contract, the run is verified', async () => {
    const { builder } = runs.builder(votingWithTests(), { checks: dappChecks({ web: { testing: true } }) });
    const run = builder.generate({ prompt: 'A voting DApp', kind: 'dapp' });
    const events = await collectEvents(run);
    const failures = events.flatMap((event) =>
      event.type === 'check.failed' ? [`${event.check}: ${event.report}`] : event.type === 'run.failed' ? [`run.failed ${event.code}: ${event.message}`] : [],
    );
    expect(failures).toEqual([]);
    await run.result;

    const outcomes = events.flatMap((event: BuildwrightEvent) => (event.type === 'check.passed' || event.type === 'check.skipped' ? [`${event.check}:${event.type.slice(6)}`] : []));
    expect(outcomes[0]).toBe('e2e-flows:passed');
    expect(outcomes).toContain('e2e:passed');
    expect(outcomes).toContain('dapp-browser:passed');
    const steps = events.flatMap((event) => (event.type === 'step.started' ? [event.stepId] : []));
    expect(steps.at(-1)).toBe('tests');
    const notice = events.find((event) => event.type === 'notice.posted' && event.message.startsWith('E2E tests:'));
    expect(notice).toMatchObject({ message: 'E2E tests: 1 passed ("lists the proposals")' });
    expect(events.at(-1)?.type).toBe('run.completed');
  }, 600_000);
});
