import { afterEach, expect } from 'vitest';
import { BuildwrightError, type BuildwrightErrorCode } from '@buildwright/client';
import type { TranscriptTurn } from '../../protocol/transcript.js';
import type { LlmRequest, LlmStreamPart, LlmToolDefinition } from '../../spec/llm.js';
import { collectLlmStream, type CollectedLlmStream } from './collect.js';
import type { LlmSpecFactory, LlmSpecOptions, LlmSpecScenario, LlmSpecSubject } from './scenario.js';

/** What every area of the LLM spec shares. */
export interface LlmSpecContext {
  faults: boolean;
  streams: boolean;
  toolCallsInText: boolean;
  detectsTruncation: boolean;
  /** The prose of a turn with tool calls as the adapter hands it out (trimmed when the calls travel as tagged text). */
  prose(text: string): string;
  /** Builds the subject for a scenario (defaults filled in); it is closed after the test. */
  subject(scenario?: Partial<LlmSpecScenario>): Promise<LlmSpecSubject>;
  /** Builds the subject and reads one call to its end. */
  play(scenario?: Partial<LlmSpecScenario>, request?: Partial<LlmRequest>, onPart?: (part: LlmStreamPart) => void): Promise<{ subject: LlmSpecSubject; result: CollectedLlmStream }>;
}

export const specTools: LlmToolDefinition[] = [
  {
    name: 'write_file',
    description: 'Write a whole file.',
    parameters: { type: 'object', properties: { path: { type: 'string' }, content: { type: 'string' } }, required: ['path', 'content'] },
  },
  {
    name: 'edit_file',
    description: 'Edit a file.',
    parameters: {
      type: 'object',
      properties: { path: { type: 'string' }, edits: { type: 'array', items: { type: 'object', properties: { search: { type: 'string' }, replace: { type: 'string' } } } } },
      required: ['path', 'edits'],
    },
  },
];

const app =
  'import { useState } from "react";\n\nexport function App() {\n  const [count, setCount] = useState(0);\n  return <button onClick={() => setCount(count + 1)}>{count} clicks — é</button>;\n}\n';

/** A turn with prose and two tool calls whose arguments hold quotes, newlines and non-ASCII text. */
export const toolTurn: TranscriptTurn = {
  text: 'Writing the counter app now, with a "button" and a café.',
  toolCalls: [
    { name: 'write_file', arguments: { path: 'src/App.tsx', content: app } },
    { name: 'edit_file', arguments: { path: 'src/main.tsx', edits: [{ search: 'old', replace: 'new' }] } },
  ],
  usage: { inputTokens: 1200, outputTokens: 300, cachedInputTokens: 200 },
};

/** A prose-only turn. */
export const textTurn: TranscriptTurn = {
  text: 'The counter app is done. It shows a button that counts its clicks, and nothing else.',
  toolCalls: [],
  usage: { inputTokens: 400, outputTokens: 40 },
};

export const specRequest = (overrides: Partial<LlmRequest> = {}): LlmRequest => ({
  node: 'build',
  messages: [
    { role: 'system', content: 'You build apps.' },
    { role: 'user', content: 'Make a counter.' },
  ],
  tools: specTools,
  ...overrides,
});

export const transcriptOf = (...turns: TranscriptTurn[]) => ({ format: 'buildwright.transcript/v1' as const, turns });

export function createLlmSpecContext(factory: LlmSpecFactory, options: LlmSpecOptions): LlmSpecContext {
  const open: LlmSpecSubject[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((subject) => subject.close?.()));
  });
  const subject = async (scenario: Partial<LlmSpecScenario> = {}) => {
    const created = await factory({ transcript: transcriptOf(toolTurn), faults: [], reportsUsage: true, maxRetries: 2, retryDelayMs: 10, timeoutMs: 5000, ...scenario });
    open.push(created);
    return created;
  };
  return {
    faults: options.faults ?? true,
    streams: options.streams ?? true,
    toolCallsInText: options.toolCallsInText ?? false,
    detectsTruncation: options.detectsTruncation ?? true,
    prose: (text) => (options.toolCallsInText ? text.trim() : text),
    subject,
    async play(scenario, request, onPart) {
      const created = await subject(scenario);
      return { subject: created, result: await collectLlmStream(created.llm, specRequest(request), onPart) };
    },
  };
}

/** The stream ended with a BuildwrightError of this code. */
export function expectLlmError(result: CollectedLlmStream, code: BuildwrightErrorCode): BuildwrightError {
  expect(result.error, `expected the stream to end with ${code}, it ended with ${result.finish ? `finish ${result.finish}` : 'nothing'}`).toBeDefined();
  expect(BuildwrightError.isInstance(result.error)).toBe(true);
  expect(result.error!.code).toBe(code);
  return result.error!;
}

/** Exactly one call reached the upstream (when the subject counts them) and no retry part came. */
export function expectNotRetried(subject: LlmSpecSubject, result: CollectedLlmStream): void {
  expect(result.retries).toEqual([]);
  if (subject.upstreamCalls) expect(subject.upstreamCalls()).toHaveLength(1);
}

/** The text of the last attempt: deltas after the last retry part (a retry streams its text again). */
export function textOfLastAttempt(parts: LlmStreamPart[]): string {
  const lastRetry = parts.map((part) => part.type).lastIndexOf('retry');
  return parts
    .slice(lastRetry + 1)
    .map((part) => (part.type === 'text-delta' ? part.text : ''))
    .join('');
}

/** The turn's tool calls as `[name, arguments]`, as the adapter must hand them out. */
export function callsOf(turn: TranscriptTurn): [string, unknown][] {
  return turn.toolCalls.map((call) => [call.name, call.arguments]);
}
