import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentGenerationEventSchema, type AgentGenerationEvent } from '../../events/agent-generation-events.js';
import type { Transcript } from '../../protocol/transcript.js';
import { expectCode } from '../../testing/expect-code.js';
import { memoryStorage } from '../../testing/doubles/memory-storage.js';
import { scriptedLlm } from '../../testing/doubles/scripted-llm.js';
import { startCustomerService } from './agent-test-server.test-support.js';
import { bindAgents } from './agents-api.js';
import { evalRoundTurns, firstInstructions, fixedInstructions, recordingLlm, triageGenerationTranscript, triagePrompt, triageSubmission } from './generate-agent.test-support.js';

let service: Awaited<ReturnType<typeof startCustomerService>>;
beforeAll(async () => {
  service = await startCustomerService();
});
afterAll(() => service.close());

/** One scripted model plays the planner, the agent and the judge (its turns say which node they answer). */
const setUp = (transcript: Transcript) => {
  const storage = memoryStorage();
  const llm = recordingLlm(scriptedLlm({ transcript }));
  const agents = bindAgents({ storage, llm, agentModels: { 'triage-model': llm } }, 'owner-a');
  const events: AgentGenerationEvent[] = [];
  const onEvent = (event: AgentGenerationEvent) => events.push(agentGenerationEventSchema.parse(event));
  return { storage, llm, agents, events, onEvent };
};

describe('agents: generate', () => {
  it('behavior: a support-triage agent generated from a prompt: definition and evals written, one eval fails, the fix turn changes the instructions, all pass, version 1 published', async () => {
    const { agents, llm, events, onEvent } = setUp(triageGenerationTranscript(service.url));
    const result = await agents.generate({ prompt: triagePrompt, onEvent });

    expect(result.fixTurns).toBe(1);
    expect(result.version).toMatchObject({ version: 1, definition: { instructions: fixedInstructions, model: 'triage-model', format: 'buildwright.agent/v1' } });
    expect(result.version.definition.evals).toHaveLength(5);
    expect(result.agent).toMatchObject({ id: result.version.agentId, publishedVersion: 1, name: 'Support triage' });
    expect(result.evals).toMatchObject({ total: 5, passed: 5, failed: 0 });
    expect(result.evals.results.find((entry) => entry.name === 'reply is polite')!.checks).toEqual([{ expectation: 'rubric', passed: true, reason: 'The reply thanks the customer.' }]);
    expect(result.evals.results[0]).toMatchObject({ toolsCalled: ['lookup_customer'], output: { priority: 'high' } });

    expect(events.map((event) => event.type)).toEqual([
      'generation.started',
      'usage',
      'definition.written',
      ...Array(9).fill('usage'), // 8 agent calls and 1 judge call
      'evals.completed',
      'fix.started',
      'usage',
      'definition.written',
      ...Array(9).fill('usage'), // 8 agent calls and 1 judge call
      'evals.completed',
      'agent.published',
    ]);
    expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => index + 1));
    const rounds = events.filter((event) => event.type === 'evals.completed');
    expect(rounds.map((event) => [event.round, event.passed, event.failed])).toEqual([
      [0, 4, 1],
      [1, 5, 0],
    ]);
    const billing = rounds[0]!.results.find((entry) => !entry.passed)!;
    expect(billing).toMatchObject({ name: 'billing question is low', checks: [{ expectation: 'contains', passed: false }] });
    expect(events.find((event) => event.type === 'fix.started')).toMatchObject({
      round: 1,
      failures: [{ name: 'billing question is low', reasons: [expect.stringContaining('does not contain "\\"low\\""')] }],
    });
    expect(events.filter((event) => event.type === 'usage').map((event) => event.role)).toContain('judge');

    // The fix turn saw the failure; the second round ran the agent on the fixed instructions.
    const fixCall = llm.requests.find((request) => request.node === 'agent-fix')!;
    expect(fixCall.messages.at(-1)).toMatchObject({ role: 'tool', name: 'submit_agent', content: expect.stringContaining('"billing question is low"') });
    const agentSystemPrompts = llm.requests.filter((request) => request.node === 'agent').map((request) => request.messages[0]!.content);
    expect(agentSystemPrompts.slice(0, 8).every((prompt) => prompt.startsWith(firstInstructions))).toBe(true);
    expect(agentSystemPrompts).toHaveLength(16);
    expect(agentSystemPrompts.slice(8).every((prompt) => prompt.startsWith(fixedInstructions))).toBe(true);
    expect(await agents.diff(result.agent.id, 1)).toEqual([]);

    // Eval runs are not executions of the version.
    expect(await agents.executions(result.agent.id)).toEqual([]);
    expect((await agents.stats(result.agent.id)).rows).toEqual([]);
    expect(await agents.versions(result.agent.id)).toHaveLength(1);
  });

  it('behavior: edit changes a published agent the same way and publishes the next version; evaluate reruns its evals without storing executions', async () => {
    const transcript = triageGenerationTranscript(service.url);
    transcript.turns.push(
      { node: 'agent-plan', toolCalls: [{ name: 'submit_agent', arguments: { ...triageSubmission(service.url, `${fixedInstructions} Sign every reply "Support".`) } }] },
      ...evalRoundTurns(true),
      ...evalRoundTurns(true),
    );
    const { agents, events, onEvent, llm } = setUp(transcript);
    const { agent } = await agents.generate({ prompt: triagePrompt });
    const edited = await agents.edit(agent.id, { prompt: 'Sign every reply "Support".', onEvent });
    expect(edited).toMatchObject({ fixTurns: 0, version: { version: 2 }, agent: { id: agent.id, publishedVersion: 2 } });
    expect(await agents.diff(agent.id, 1, 2)).toEqual([{ path: 'instructions', change: 'changed', before: fixedInstructions, after: `${fixedInstructions} Sign every reply "Support".` }]);
    expect(events[0]).toMatchObject({ type: 'generation.started', mode: 'edit', agentId: agent.id, model: 'triage-model' });
    const editCall = llm.requests.filter((request) => request.node === 'agent-plan').at(-1)!;
    expect(editCall.messages[1]!.content).toContain(fixedInstructions);

    const report = await agents.evaluate(agent.id, { revision: 2 });
    expect(report).toMatchObject({ total: 5, passed: 5 });
    expect(await agents.executions(agent.id)).toEqual([]);
  });

  it('error: evals that never pass: the malformed first definition is repaired, the fix does not help, nothing is published, AGENT_EVALS_FAILED says what failed', async () => {
    const { agents, storage, events, onEvent } = setUp({
      format: 'buildwright.transcript/v1',
      turns: [
        { node: 'agent-plan', toolCalls: [{ name: 'submit_agent', arguments: triageSubmission(service.url, firstInstructions, 3) }] },
        { node: 'agent-plan', toolCalls: [{ name: 'submit_agent', arguments: triageSubmission(service.url) }] },
        ...evalRoundTurns(false),
        { node: 'agent-fix', toolCalls: [{ name: 'submit_agent', arguments: triageSubmission(service.url, `${firstInstructions} Be careful.`) }] },
        ...evalRoundTurns(false),
      ],
    });
    const error = await expectCode(agents.generate({ prompt: triagePrompt, maxFixTurns: 1, onEvent }), 'AGENT_EVALS_FAILED');
    expect(error.message).toContain('1 of 5 evals still fail after 1 fix turn');
    expect(error.message).toContain('billing question is low');
    expect(error.details).toMatchObject({ fixTurns: 1, failures: [{ name: 'billing question is low' }] });
    expect(events.find((event) => event.type === 'definition.rejected')).toMatchObject({ round: 0, problems: expect.stringContaining('write 5 to 10 eval cases (got 3)') });
    expect(events.at(-1)).toMatchObject({ type: 'generation.failed', error: { code: 'AGENT_EVALS_FAILED' } });

    const [stored] = await storage.listAgents({ ownerId: 'owner-a' });
    expect(stored).toMatchObject({ id: error.details.agentId, publishedVersion: null, draft: { instructions: `${firstInstructions} Be careful.` } });
    expect(await agents.versions(stored!.id)).toEqual([]);
  });

  it('error: a definition malformed twice is AGENT_DEFINITION_INVALID and nothing is stored', async () => {
    const { agents, storage, events, onEvent } = setUp({
      format: 'buildwright.transcript/v1',
      turns: [
        { node: 'agent-plan', toolCalls: [{ name: 'submit_agent', arguments: '{"name": "Support triage", "instructions": ' }] },
        { node: 'agent-plan', toolCalls: [{ name: 'submit_agent', arguments: { ...triageSubmission(service.url), instructions: undefined, tools: 'none' } }] },
      ],
    });
    const error = await expectCode(agents.generate({ prompt: triagePrompt, onEvent }), 'AGENT_DEFINITION_INVALID');
    expect(error.message).toMatch(/instructions|tools/);
    expect(events.filter((event) => event.type === 'definition.rejected').map((event) => event.problems)).toEqual([expect.stringContaining('not a JSON object'), expect.stringContaining('tools')]);
    expect(await storage.listAgents({ ownerId: 'owner-a' })).toEqual([]);
  });

  it('error: bad options are refused before any model call', async () => {
    const { agents, llm } = setUp(triageGenerationTranscript(service.url));
    await expectCode(agents.generate({ prompt: '  ' }), 'INVALID_INPUT');
    await expectCode(agents.generate({ prompt: triagePrompt, maxFixTurns: 11 }), 'INVALID_INPUT');
    await expectCode(agents.generate({ prompt: triagePrompt, model: 'unknown' }), 'AGENT_MODEL_UNKNOWN');
    await expectCode(agents.edit('missing', { prompt: triagePrompt }), 'AGENT_NOT_FOUND');
    const none = bindAgents({ storage: memoryStorage() }, 'owner-a');
    expect((await expectCode(none.generate({ prompt: triagePrompt }), 'INVALID_INPUT')).message).toContain('agentModels');
    expect(llm.requests).toEqual([]);
  });

  it('error: a cancelled generation is RUN_CANCELLED, during the evals too, and publishes nothing', async () => {
    const { agents, storage } = setUp(triageGenerationTranscript(service.url));
    const before = new AbortController();
    before.abort();
    await expectCode(agents.generate({ prompt: triagePrompt, signal: before.signal }), 'RUN_CANCELLED');
    expect(await storage.listAgents({ ownerId: 'owner-a' })).toEqual([]);

    const during = new AbortController();
    const error = await expectCode(agents.generate({ prompt: triagePrompt, signal: during.signal, onEvent: (event) => event.type === 'definition.written' && during.abort() }), 'RUN_CANCELLED');
    expect(error.message).toContain('cancelled');
    const [draft] = await storage.listAgents({ ownerId: 'owner-a' });
    expect(draft).toMatchObject({ publishedVersion: null, draft: { instructions: firstInstructions } });
  });
});
