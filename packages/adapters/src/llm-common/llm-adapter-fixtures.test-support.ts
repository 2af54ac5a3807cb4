import type { LlmAdapter, LlmRequest, LlmToolDefinition, Transcript } from '@buildwright/core';
import { collectLlmStream } from '@buildwright/core/testing';

/** What the model adapters' tests share: two tools, a one-turn counter transcript, a build request. */
export const writeAndFinishTools: LlmToolDefinition[] = [
  {
    name: 'write_file',
    description: 'Write a whole file.',
    parameters: { type: 'object', properties: { path: { type: 'string' }, content: { type: 'string' } }, required: ['path', 'content'] },
  },
  { name: 'finish', description: 'Finish the run.', parameters: { type: 'object', properties: { summary: { type: 'string' } }, required: ['summary'] } },
];

export const counterApp = 'export function App() {\n  return <h1>Counter</h1>;\n}\n';

/** One turn: a sentence, `write_file` of the counter app, `finish`, and its usage. */
export const counterTranscript: Transcript = {
  format: 'buildwright.transcript/v1',
  turns: [
    {
      text: 'Writing the app.',
      toolCalls: [
        { name: 'write_file', arguments: { path: 'src/App.tsx', content: counterApp } },
        { name: 'finish', arguments: { summary: 'Done.' } },
      ],
      usage: { inputTokens: 800, outputTokens: 90 },
    },
  ],
};

/** A build request (system + user message) with the given tools, overridable field by field. */
export const buildRequest =
  (tools: LlmToolDefinition[]) =>
  (overrides: Partial<LlmRequest> = {}): LlmRequest => ({
    node: 'build',
    messages: [
      { role: 'system', content: 'You build apps.' },
      { role: 'user', content: 'Make a counter.' },
    ],
    tools,
    ...overrides,
  });

/** Collects a stream of the adapter for the request (default: the counter build request). */
export const collect = (llm: LlmAdapter, input: LlmRequest = buildRequest(writeAndFinishTools)()) => collectLlmStream(llm, input);
