import type { LlmMessage, LlmToolDefinition } from '@buildwright/core';
import { jsonSchema, type ModelMessage, type SystemModelMessage, type ToolSet } from 'ai';

/** A conversation in the AI SDK's shape: the system messages as `instructions` (in order), the rest as `messages`. */
export interface AiSdkPrompt {
  instructions: SystemModelMessage[];
  messages: ModelMessage[];
}

/**
 * Buildwright messages as an AI SDK prompt. The AI SDK takes system text only as `instructions`,
 * so system messages go there in their order; an assistant turn's tool calls become `tool-call`
 * content parts (with the arguments as the model wrote them when they were not valid JSON, so the
 * model sees its own mistake) and each tool result a `tool` message with text output.
 */
export function toAiSdkPrompt(messages: readonly LlmMessage[]): AiSdkPrompt {
  const instructions: SystemModelMessage[] = [];
  const rest: ModelMessage[] = [];
  for (const message of messages) {
    if (message.role === 'system') instructions.push({ role: 'system', content: message.content });
    else rest.push(toModelMessage(message));
  }
  return { instructions, messages: rest };
}

function toModelMessage(message: Exclude<LlmMessage, { role: 'system' }>): ModelMessage {
  switch (message.role) {
    case 'user':
      return { role: 'user', content: message.content };
    case 'assistant': {
      const calls = message.toolCalls ?? [];
      if (calls.length === 0) return { role: 'assistant', content: message.content };
      return {
        role: 'assistant',
        content: [
          ...(message.content === '' ? [] : [{ type: 'text' as const, text: message.content }]),
          ...calls.map((call) => ({ type: 'tool-call' as const, toolCallId: call.id, toolName: call.name, input: call.arguments ?? call.argumentsText })),
        ],
      };
    }
    case 'tool':
      return { role: 'tool', content: [{ type: 'tool-result', toolCallId: message.toolCallId, toolName: message.name, output: { type: 'text', value: message.content } }] };
  }
}

/**
 * The tools as an AI SDK tool set: JSON Schema input, no `execute`, so `streamText` ends its step
 * at the model's tool calls and hands them to Buildwright, which runs them.
 */
export function toToolSet(tools: readonly LlmToolDefinition[]): ToolSet {
  return Object.fromEntries(tools.map((tool) => [tool.name, { description: tool.description, inputSchema: jsonSchema(tool.parameters) }]));
}
