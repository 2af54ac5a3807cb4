import type { AgentGenerateResultWire, AgentGenerationEventWire } from '@buildwright/client';
import { afterAll, afterEach, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { startCustomerService } from '../actions/agents/agent-test-server.test-support.js';
import type { GenerateAgentResult } from '../actions/agents/generate-agent.js';
import { evalRoundTurns, fixedInstructions, triageGenerationTranscript, triagePrompt, triageSubmission } from '../actions/agents/generate-agent.test-support.js';
import type { AgentGenerationEvent } from '../events/agent-generation-events.js';
import type { Transcript } from '../protocol/transcript.js';
import { expectCode } from '../testing/expect-code.js';
import { serveAgents } from './agents-client-server.test-support.js';

let service: Awaited<ReturnType<typeof startCustomerService>>;
beforeAll(async () => {
  service = await startCustomerService();
});
afterAll(() => service.close());
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const setup = (transcript: Transcript) => serveAgents(transcript, cleanups);

/** The generation of the triage agent, then an edit (version 2) whose first definition passes. */
function generateThenEdit(): Transcript {
  const transcript = triageGenerationTranscript(service.url);
  transcript.turns.push({ node: 'agent-plan', toolCalls: [{ name: 'submit_agent', arguments: triageSubmission(service.url, `${fixedInstructions} Be brief.`) }] }, ...evalRoundTurns(true));
  return transcript;
}

describe('agent generation over createBuilderHandler (real HTTP)', () => {
  it('types: the core result and events are assignable to the client wire types', () => {
    expectTypeOf<GenerateAgentResult>().toExtend<AgentGenerateResultWire>();
    expectTypeOf<AgentGenerationEvent>().toExtend<AgentGenerationEventWire>();
  });

  it('default: client.generate (JSON) publishes version 1 of the owner; another owner cannot edit it; client.edit streams the events and publishes version 2', async () => {
    const { client, builder } = await setup(generateThenEdit());
    const generated = await client().generate({ prompt: triagePrompt, maxFixTurns: 2 });
    expect(generated).toMatchObject({
      fixTurns: 1,
      agent: { ownerId: 'alice', publishedVersion: 1 },
      version: { version: 1, definition: { instructions: fixedInstructions } },
      evals: { total: 5, passed: 5 },
    });
    expect(generated.evals.results[0]).toMatchObject({ toolsCalled: ['lookup_customer'], output: { priority: 'high' } });
    await expectCode(client('bob').edit(generated.agent.id, { prompt: 'Be brief.' }), 'AGENT_NOT_FOUND');

    const events: AgentGenerationEventWire[] = [];
    const edited = await client().edit(generated.agent.id, { prompt: 'Be brief.', onEvent: (event) => events.push(event) });
    expect(edited).toMatchObject({ fixTurns: 0, agent: { id: generated.agent.id, publishedVersion: 2 }, version: { version: 2 }, evals: { total: 5, passed: 5, failed: 0 } });
    expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => index + 1));
    expect(events[0]).toMatchObject({ type: 'generation.started', mode: 'edit', agentId: generated.agent.id });
    expect(events.at(-1)).toMatchObject({ type: 'agent.published', version: 2, evalsPassed: 5 });
    expect((await builder.agents.versions(generated.agent.id, { ownerId: 'alice' })).map((version) => version.version)).toEqual([1, 2]);
  });

  it('error: evals that never pass are 422 AGENT_EVALS_FAILED, JSON or streamed (after its generation.failed event); nothing is published', async () => {
    const failing = (): Transcript['turns'] => [{ node: 'agent-plan', toolCalls: [{ name: 'submit_agent', arguments: triageSubmission(service.url) }] }, ...evalRoundTurns(false)];
    const { client, builder } = await setup({ format: 'buildwright.transcript/v1', turns: [...failing(), ...failing()] });
    const error = await expectCode(client().generate({ prompt: triagePrompt, maxFixTurns: 0 }), 'AGENT_EVALS_FAILED');
    expect(error.details.status).toBe(422);
    expect(error.message).toContain('billing question is low');

    const events: AgentGenerationEventWire[] = [];
    const streamed = await expectCode(client().generate({ prompt: triagePrompt, maxFixTurns: 0, onEvent: (event) => events.push(event) }), 'AGENT_EVALS_FAILED');
    expect(streamed.message).toContain('Nothing was published');
    expect(events.at(-1)).toMatchObject({ type: 'generation.failed', error: { code: 'AGENT_EVALS_FAILED' } });
    const stored = await builder.agents.list({ ownerId: 'alice' });
    expect(stored.map((agent) => agent.publishedVersion)).toEqual([null, null]);

    await expectCode(client().generate({ prompt: '' }), 'INVALID_INPUT');
    expect(() => builder.generate({ prompt: triagePrompt, kind: 'agent' as 'web' })).toThrow('builder.agents.generate');
  });
});
