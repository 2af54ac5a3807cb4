import type { LlmToolCall, LlmToolDefinition } from '../../spec/llm.js';
import { argCloseTag, argOpenWithName, toolCloseTag } from './tagged-text-syntax.js';
import { schemaProperties, stripFence, valueKind } from './tagged-text-values.js';

/** Tags the parser ends a raw value at. */
const valueEnds = [argCloseTag, argOpenWithName, toolCloseTag];

/**
 * Writes a tool call in the tagged-text format (the inverse of the parser): text arguments
 * raw, others as JSON, a value the parser would cut or clean (one holding `</arg>`, `<arg name=`
 * or `</tool_call>`, one starting like CDATA, or with surrounding blank space) as CDATA. A value that CDATA cannot carry
 * (it holds `]]>` too) makes the whole call a JSON body, `<` escaped. Used to replay an assistant
 * turn to a model in text mode, and by the OpenAI test server to play a model without tool calling.
 *
 * @example
 * formatTaggedToolCall({ id: 'c1', name: 'write_file', arguments: { path: 'a.txt', content: 'hi' }, argumentsText: '' });
 * // '<tool_call name="write_file">\n<arg name="path">a.txt</arg>\n<arg name="content">hi</arg>\n</tool_call>'
 */
export function formatTaggedToolCall(toolCall: Pick<LlmToolCall, 'name' | 'arguments' | 'argumentsText'>, tools: LlmToolDefinition[] = []): string {
  const value = toolCall.arguments;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return `<tool_call name="${toolCall.name}">\n${toolCall.argumentsText}\n</tool_call>`;
  }
  const properties = schemaProperties(tools.find((tool) => tool.name === toolCall.name));
  const lines = [`<tool_call name="${toolCall.name}">`];
  for (const [name, argument] of Object.entries(value as Record<string, unknown>)) {
    const asText = typeof argument === 'string' && valueKind(properties[name]) !== 'json';
    const text = asText ? argument : JSON.stringify(argument, null, 2);
    const multiline = text.includes('\n');
    // CDATA keeps a value exact where the parser would otherwise cut or clean it.
    const exact = valueEnds.some((tag) => tag.test(text)) || /^\s*<!\[CDATA\[/.test(text) || (multiline ? stripFence(text) !== text : text !== text.trim());
    if (exact && text.includes(']]>')) return `<tool_call name="${toolCall.name}">\n${JSON.stringify(value).replaceAll('<', '\\u003c')}\n</tool_call>`;
    const body = exact ? `<![CDATA[${text}]]>` : multiline ? `\n${text}\n` : text;
    lines.push(`<arg name="${name}">${body}</arg>`);
  }
  lines.push('</tool_call>');
  return lines.join('\n');
}

/**
 * Writes a tool result for a model in text mode, which has no `tool` role.
 *
 * @example
 * formatTaggedToolResult({ toolCallId: 'c1', name: 'write_file', content: 'Wrote a.txt' });
 */
export function formatTaggedToolResult(result: { toolCallId: string; name: string; content: string }): string {
  return `<tool_result name="${result.name}" id="${result.toolCallId}">\n${result.content}\n</tool_result>`;
}
