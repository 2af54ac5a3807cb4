import type { AgentDefinition } from '../../spec/agent-definition.js';
import { agentProgressFormat, type AgentProgress } from '../../spec/agent-progress.js';
import type { LlmMessage, LlmToolCall } from '../../spec/llm.js';

/** What an execution does next, read from its conversation: call the model, perform tool calls, or take the last answer. */
export type AgentMove = { kind: 'model' } | { kind: 'tools'; step: number; calls: LlmToolCall[] } | { kind: 'answer'; text: string };

/**
 * The next move of an execution, from its stored conversation alone, so a fresh execution and one
 * resumed after a crash take the same path: the last model answer's tool calls without a result
 * are performed (in order), a last answer without tool calls is the final answer, anything else
 * calls the model.
 *
 * @example
 * const move = nextMove(progress); // { kind: 'tools', step: 2, calls: [...] }
 */
export function nextMove(progress: Pick<AgentProgress, 'messages' | 'step'>): AgentMove {
  const { messages } = progress;
  const index = messages.findLastIndex((message) => message.role === 'assistant');
  const last = messages[index];
  if (last?.role !== 'assistant') return { kind: 'model' };
  if (!last.toolCalls?.length) return index === messages.length - 1 ? { kind: 'answer', text: last.content } : { kind: 'model' };
  const answered = new Set(messages.slice(index + 1).flatMap((message) => (message.role === 'tool' ? [message.toolCallId] : [])));
  const calls = last.toolCalls.filter((call) => !answered.has(call.id));
  return calls.length ? { kind: 'tools', step: progress.step, calls } : { kind: 'model' };
}

/** The progress of an execution that has not called the model yet. */
export function initialProgress(definition: AgentDefinition, input: unknown): AgentProgress {
  const messages: LlmMessage[] = [
    { role: 'system', content: systemPrompt(definition) },
    { role: 'user', content: typeof input === 'string' ? input : JSON.stringify(input) },
  ];
  return { format: agentProgressFormat, step: 0, messages, tally: { inputTokens: 0, outputTokens: 0, costUsd: 0, toolCalls: 0 }, toolCalls: [], toolCallInFlight: null, elapsedMs: 0, seq: 0 };
}

function systemPrompt(definition: AgentDefinition): string {
  if (!definition.outputSchema) return definition.instructions;
  return `${definition.instructions}\n\nGive your final answer as JSON only (no prose, no code fence) matching this JSON Schema:\n${JSON.stringify(definition.outputSchema)}`;
}

/** HTTP methods whose repetition has the effect of one call (RFC 9110 §9.2.2). */
const idempotentMethods = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);

/**
 * What a resumed execution does with a tool call that a dead attempt started but whose result was
 * never stored (it may or may not have reached the service): `'retry'` performs it again (at least
 * once, marked `tool.retried`) when repeating it is harmless — an HTTP tool with an idempotent
 * method; `'report'` does not repeat it and tells the model its outcome is unknown (any other tool).
 *
 * @example
 * interruptedToolPolicy(definition, 'create_ticket'); // 'report' for a POST tool
 */
export function interruptedToolPolicy(definition: AgentDefinition, toolName: string): 'retry' | 'report' {
  const tool = definition.tools.find((candidate) => candidate.name === toolName);
  if (!tool) return 'retry';
  return tool.type === 'http' && idempotentMethods.has(tool.method) ? 'retry' : 'report';
}

/** The tool answer the model gets for an interrupted call that is not repeated. */
export function interruptedToolContent(toolName: string): string {
  return `The call to ${toolName} was interrupted by a crash before its result was stored; it may or may not have taken effect, and it was not repeated because it is not idempotent. Check its effect with another tool before calling it again.`;
}
