import type { LlmMessage, LlmToolCall } from '@buildwright/core';
import { AIMessage, HumanMessage, SystemMessage, ToolMessage, type BaseMessage } from '@langchain/core/messages';

/**
 * Buildwright messages as LangChain messages. A past tool call whose arguments did not parse
 * goes back as an `invalid_tool_calls` entry with its raw text.
 *
 * @example
 * const history = toLangChainMessages([{ role: 'user', content: 'Make a counter.' }]);
 */
export function toLangChainMessages(messages: LlmMessage[]): BaseMessage[] {
  return messages.map((message) => {
    switch (message.role) {
      case 'system':
        return new SystemMessage(message.content);
      case 'user':
        return new HumanMessage(message.content);
      case 'assistant': {
        const calls = message.toolCalls ?? [];
        const valid = calls.filter((call) => isRecord(call.arguments));
        const invalid = calls.filter((call) => !isRecord(call.arguments));
        return new AIMessage({
          content: message.content,
          tool_calls: valid.map((call) => ({ id: call.id, name: call.name, args: call.arguments as Record<string, unknown>, type: 'tool_call' as const })),
          invalid_tool_calls: invalid.map((call) => ({ id: call.id, name: call.name, args: call.argumentsText, error: 'Arguments are not a JSON object.', type: 'invalid_tool_call' as const })),
        });
      }
      case 'tool':
        return new ToolMessage({ content: message.content, tool_call_id: message.toolCallId, name: message.name });
    }
  });
}

/**
 * LangChain messages as Buildwright messages (to start a run from a LangChain chat history).
 * Content blocks other than text are dropped; unknown message types become user messages.
 *
 * @example
 * const messages = fromLangChainMessages(await memory.getMessages());
 */
export function fromLangChainMessages(messages: BaseMessage[]): LlmMessage[] {
  return messages.map((message): LlmMessage => {
    const content = textOf(message.content);
    const type = message.type;
    if (type === 'system') return { role: 'system', content };
    if (type === 'ai') {
      const ai = message as AIMessage;
      const toolCalls: LlmToolCall[] = [
        ...(ai.tool_calls ?? []).map((call, index) => ({ id: call.id ?? `call_${index}`, name: call.name, arguments: call.args as unknown, argumentsText: JSON.stringify(call.args) })),
        ...(ai.invalid_tool_calls ?? []).map((call, index) => ({ id: call.id ?? `invalid_${index}`, name: call.name ?? '', arguments: undefined, argumentsText: call.args ?? '' })),
      ];
      return toolCalls.length > 0 ? { role: 'assistant', content, toolCalls } : { role: 'assistant', content };
    }
    if (type === 'tool') {
      const tool = message as ToolMessage;
      return { role: 'tool', toolCallId: tool.tool_call_id, name: tool.name ?? '', content };
    }
    return { role: 'user', content };
  });
}

/** The text of a message's content: a string, or the text blocks of a content array. */
export function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  let text = '';
  for (const block of content as { type?: unknown; text?: unknown }[]) {
    if (typeof block === 'string') text += block;
    else if ((block?.type === 'text' || block?.type === 'text_delta') && typeof block.text === 'string') text += block.text;
  }
  return text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
