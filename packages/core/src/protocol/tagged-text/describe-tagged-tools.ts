import type { LlmToolDefinition } from '../../spec/llm.js';
import { schemaProperties, valueKind } from './tagged-text-values.js';

/**
 * System-prompt text that teaches a model without native tool calling the tagged-text format
 * and lists the tools with their arguments (docs/tagged-text.md). Adapters append it to the
 * system message when `toolMode` is `'text'`.
 *
 * @example
 * const system = `${basePrompt}\n\n${describeTaggedTools(request.tools)}`;
 */
export function describeTaggedTools(tools: LlmToolDefinition[]): string {
  const lines = [
    '# Tools',
    '',
    'You call tools by writing tool calls in your reply, in exactly this format:',
    '',
    '<tool_call name="TOOL_NAME">',
    '<arg name="ARGUMENT_NAME">VALUE</arg>',
    '</tool_call>',
    '',
    'Rules:',
    '- Write text values as they are: no quotes, no escaping, no code fences. The line break right after <arg ...> and right before </arg> is not part of the value.',
    '- Write values marked (JSON) as JSON: objects, arrays, numbers, booleans.',
    '- If a value itself contains "</arg>", wrap it as <![CDATA[...]]>.',
    '- Do not put tool calls inside code fences. You may make several tool calls in one reply; text outside tool calls is shown to the user.',
    '- Tool results come back in the next user message as <tool_result name="..." id="...">...</tool_result>.',
    '',
    'Available tools:',
  ];
  for (const tool of tools) {
    lines.push('', `## ${tool.name}`, tool.description.trim());
    const properties = schemaProperties(tool);
    const required = new Set(Array.isArray(tool.parameters['required']) ? (tool.parameters['required'] as string[]) : []);
    const names = Object.keys(properties);
    if (names.length === 0) {
      lines.push('Arguments: none.');
    } else {
      lines.push('Arguments:');
      for (const name of names) {
        const schema = properties[name]!;
        const description = typeof schema['description'] === 'string' ? `: ${schema['description']}` : '';
        const json = valueKind(schema) === 'string' ? '' : ' (JSON)';
        lines.push(`- ${name} (${describeType(schema)}${required.has(name) ? '' : ', optional'})${json}${description}`);
      }
    }
    lines.push('Example:', `<tool_call name="${tool.name}">`);
    for (const name of names.filter((entry) => required.has(entry) || required.size === 0)) {
      lines.push(`<arg name="${name}">${exampleValue(properties[name]!)}</arg>`);
    }
    lines.push('</tool_call>');
  }
  return lines.join('\n');
}

/** A short TypeScript-like rendering of a JSON Schema, for the model. */
export function describeType(schema: Record<string, unknown>, depth = 0): string {
  if (depth > 3) return 'any';
  if (Array.isArray(schema['enum'])) return schema['enum'].map((entry) => JSON.stringify(entry)).join(' | ');
  const variants = (schema['anyOf'] ?? schema['oneOf']) as Record<string, unknown>[] | undefined;
  if (Array.isArray(variants)) return variants.map((variant) => describeType(variant, depth + 1)).join(' | ');
  const type = Array.isArray(schema['type']) ? (schema['type'] as string[]).join(' | ') : schema['type'];
  if (type === 'array') {
    const items = schema['items'];
    return `${typeof items === 'object' && items !== null ? wrap(describeType(items as Record<string, unknown>, depth + 1)) : 'any'}[]`;
  }
  if (type === 'object') {
    const properties = schema['properties'] as Record<string, Record<string, unknown>> | undefined;
    const required = new Set(Array.isArray(schema['required']) ? (schema['required'] as string[]) : []);
    const fields = Object.entries(properties ?? {}).map(([name, value]) => `${name}${required.has(name) ? '' : '?'}: ${describeType(value, depth + 1)}`);
    const additional = schema['additionalProperties'];
    if (typeof additional === 'object' && additional !== null) fields.push(`[name: string]: ${describeType(additional as Record<string, unknown>, depth + 1)}`);
    return `{ ${fields.join('; ')} }`;
  }
  return typeof type === 'string' ? type : 'any';
}

function wrap(type: string): string {
  return type.includes(' | ') ? `(${type})` : type;
}

function exampleValue(schema: Record<string, unknown>): string {
  if (valueKind(schema) === 'string') return '...';
  const type = schema['type'];
  if (type === 'array') return '[...]';
  if (type === 'object') return '{...}';
  if (type === 'boolean') return 'true';
  if (type === 'number' || type === 'integer') return '0';
  return '...';
}
