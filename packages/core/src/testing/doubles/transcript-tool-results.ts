import { unwrapUntrustedToolResult } from '../../protocol/untrusted-tool-result.js';
import type { LlmMessage } from '../../spec/llm.js';

/** `{{toolResult:<call id>}}` or `{{toolResult:<call id>:<path.in.json>}}` inside a string argument of a transcript. */
const placeholder = /\{\{toolResult:([A-Za-z0-9_.-]+)(?::([A-Za-z0-9_.-]+))?\}\}/g;

/**
 * Fills the placeholders of a recorded call's arguments from the tool results the model received
 * earlier in the conversation: `{{toolResult:colors}}` is the whole result of the call with id
 * `colors` (an MCP result without its untrusted-content fence), `{{toolResult:colors:primary}}` the
 * value at that path of the result parsed as JSON. A placeholder whose result is missing stays as
 * it is, so the run shows what was not found.
 *
 * @example
 * fillToolResults({ content: 'export const primary = "{{toolResult:colors:primary}}";' }, request.messages);
 */
export function fillToolResults<T>(value: T, messages: readonly LlmMessage[]): T {
  return fill(value, messages) as T;
}

function fill(value: unknown, messages: readonly LlmMessage[]): unknown {
  if (typeof value === 'string') return value.includes('{{toolResult:') ? value.replace(placeholder, (whole, id: string, path?: string) => lookup(messages, id, path) ?? whole) : value;
  if (Array.isArray(value)) return value.map((entry) => fill(entry, messages));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, fill(entry, messages)]));
  return value;
}

function lookup(messages: readonly LlmMessage[], id: string, path: string | undefined): string | undefined {
  const message = messages.findLast((entry) => entry.role === 'tool' && entry.toolCallId === id);
  if (!message) return undefined;
  const text = unwrapUntrustedToolResult(message.content) ?? message.content;
  if (path === undefined) return text;
  let current: unknown;
  try {
    current = JSON.parse(text);
  } catch {
    return undefined;
  }
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return typeof current === 'string' ? current : JSON.stringify(current);
}
