import { BuildwrightError, toBuildwrightError } from '@buildwright/client';
import type { AgentEvent, AgentEventInput } from '../../events/agent-events.js';
import { readModelStream } from '../../graph/model-stream.js';
import { agentDefinitionSchema, type AgentDefinition } from '../../spec/agent-definition.js';
import type { AgentExecutionEnd, AgentExecutionRecord, AgentStorage } from '../../spec/agent-storage.js';
import type { LlmAdapter, LlmMessage, LlmToolCall, LlmToolDefinition } from '../../spec/llm.js';
import { agentNotFound, agentVersionNotFound } from '../../versions/agent-errors.js';
import { createAgentToolRuntime, type AgentToolRuntime, type AgentToolsContext } from './agent-tool-runtime.js';
import type { AgentToolResult } from './agent-tool-result.js';
import { jsonSchemaProblem } from './json-schema-check.js';

/** What executing an agent needs from the builder (its tools' needs: see `AgentToolsContext`). */
export interface AgentContext extends AgentToolsContext {
  storage: AgentStorage;
  /** Model names of agent definitions → adapters (`createBuilder({ agentModels })`). */
  agentModels?: Record<string, LlmAdapter>;
}

/** Options of {@link executeAgent}. */
export interface ExecuteAgentOptions {
  ownerId: string;
  agentId: string;
  /** Any JSON value; a string is sent to the model as is, anything else as JSON. Checked against the definition's `inputSchema`. */
  input: unknown;
  /** The published version to run; default the newest. */
  version?: number;
  /** Cancels the execution (it is stored as failed with `RUN_CANCELLED`). */
  signal?: AbortSignal;
  /** Sees every event as it happens. */
  onEvent?: (event: AgentEvent) => void;
}

const stepNode = 'agent';

/**
 * Executes a published version of an agent: a tool loop over the model the definition names,
 * calling its tools (HTTP, MCP under consent, functions in the sandbox), within its limits (steps, tokens, time, cost: `BUDGET_EXCEEDED` with
 * `details.budget`). Rejects before anything is stored when the agent, the version or the model is
 * unknown or the input does not match the input schema; otherwise the execution is stored and
 * resolves to its record, `succeeded` or `failed` (with the error's code and message).
 *
 * @example
 * const execution = await executeAgent(context, { ownerId: 'user-1', agentId, input: 'My printer is on fire' });
 * if (execution.status === 'succeeded') console.log(execution.output);
 */
export async function executeAgent(context: AgentContext, options: ExecuteAgentOptions): Promise<AgentExecutionRecord> {
  const { ownerId, agentId } = options;
  const agent = await context.storage.getAgent({ ownerId, agentId });
  if (!agent) throw agentNotFound(agentId);
  const version = options.version ?? agent.publishedVersion;
  if (version === null) {
    throw new BuildwrightError({
      code: 'AGENT_NOT_PUBLISHED',
      message: `Agent "${agentId}" has no published version yet. Publish its draft (builder.agents.publish) before executing it.`,
      details: { agentId },
    });
  }
  const published = await context.storage.getAgentVersion({ ownerId, agentId, version });
  if (!published) throw agentVersionNotFound(agentId, version);
  const definition = agentDefinitionSchema.parse(published.definition);
  const llm = agentModel(context, definition.model, agentId);
  const input = options.input ?? null;
  const inputProblem = definition.inputSchema && jsonSchemaProblem(definition.inputSchema, input);
  if (inputProblem) throw new BuildwrightError({ code: 'INVALID_INPUT', message: `The input does not match agent "${agentId}"'s input schema: ${inputProblem}.`, details: { agentId } });

  const execution = await context.storage.createAgentExecution({ ownerId, agentId, version, input });
  let seq = 0;
  const emit = (event: AgentEventInput) => options.onEvent?.({ ...event, executionId: execution.id, agentId, version, seq: ++seq, at: new Date().toISOString() } as AgentEvent);
  const end = await runAgentDefinition(context, { definition, llm, input, emit, scope: { ownerId, agentId, executionId: execution.id }, ...(options.signal ? { signal: options.signal } : {}) });
  const finished = await context.storage.finishAgentExecution({ ownerId, executionId: execution.id, end });
  if (end.status === 'succeeded')
    emit({ type: 'agent.completed', output: end.output, latencyMs: end.latencyMs, inputTokens: end.inputTokens, outputTokens: end.outputTokens, costUsd: end.costUsd, toolCalls: end.toolCalls });
  else emit({ type: 'agent.failed', error: end.error!, latencyMs: end.latencyMs });
  return finished;
}

/** The adapter a model name of agent `agentId` (its `model` or `judgeModel`) maps to in `agentModels`; `AGENT_MODEL_UNKNOWN` when none. */
export function agentModel(context: Pick<AgentContext, 'agentModels'>, model: string, agentId: string): LlmAdapter {
  const llm = context.agentModels?.[model];
  if (llm) return llm;
  throw new BuildwrightError({
    code: 'AGENT_MODEL_UNKNOWN',
    message: `Agent "${agentId}" names the model "${model}", which this builder does not map to an adapter. Add it to createBuilder({ agentModels: { "${model}": ... } }) or change the agent's model.`,
    details: { agentId, model, known: Object.keys(context.agentModels ?? {}) },
  });
}

/** Options of {@link runAgentDefinition}. */
export interface RunAgentDefinitionOptions {
  /** A checked definition: a published version, or a draft held in memory (its evals). */
  definition: AgentDefinition;
  llm: LlmAdapter;
  /** Already checked against the input schema. */
  input: unknown;
  /** Whose run this is, for its tools (MCP approvals are addressed by owner, agent and execution id; function tools run in a sandbox per execution). */
  scope: { ownerId: string; agentId: string; executionId: string };
  signal?: AbortSignal;
  emit: (event: AgentEventInput) => void;
}

/**
 * Runs a definition once, storing nothing: the tool loop within its limits, `agent.started` and
 * the loop's events through `emit` (not the final `agent.completed` / `agent.failed`: the caller
 * knows what it stored). Never rejects: a failure is an end with `status: 'failed'`.
 */
export async function runAgentDefinition(context: AgentToolsContext, options: RunAgentDefinitionOptions): Promise<AgentExecutionEnd> {
  const { definition, llm, input, emit } = options;
  const started = performance.now();
  const tally = { inputTokens: 0, outputTokens: 0, costUsd: 0, toolCalls: 0 };
  const stop = new AbortController();
  const timer = setTimeout(
    () => stop.abort(budgetExceeded('timeMs', `The agent ran longer than its ${definition.limits.timeMs} ms (limits.timeMs). Raise the limit or give it less to do.`)),
    definition.limits.timeMs,
  );
  const onCancel = () => stop.abort(new BuildwrightError({ code: 'RUN_CANCELLED', message: 'The agent execution was cancelled.' }));
  if (options.signal?.aborted) onCancel();
  options.signal?.addEventListener('abort', onCancel, { once: true });
  emit({ type: 'agent.started', input });
  const tools = createAgentToolRuntime(context, { ...options.scope, signal: stop.signal, emit });
  let end: AgentExecutionEnd;
  try {
    const output = await runLoop({ definition, llm, input, signal: stop.signal, emit, tally, tools });
    end = { status: 'succeeded', output, error: null, latencyMs: Math.round(performance.now() - started), ...tally };
  } catch (thrown) {
    const error = toBuildwrightError(thrown);
    end = { status: 'failed', output: null, error: { code: error.code, message: error.message }, latencyMs: Math.round(performance.now() - started), ...tally };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onCancel);
    await tools.close();
  }
  end.costUsd = Number(end.costUsd.toFixed(9));
  return end;
}

interface LoopState {
  definition: AgentDefinition;
  llm: LlmAdapter;
  input: unknown;
  signal: AbortSignal;
  emit: (event: AgentEventInput) => void;
  tally: { inputTokens: number; outputTokens: number; costUsd: number; toolCalls: number };
  tools: AgentToolRuntime;
}

/** Calls the model until it answers without a tool call (an answer matching the output schema, when there is one). */
async function runLoop(state: LoopState): Promise<unknown> {
  const { definition, llm, signal, emit, tally } = state;
  const { limits } = definition;
  const messages: LlmMessage[] = [
    { role: 'system', content: systemPrompt(definition) },
    { role: 'user', content: typeof state.input === 'string' ? state.input : JSON.stringify(state.input) },
  ];
  const tools: LlmToolDefinition[] = definition.tools.map((tool) => ({ name: tool.name, description: tool.description, parameters: tool.inputSchema }));
  for (let step = 1; step <= limits.maxSteps; step++) {
    emit({ type: 'agent.step', step });
    const response = await readModelStream(
      llm,
      { node: stepNode, messages, tools, signal },
      {
        onUsage(usage) {
          const costUsd = usage.costUsd ?? 0;
          tally.inputTokens += usage.inputTokens;
          tally.outputTokens += usage.outputTokens;
          tally.costUsd += costUsd;
          emit({ type: 'usage', model: usage.model, inputTokens: usage.inputTokens, outputTokens: usage.outputTokens, costUsd, estimated: usage.estimated });
          const tokens = tally.inputTokens + tally.outputTokens;
          if (tokens > limits.maxTokens)
            throw budgetExceeded('maxTokens', `The agent used ${tokens} tokens, over its limit of ${limits.maxTokens} (limits.maxTokens). Raise the limit or shorten its instructions and input.`);
          if (limits.maxCostUsd !== undefined && tally.costUsd > limits.maxCostUsd) {
            throw budgetExceeded('maxCostUsd', `The agent cost $${tally.costUsd.toFixed(4)}, over its limit of $${limits.maxCostUsd} (limits.maxCostUsd). Raise the limit or use a cheaper model.`);
          }
        },
      },
    );
    messages.push({ role: 'assistant', content: response.text, ...(response.toolCalls.length ? { toolCalls: response.toolCalls } : {}) });
    if (response.toolCalls.length === 0) {
      const answer = finalAnswer(definition, response.text);
      if (answer.ok) return answer.output;
      messages.push({ role: 'user', content: answer.problem });
      continue;
    }
    for (const call of response.toolCalls) {
      tally.toolCalls++;
      emit({ type: 'tool.called', step, toolCallId: call.id, tool: call.name, arguments: call.arguments });
      const startedAt = performance.now();
      const result = await callTool(state, call);
      emit({ type: 'tool.result', step, toolCallId: call.id, tool: call.name, ...result, durationMs: Math.round(performance.now() - startedAt) });
      messages.push({ role: 'tool', toolCallId: call.id, name: call.name, content: result.content });
    }
  }
  throw budgetExceeded('maxSteps', `The agent did not answer within ${limits.maxSteps} model calls (limits.maxSteps). Raise the limit or make its task smaller.`);
}

async function callTool(state: LoopState, call: LlmToolCall): Promise<AgentToolResult> {
  const tool = state.definition.tools.find((candidate) => candidate.name === call.name);
  if (!tool) return { ok: false, status: null, content: `There is no tool named ${call.name}. Tools: ${state.definition.tools.map((known) => known.name).join(', ') || 'none'}.` };
  if (typeof call.arguments !== 'object' || call.arguments === null || Array.isArray(call.arguments)) {
    return { ok: false, status: null, content: `The arguments of ${call.name} must be a JSON object; got ${call.argumentsText.slice(0, 200)}.` };
  }
  const problem = jsonSchemaProblem(tool.inputSchema, call.arguments);
  if (problem) return { ok: false, status: null, content: `The arguments of ${call.name} do not match its input schema: ${problem}.` };
  return state.tools.call(tool, call.arguments as Record<string, unknown>, call.id);
}

function systemPrompt(definition: AgentDefinition): string {
  if (!definition.outputSchema) return definition.instructions;
  return `${definition.instructions}\n\nGive your final answer as JSON only (no prose, no code fence) matching this JSON Schema:\n${JSON.stringify(definition.outputSchema)}`;
}

/** The model's answer: the text, or with an output schema the JSON it parses to, or the problem to send back. */
function finalAnswer(definition: AgentDefinition, text: string): { ok: true; output: unknown } | { ok: false; problem: string } {
  if (!definition.outputSchema) return { ok: true, output: text };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.trim().replace(/^```(?:json)?\s*|\s*```$/g, ''));
  } catch {
    return { ok: false, problem: 'Your answer is not JSON. Answer with JSON only, matching the output schema.' };
  }
  const problem = jsonSchemaProblem(definition.outputSchema, parsed);
  return problem ? { ok: false, problem: `Your answer does not match the output schema: ${problem}. Answer again with JSON only.` } : { ok: true, output: parsed };
}

function budgetExceeded(budget: 'maxSteps' | 'maxTokens' | 'timeMs' | 'maxCostUsd', message: string): BuildwrightError {
  return new BuildwrightError({ code: 'BUDGET_EXCEEDED', message, details: { budget }, docsPage: 'agents.md#limits' });
}
