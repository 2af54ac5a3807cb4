import type { LlmToolCall, LlmToolDefinition } from '../../spec/llm.js';
import { cleanText, parseJsonLenient, readValue, schemaProperties, stripFence, valueKind } from './tagged-text-values.js';

/** A tool call as the parser collected it, before its arguments are read. */
export interface RawToolCall {
  /** From the `name` attribute, when given. */
  name: string | undefined;
  /** `<arg>` values in order; `verbatim` for CDATA values. */
  arguments: { name: string; value: string; verbatim?: boolean }[];
  /** The body, when it was a JSON object instead of `<arg>` elements. */
  jsonBody: string | undefined;
  /** Text in the body that was neither an argument nor JSON. */
  stray: string;
  /** The whole body exactly as the model wrote it. */
  raw: string;
  /** True when the output ended before `</tool_call>`. */
  endedOpen?: boolean;
}

export type BuildToolCallResult = { ok: true; toolCall: LlmToolCall } | { ok: false; what: string; hint: string };

/**
 * Reads a collected call into an LlmToolCall. Arguments that are not valid JSON where JSON is
 * expected give `arguments: undefined` with the raw body as `argumentsText`, exactly like a
 * native call with broken JSON: the engine sends the model a tool error.
 */
export function buildToolCall(raw: RawToolCall, tools: LlmToolDefinition[], id: string): BuildToolCallResult {
  if (raw.arguments.length > 0) return fromArguments(raw, tools, id);
  if (raw.jsonBody !== undefined) return fromJsonBody(raw, tools, id);
  const name = raw.name;
  if (name === undefined) return { ok: false, what: 'a <tool_call> has no name', hint: 'Write <tool_call name="tool_name">.' };
  const tool = findTool(tools, name);
  const body = cleanText(raw.stray);
  if (body === '') return done(id, tool?.name ?? name, {});
  // A bare body is accepted for a tool with exactly one text parameter (`<tool_call name="finish">Done.</tool_call>`).
  const properties = Object.entries(schemaProperties(tool));
  if (properties.length === 1 && valueKind(properties[0]![1]) === 'string') return done(id, tool!.name, { [properties[0]![0]]: body });
  return { ok: false, what: `the body of the call to "${name}" is neither <arg> elements nor a JSON object`, hint: 'Put each argument in <arg name="...">...</arg>.' };
}

function fromArguments(raw: RawToolCall, tools: LlmToolDefinition[], id: string): BuildToolCallResult {
  if (raw.name === undefined) return { ok: false, what: 'a <tool_call> with arguments has no name', hint: 'Write <tool_call name="tool_name">.' };
  const tool = findTool(tools, raw.name);
  const name = tool?.name ?? raw.name;
  const properties = schemaProperties(tool);
  const values: Record<string, unknown> = {};
  let valid = true;
  for (const argument of raw.arguments) {
    if (Object.hasOwn(values, argument.name)) {
      return { ok: false, what: `the call to "${name}" gives argument "${argument.name}" twice`, hint: 'Give each argument once.' };
    }
    const kind = valueKind(properties[argument.name]);
    const read = argument.verbatim && kind === 'string' ? { ok: true as const, value: argument.value } : readValue(argument.value, kind);
    if (read.ok) values[argument.name] = read.value;
    else valid = false;
  }
  if (!valid) return { ok: true, toolCall: { id, name, arguments: undefined, argumentsText: raw.raw } };
  return done(id, name, values);
}

function fromJsonBody(raw: RawToolCall, tools: LlmToolDefinition[], id: string): BuildToolCallResult {
  const parsed = parseJsonLenient(stripFence(raw.jsonBody!.trim()).trim());
  if (!parsed.ok) {
    if (raw.endedOpen) return { ok: false, what: `the output ended inside the JSON body of the call to "${raw.name ?? '?'}"`, hint: 'The response was cut off; ask for a shorter answer.' };
    if (raw.name === undefined) return { ok: false, what: 'a <tool_call> has no name and its JSON body does not parse', hint: 'Write <tool_call name="tool_name">.' };
    return { ok: true, toolCall: { id, name: findTool(tools, raw.name)?.name ?? raw.name, arguments: undefined, argumentsText: raw.jsonBody!.trim() } };
  }
  let name = raw.name;
  let value = parsed.value;
  if (isRecord(value) && typeof value['name'] === 'string' && ('arguments' in value || 'parameters' in value)) {
    // Hermes style: {"name": "write_file", "arguments": {...}} (arguments sometimes as a JSON string).
    if (name === undefined || name.toLowerCase() === value['name'].toLowerCase()) {
      name = value['name'];
      value = value['arguments'] ?? value['parameters'];
      if (typeof value === 'string') {
        const inner = parseJsonLenient(value);
        value = inner.ok ? inner.value : undefined;
      }
    }
  }
  if (name === undefined) return { ok: false, what: 'a <tool_call> has no name', hint: 'Write <tool_call name="tool_name">, or {"name": ..., "arguments": ...} as its body.' };
  const resolved = findTool(tools, name)?.name ?? name;
  if (!isRecord(value)) return { ok: true, toolCall: { id, name: resolved, arguments: undefined, argumentsText: raw.jsonBody!.trim() } };
  return done(id, resolved, value);
}

function done(id: string, name: string, values: Record<string, unknown>): BuildToolCallResult {
  return { ok: true, toolCall: { id, name, arguments: values, argumentsText: JSON.stringify(values) } };
}

function findTool(tools: LlmToolDefinition[], name: string): LlmToolDefinition | undefined {
  const wanted = name.trim().toLowerCase();
  return tools.find((tool) => tool.name.toLowerCase() === wanted);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
