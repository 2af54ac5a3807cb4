import { BuildwrightError } from '@buildwright/client';
import { z } from 'zod';
import { readModelStream } from '../../graph/model-stream.js';
import { formatZodIssues } from '../../protocol/format-zod-issues.js';
import { agentDefinitionFormat, agentDefinitionSchema, type AgentDefinition } from '../../spec/agent-definition.js';
import type { LlmAdapter, LlmMessage, LlmToolCall, LlmToolDefinition, LlmUsage } from '../../spec/llm.js';

/** How many eval cases a generated definition has. */
export const generatedEvalCount = { min: 5, max: 10 } as const;

const submitTool = 'submit_agent';

/** The definition's JSON Schema without the fields the host sets (format, model, judge model). */
function submitParameters(): Record<string, unknown> {
  const schema = z.toJSONSchema(agentDefinitionSchema, { io: 'input', unrepresentable: 'any' }) as { properties: Record<string, unknown>; required: string[] };
  const hostFields = ['format', 'model', 'judgeModel'];
  const properties = Object.fromEntries(Object.entries(schema.properties).filter(([name]) => !hostFields.includes(name)));
  return { type: 'object', properties, required: schema.required.filter((name) => !hostFields.includes(name)), additionalProperties: false };
}

/** The tool the planner answers with: the whole definition with its eval cases. */
export const submitAgentTool: LlmToolDefinition = {
  name: submitTool,
  description: `The agent's definition: name, description, instructions, tools, input/output JSON Schemas, limits and ${generatedEvalCount.min} to ${generatedEvalCount.max} eval cases.`,
  parameters: submitParameters(),
};

/** Options of {@link writeAgentDefinition}. */
export interface WriteAgentDefinitionOptions {
  llm: LlmAdapter;
  /** The conversation so far; the model's turns and the tool answers are appended to it. */
  messages: LlmMessage[];
  /** `agent-plan` for the first definition, `agent-fix` for a fix turn. */
  node: 'agent-plan' | 'agent-fix';
  /** What the host sets whatever the model writes: the model name, the judge model, and on a fix turn the frozen evals. */
  fixed: Pick<AgentDefinition, 'model'> & Partial<Pick<AgentDefinition, 'judgeModel' | 'evals'>>;
  signal?: AbortSignal;
  onUsage?: (usage: LlmUsage) => void;
  /** A definition that was not valid; the problems go back to the model for one repair turn. */
  onRejected?: (problems: string) => void;
}

/**
 * Asks the model for a definition through the `submit_agent` tool and checks it with
 * `agentDefinitionSchema` (plus 5 to 10 eval cases). A definition that is not valid goes back to
 * the model with the problems for one repair turn; still not valid, it is `AGENT_DEFINITION_INVALID`.
 * On success the call's id is returned: the caller answers it (the evals' outcome) before the next turn.
 *
 * @example
 * const { definition, toolCallId } = await writeAgentDefinition({ llm, messages, node: 'agent-plan', fixed: { model: 'fast' } });
 */
export async function writeAgentDefinition(options: WriteAgentDefinitionOptions): Promise<{ definition: AgentDefinition; toolCallId: string }> {
  const { llm, messages, node } = options;
  let problems = '';
  for (let attempt = 1; attempt <= 2; attempt++) {
    const response = await readModelStream(llm, { node, messages, tools: [submitAgentTool], ...(options.signal ? { signal: options.signal } : {}) }, { onUsage: (usage) => options.onUsage?.(usage) });
    messages.push({ role: 'assistant', content: response.text, ...(response.toolCalls.length ? { toolCalls: response.toolCalls } : {}) });
    const [call, ...extra] = response.toolCalls;
    for (const ignored of extra) messages.push({ role: 'tool', toolCallId: ignored.id, name: ignored.name, content: 'Ignored: submit one definition per turn.' });
    const checked = call ? check(call, options.fixed) : { ok: false as const, problems: `You answered without calling ${submitTool}. Call it with the whole definition.` };
    if (checked.ok) return { definition: checked.definition, toolCallId: call!.id };
    problems = checked.problems;
    options.onRejected?.(problems);
    const repair = `The definition is not valid: ${problems}. Call ${submitTool} again with the whole definition, corrected.`;
    messages.push(call ? { role: 'tool', toolCallId: call.id, name: call.name, content: repair } : { role: 'user', content: repair });
  }
  throw new BuildwrightError({
    code: 'AGENT_DEFINITION_INVALID',
    message: `The model wrote no valid agent definition, twice (${problems}). Try again, use a stronger model, or write the definition yourself (builder.agents.create).`,
    retryable: true,
    details: { node, problems },
    docsPage: 'agents.md#generating-an-agent-from-a-prompt',
  });
}

function check(call: LlmToolCall, fixed: WriteAgentDefinitionOptions['fixed']): { ok: true; definition: AgentDefinition } | { ok: false; problems: string } {
  if (call.name !== submitTool) return { ok: false, problems: `there is no tool ${call.name}; the only tool is ${submitTool}` };
  if (typeof call.arguments !== 'object' || call.arguments === null || Array.isArray(call.arguments)) {
    return { ok: false, problems: `the arguments are not a JSON object (${call.argumentsText.slice(0, 120)})` };
  }
  const { judgeModel: _judgeModel, ...written } = call.arguments as Record<string, unknown>;
  const given = Object.fromEntries(Object.entries(fixed).filter(([, value]) => value !== undefined));
  const candidate = { ...written, ...given, format: agentDefinitionFormat };
  const parsed = agentDefinitionSchema.safeParse(candidate);
  if (!parsed.success) {
    return {
      ok: false,
      problems: formatZodIssues(parsed.error, { root: 'definition', limit: 5 }),
    };
  }
  const count = parsed.data.evals.length;
  if (count < generatedEvalCount.min || count > generatedEvalCount.max) {
    return { ok: false, problems: `evals: write ${generatedEvalCount.min} to ${generatedEvalCount.max} eval cases (got ${count})` };
  }
  return { ok: true, definition: parsed.data };
}
