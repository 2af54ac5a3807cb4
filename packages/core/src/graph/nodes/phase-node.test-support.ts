import type { BuildwrightEvent } from '../../events/events.js';
import type { Transcript, TranscriptTurn } from '../../protocol/transcript.js';
import type { LlmAdapter, LlmRequest } from '../../spec/llm.js';
import { scriptedLlm } from '../../testing/doubles/scripted-llm.js';

// Helpers of the spec and tests node tests (test use only): transcript turns, the model recording
// its requests, and the events and tool errors that show a run's pipeline.
export const call = (name: string, args: Record<string, unknown>) => ({ name, arguments: args });
export const write = (path: string, content: string) => call('write_file', { path, content });
export const finish = (summary = 'done') => call('finish', { summary });
export const turn = (node: string, ...toolCalls: TranscriptTurn['toolCalls']): TranscriptTurn => ({ node, toolCalls });
export const transcript = (...turns: TranscriptTurn[]): Transcript => ({ format: 'buildwright.transcript/v1', turns });

/** The scripted model of `script`, recording every request it gets. */
export function recordingLlm(script: Transcript): { llm: LlmAdapter; requests: LlmRequest[] } {
  const requests: LlmRequest[] = [];
  const inner = scriptedLlm({ transcript: script });
  const llm: LlmAdapter = { ...inner, stream: (request) => (requests.push({ ...request, messages: [...request.messages] }), inner.stream(request)) };
  return { llm, requests };
}

export async function collect(run: AsyncIterable<BuildwrightEvent>): Promise<BuildwrightEvent[]> {
  const events: BuildwrightEvent[] = [];
  for await (const event of run) events.push(event);
  return events;
}

/** The events that show the pipeline: steps, checks and fixes. */
export const pipeline = (events: BuildwrightEvent[]) =>
  events.flatMap((event) => {
    if (event.type === 'plan.created') return ['plan'];
    if (event.type === 'step.started' || event.type === 'step.completed') return [`${event.type}:${event.stepId}`];
    if (event.type === 'check.started' || event.type === 'check.passed' || event.type === 'check.failed') return [`${event.type}:${event.check}`];
    if (event.type === 'fix.started') return [`fix:${event.check}:${event.attempt}`];
    return [];
  });

/** The tool errors the model was sent in a node's requests. */
export const toolErrors = (requests: LlmRequest[], node: string) =>
  requests
    .filter((request) => request.node === node)
    .flatMap((request) => request.messages.filter((message) => message.role === 'tool' && message.content.startsWith('Error:')).map((message) => message.content));
