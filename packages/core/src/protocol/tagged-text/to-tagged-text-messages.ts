import type { LlmMessage, LlmToolDefinition } from '../../spec/llm.js';
import { describeTaggedTools } from './describe-tagged-tools.js';
import { formatTaggedToolCall, formatTaggedToolResult } from './format-tagged-text.js';

/** A message a model without tool calling understands: no tool calls, no `tool` role. */
export type TaggedTextMessage = { role: 'system' | 'user' | 'assistant'; content: string };

/**
 * Rewrites a conversation for a model in text mode: the format and the tools are described at
 * the end of the system message, past tool calls become tagged text in the assistant message,
 * and tool results become one user message per run of results.
 *
 * @example
 * const messages = toTaggedTextMessages(request.messages, request.tools);
 */
export function toTaggedTextMessages(messages: LlmMessage[], tools: LlmToolDefinition[]): TaggedTextMessage[] {
  const result: TaggedTextMessage[] = [];
  const description = tools.length > 0 ? describeTaggedTools(tools) : '';
  let described = description === '';
  for (const message of messages) {
    if (message.role === 'system') {
      result.push({ role: 'system', content: described ? message.content : `${message.content}\n\n${description}` });
      described = true;
    } else if (message.role === 'user') {
      result.push({ role: 'user', content: message.content });
    } else if (message.role === 'assistant') {
      const calls = (message.toolCalls ?? []).map((toolCall) => formatTaggedToolCall(toolCall, tools));
      result.push({ role: 'assistant', content: [message.content, ...calls].filter((part) => part !== '').join('\n') });
    } else {
      const text = formatTaggedToolResult(message);
      const previous = result[result.length - 1];
      if (previous?.role === 'user' && previous.content.startsWith('<tool_result')) previous.content += `\n\n${text}`;
      else result.push({ role: 'user', content: text });
    }
  }
  if (!described) result.unshift({ role: 'system', content: description });
  return result;
}
