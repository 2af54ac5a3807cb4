import type { AgentDefinitionDraft, AgentDefinitionWire } from '@buildwright/client';

/** The draft as the form edits it: text fields, tools and eval cases as JSON text. */
export interface AgentEditorFields {
  name: string;
  description: string;
  instructions: string;
  model: string;
  /** JSON array of HTTP tools. */
  tools: string;
  /** JSON array of eval cases. */
  evals: string;
  maxSteps: string;
  maxTokens: string;
  timeMs: string;
  /** Empty for no cost limit. */
  maxCostUsd: string;
}

export type AgentEditorField = keyof AgentEditorFields;

/** What the form shows for a definition. */
export function agentEditorFields(definition: AgentDefinitionWire): AgentEditorFields {
  return {
    name: definition.name,
    description: definition.description,
    instructions: definition.instructions,
    model: definition.model,
    tools: JSON.stringify(definition.tools, null, 2),
    evals: JSON.stringify(definition.evals, null, 2),
    maxSteps: String(definition.limits.maxSteps),
    maxTokens: String(definition.limits.maxTokens),
    timeMs: String(definition.limits.timeMs),
    maxCostUsd: definition.limits.maxCostUsd === undefined ? '' : String(definition.limits.maxCostUsd),
  };
}

const toolName = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
const methods = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function jsonArray(text: string, what: string): { value: unknown[] } | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(text.trim() || '[]');
  } catch (error) {
    return { problem: `${what} must be JSON: ${(error as Error).message}` };
  }
  return Array.isArray(value) ? { value } : { problem: `${what} must be a JSON array ([...]).` };
}

function toolProblem(tool: unknown, index: number): string | undefined {
  const at = `Tool ${index + 1}`;
  if (!isObject(tool)) return `${at} must be an object.`;
  if (tool.type !== 'http') return `${at}: "type" must be "http".`;
  if (typeof tool.name !== 'string' || !toolName.test(tool.name)) return `${at}: "name" must be a letter then letters, digits, "_" or "-" (at most 64).`;
  if (typeof tool.description !== 'string' || !tool.description) return `${at} (${tool.name}): "description" is required.`;
  if (typeof tool.method !== 'string' || !methods.has(tool.method)) return `${at} (${tool.name}): "method" must be GET, POST, PUT, PATCH or DELETE.`;
  if (typeof tool.url !== 'string' || !URL.canParse(tool.url)) return `${at} (${tool.name}): "url" must be an absolute URL.`;
  if (!isObject(tool.inputSchema)) return `${at} (${tool.name}): "inputSchema" must be a JSON Schema object.`;
  return undefined;
}

function evalProblem(evalCase: unknown, index: number): string | undefined {
  const at = `Eval case ${index + 1}`;
  if (!isObject(evalCase)) return `${at} must be an object.`;
  if (typeof evalCase.name !== 'string' || !evalCase.name) return `${at}: "name" is required.`;
  if (!isObject(evalCase.expected)) return `${at} (${evalCase.name}): "expected" must be an object (contains, matchesSchema, calledTool).`;
  return undefined;
}

function positiveInteger(text: string): number | undefined {
  const value = Number(text);
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

/**
 * The definition the form holds, or what is wrong with it, field by field (checked before anything
 * is sent; the server checks again and its answer is shown too).
 */
export function draftFromFields(fields: AgentEditorFields): { draft: AgentDefinitionDraft; problems: null } | { draft: null; problems: Partial<Record<AgentEditorField, string>> } {
  const problems: Partial<Record<AgentEditorField, string>> = {};
  if (!fields.name.trim()) problems.name = 'A name is required.';
  if (!fields.instructions.trim()) problems.instructions = 'Instructions are required: tell the agent what to do.';
  if (!fields.model.trim()) problems.model = 'A model name is required (one the server maps to a model).';
  const tools = jsonArray(fields.tools, 'Tools');
  if ('problem' in tools) problems.tools = tools.problem;
  else {
    const problem = tools.value.map(toolProblem).find(Boolean);
    const names = tools.value.map((tool) => (isObject(tool) ? tool.name : undefined));
    if (problem) problems.tools = problem;
    else if (new Set(names).size !== names.length) problems.tools = 'Two tools have the same name.';
  }
  const evals = jsonArray(fields.evals, 'Eval cases');
  if ('problem' in evals) problems.evals = evals.problem;
  else {
    const problem = evals.value.map(evalProblem).find(Boolean);
    if (problem) problems.evals = problem;
  }
  const limits = { maxSteps: positiveInteger(fields.maxSteps), maxTokens: positiveInteger(fields.maxTokens), timeMs: positiveInteger(fields.timeMs) };
  for (const key of ['maxSteps', 'maxTokens', 'timeMs'] as const) if (limits[key] === undefined) problems[key] = 'A whole number above 0.';
  if (limits.maxSteps !== undefined && limits.maxSteps > 100) problems.maxSteps = 'At most 100 model calls.';
  const maxCostUsd = fields.maxCostUsd.trim() === '' ? undefined : Number(fields.maxCostUsd);
  if (maxCostUsd !== undefined && !(maxCostUsd > 0)) problems.maxCostUsd = 'A number of dollars above 0, or empty for no limit.';
  if (Object.keys(problems).length > 0 || 'problem' in tools || 'problem' in evals) return { draft: null, problems };
  return {
    draft: {
      format: 'buildwright.agent/v1',
      name: fields.name.trim(),
      description: fields.description,
      instructions: fields.instructions,
      model: fields.model.trim(),
      tools: tools.value as AgentDefinitionDraft['tools'],
      evals: evals.value as AgentDefinitionDraft['evals'],
      limits: { maxSteps: limits.maxSteps!, maxTokens: limits.maxTokens!, timeMs: limits.timeMs!, ...(maxCostUsd === undefined ? {} : { maxCostUsd }) },
    },
    problems: null,
  };
}
