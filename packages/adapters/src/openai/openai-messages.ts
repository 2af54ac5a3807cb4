import { toTaggedTextMessages, type LlmMessage, type LlmToolDefinition } from '@buildwright/core';
import type OpenAI from 'openai';

type ChatMessage = OpenAI.Chat.Completions.ChatCompletionMessageParam;
type ChatTool = OpenAI.Chat.Completions.ChatCompletionTool;

/** Buildwright messages in the chat-completions shape (native tool calling). */
export function toOpenAiMessages(messages: LlmMessage[]): ChatMessage[] {
  return messages.map((message): ChatMessage => {
    switch (message.role) {
      case 'system':
        return { role: 'system', content: message.content };
      case 'user':
        return { role: 'user', content: message.content };
      case 'assistant': {
        const calls = message.toolCalls ?? [];
        if (calls.length === 0) return { role: 'assistant', content: message.content };
        return {
          role: 'assistant',
          content: message.content === '' ? null : message.content,
          tool_calls: calls.map((call) => ({ id: call.id, type: 'function', function: { name: call.name, arguments: call.argumentsText } })),
        };
      }
      case 'tool':
        return { role: 'tool', tool_call_id: message.toolCallId, content: message.content };
    }
  });
}

/** Buildwright messages for a model in text mode: tools described in the system prompt. */
export function toOpenAiTextModeMessages(messages: LlmMessage[], tools: LlmToolDefinition[]): ChatMessage[] {
  return toTaggedTextMessages(messages, tools).map((message) => ({ role: message.role, content: message.content }) as ChatMessage);
}

/** Tool definitions in the chat-completions shape. */
export function toOpenAiTools(tools: LlmToolDefinition[]): ChatTool[] {
  return tools.map((tool) => ({ type: 'function', function: { name: tool.name, description: tool.description, parameters: tool.parameters } }));
}
