import { describe, expect, it } from 'vitest';
import type { Transcript } from '../../protocol/transcript.js';
import type { LlmAdapter } from '../../spec/llm.js';
import { expectCode } from '../expect-code.js';
import { runLlmSpec } from '../llm-spec.js';
import { scriptedLlm } from './scripted-llm.js';

// The scripted model replays whole turns: it faces no upstream that can fail (faults: false) and
// hands each turn's text out in one delta (streams: false). The rest of the port's contract applies.
runLlmSpec(
  (scenario) => ({
    llm: scriptedLlm({ transcript: scenario.reportsUsage ? scenario.transcript : { ...scenario.transcript, turns: scenario.transcript.turns.map(({ usage: _usage, ...turn }) => turn) } }),
  }),
  { name: 'scriptedLlm', faults: false, streams: false },
);

describe('scriptedLlm: perRun', () => {
  const transcript: Transcript = {
    format: 'buildwright.transcript/v1',
    turns: [
      { node: 'plan', text: 'first plan', toolCalls: [] },
      { node: 'build', text: 'first build', toolCalls: [] },
      { node: 'plan', text: 'second plan', toolCalls: [] },
    ],
  };
  const context = (runId: string, node: string) => ({ ownerId: 'owner', runId, projectId: 'project', node });
  const call = async (llm: LlmAdapter, node: string, runId?: string) => {
    let text = '';
    for await (const part of llm.stream({ node, messages: [{ role: 'user', content: 'go' }], tools: [], ...(runId ? { context: context(runId, node) } : {}) })) {
      if (part.type === 'text-delta') text += part.text;
    }
    return text;
  };

  it('behavior: each run replays the transcript from its first turn, runs interleaved', async () => {
    const llm = scriptedLlm({ transcript, perRun: true });
    expect(await call(llm, 'plan', 'run-1')).toBe('first plan');
    expect(await call(llm, 'plan', 'run-2')).toBe('first plan');
    expect(await call(llm, 'build', 'run-2')).toBe('first build');
    expect(await call(llm, 'plan', 'run-1')).toBe('second plan');
    expect(await call(llm, 'build', 'run-1')).toBe('first build');
  });

  it('default: without perRun every call takes the next unused turn, whatever its run', async () => {
    const llm = scriptedLlm({ transcript });
    expect(await call(llm, 'plan', 'run-1')).toBe('first plan');
    expect(await call(llm, 'plan', 'run-2')).toBe('second plan');
    await expectCode(call(llm, 'plan', 'run-3'), 'TRANSCRIPT_EXHAUSTED');
  });

  it('behavior: calls without a run context share one replay', async () => {
    const llm = scriptedLlm({ transcript, perRun: true });
    expect(await call(llm, 'plan')).toBe('first plan');
    expect(await call(llm, 'plan')).toBe('second plan');
    expect(await call(llm, 'plan', 'run-1')).toBe('first plan');
  });
});

describe('scriptedLlm: argumentChunks', () => {
  const transcript: Transcript = {
    format: 'buildwright.transcript/v1',
    turns: [{ node: 'build', toolCalls: [{ name: 'write_file', arguments: { path: 'a.ts', content: 'export const a = 1;\n' } }] }],
  };
  const parts = async (llm: LlmAdapter) => {
    const seen = [];
    for await (const part of llm.stream({ node: 'build', messages: [{ role: 'user', content: 'go' }], tools: [] })) seen.push(part);
    return seen;
  };

  it('args: a number cuts each call into tool-call-delta parts of that many characters, before the call', async () => {
    const seen = await parts(scriptedLlm({ transcript, argumentChunks: 10 }));
    const deltas = seen.flatMap((part) => (part.type === 'tool-call-delta' ? [part] : []));
    const call = seen.find((part) => part.type === 'tool-call');
    expect(call?.type === 'tool-call' && call.toolCall.argumentsText).toBe(deltas.map((part) => part.argumentsDelta).join(''));
    expect(deltas.every((part) => part.argumentsDelta.length <= 10 && part.name === 'write_file' && call?.type === 'tool-call' && part.id === call.toolCall.id)).toBe(true);
    expect(seen.indexOf(call!)).toBe(deltas.length);
  });

  it('args: a function gives the pieces; without the option no deltas are sent', async () => {
    const seen = await parts(scriptedLlm({ transcript, argumentChunks: (text) => [text.slice(0, 3), text.slice(3)] }));
    expect(seen.filter((part) => part.type === 'tool-call-delta')).toHaveLength(2);
    expect((await parts(scriptedLlm({ transcript }))).some((part) => part.type === 'tool-call-delta')).toBe(false);
  });

  it('error: pieces that do not join back to the arguments are INVALID_INPUT', async () => {
    await expectCode(parts(scriptedLlm({ transcript, argumentChunks: () => ['nope'] })), 'INVALID_INPUT');
  });
});
