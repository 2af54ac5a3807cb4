import { BuildwrightError, toBuildwrightError } from '@buildwright/client';
import type { AgentEvent, AgentEventInput } from '../../events/agent-events.js';
import { readModelStream } from '../../graph/model-stream.js';
import { agentDefinitionSchema, type AgentDefinition } from '../../spec/agent-definition.js';
import type { AgentProgress } from '../../spec/agent-progress.js';
import type { AgentExecutionEnd, AgentExecutionRecord, AgentStorage } from '../../spec/agent-storage.js';
import type { LlmAdapter, LlmToolCall, LlmToolDefinition } from '../../spec/llm.js';
import { agentNotFound, agentVersionNotFound } from '../../versions/agent-errors.js';
import { initialProgress, interruptedToolContent, interruptedToolPolicy, nextMove } from './agent-moves.js';
import type { AgentToolResult } from './agent-tool-result.js';
import { createAgentToolRuntime, type AgentToolRuntime, type AgentToolsContext } from './agent-tool-runtime.js';
import { finishOnce } from './finish-execution.js';
import { jsonSchemaProblem } from './json-schema-check.js';
import type { HostHooks, RunUsageTotals } from '../../run/host-hooks.js';

/** What executing an agent needs from the builder (its tools' needs: see `AgentToolsContext`). */
export interface AgentContext extends AgentToolsContext {
  storage: AgentStorage;
  /** Model names of agent definitions → adapters (`createBuilder({ agentModels })`). */
  agentModels?: Record<string, LlmAdapter>;
  /**
   * How long a running execution's lease outlasts its time budget (`limits.timeMs`) before
   * `resumeInterrupted` may take it over as abandoned; default 30 s.
   */
  agentLeaseGraceMs?: number;
  /**
   * The builder's host hooks: an execution (and a generation) is refused with `QUOTA_EXCEEDED`
   * when its owner is at a daily limit, and each model call's usage is added to the owner's usage
   * of the day (`createBuilder({ ownerLimits })`, docs/host-hooks.md). None: no limits, no metering.
   */
  hooks?: Pick<HostHooks, 'checkDailyUsage' | 'meter'>;
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
 * calling its tools (HTTP, MCP under consent, functions in the sandbox), within its limits (steps,
 * tokens, time, cost: `BUDGET_EXCEEDED` with `details.budget`), its progress stored after each model
 * response and tool result so that it can be resumed after a crash. Rejects before anything is
 * stored when the agent, the version or the model is unknown or the input does not match the input
 * schema; otherwise the execution is stored and resolves to its record, `succeeded` or `failed`
 * (with the error's code and message).
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
  const { definition, llm } = await loadAgentVersion(context, ownerId, agentId, version);
  const input = options.input ?? null;
  const inputProblem = definition.inputSchema && jsonSchemaProblem(definition.inputSchema, input);
  if (inputProblem) throw new BuildwrightError({ code: 'INVALID_INPUT', message: `The input does not match agent "${agentId}"'s input schema: ${inputProblem}.`, details: { agentId } });

  await context.hooks?.checkDailyUsage(ownerId);
  const leaseMs = definition.limits.timeMs + leaseGraceOf(context);
  const execution = await context.storage.createAgentExecution({ ownerId, agentId, version, input, leaseMs });
  return continueExecution(context, { ownerId, execution, attempt: 1, definition, llm, progress: initialProgress(definition, input), ...pickSignal(options) });
}

/** Past the time budget, how long a running execution's lease lasts before `resumeInterrupted` may take it over. */
const defaultLeaseGraceMs = 30_000;
const leaseGraceOf = (context: AgentContext) => context.agentLeaseGraceMs ?? defaultLeaseGraceMs;
const pickSignal = (options: Pick<ExecuteAgentOptions, 'signal' | 'onEvent'>) => ({
  ...(options.signal ? { signal: options.signal } : {}),
  ...(options.onEvent ? { onEvent: options.onEvent } : {}),
});

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

/**
 * Loads what running a stored execution needs: the version's definition and the adapter of its
 * model; `AGENT_VERSION_NOT_FOUND` / `AGENT_MODEL_UNKNOWN` otherwise.
 */
export async function loadAgentVersion(context: AgentContext, ownerId: string, agentId: string, version: number): Promise<{ definition: AgentDefinition; llm: LlmAdapter }> {
  const published = await context.storage.getAgentVersion({ ownerId, agentId, version });
  if (!published) throw agentVersionNotFound(agentId, version);
  const definition = agentDefinitionSchema.parse(published.definition);
  return { definition, llm: agentModel(context, definition.model, agentId) };
}

/** A stored running execution to take to its end from `progress`, writing as `attempt`. */
export interface ContinueExecutionOptions extends Pick<ExecuteAgentOptions, 'signal' | 'onEvent'> {
  ownerId: string;
  execution: AgentExecutionRecord;
  attempt: number;
  definition: AgentDefinition;
  llm: LlmAdapter;
  progress: AgentProgress;
}

/**
 * Runs the tool loop of a stored execution from `progress` to its end, storing the progress after
 * each model response and tool result, and ends the record once. Shared by `executeAgent` (attempt
 * 1) and `resumeAgentExecution`.
 */
export async function continueExecution(context: AgentContext, options: ContinueExecutionOptions): Promise<AgentExecutionRecord> {
  const { ownerId, execution, attempt, definition, llm, progress } = options;
  const { agentId, version, input } = execution;
  const emit = (event: AgentEventInput) => options.onEvent?.({ ...event, executionId: execution.id, agentId, version, seq: ++progress.seq, at: new Date().toISOString() } as AgentEvent);
  const save = async (elapsedMs: number) => {
    const leaseMs = Math.max(0, definition.limits.timeMs - elapsedMs) + leaseGraceOf(context);
    await context.storage.saveAgentProgress({ ownerId, executionId: execution.id, attempt, progress: { ...progress, elapsedMs }, leaseMs });
  };
  if (attempt === 1) emit({ type: 'agent.started', input });
  else emit({ type: 'agent.resumed', attempt, step: progress.step });
  const meter = context.hooks?.meter(ownerId);
  const end = await runProgress(context, {
    definition,
    llm,
    progress,
    scope: { ownerId, agentId, executionId: execution.id },
    emit,
    save,
    ...(meter ? { meter } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const finished = await finishOnce(context, { ownerId, executionId: execution.id, attempt, end });
  if (finished.status === 'succeeded')
    emit({ type: 'agent.completed', output: end.output, latencyMs: end.latencyMs, inputTokens: end.inputTokens, outputTokens: end.outputTokens, costUsd: end.costUsd, toolCalls: end.toolCalls });
  else emit({ type: 'agent.failed', error: finished.error!, latencyMs: end.latencyMs });
  return finished;
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
  const { definition, llm, input, scope, emit } = options;
  emit({ type: 'agent.started', input });
  return runProgress(context, { definition, llm, progress: initialProgress(definition, input), scope, emit, save: async () => {}, ...(options.signal ? { signal: options.signal } : {}) });
}

interface RunProgressOptions {
  definition: AgentDefinition;
  llm: LlmAdapter;
  progress: AgentProgress;
  scope: RunAgentDefinitionOptions['scope'];
  signal?: AbortSignal;
  emit: (event: AgentEventInput) => void;
  /** Stores the progress (a checkpoint) with the time run so far; throws `AGENT_EXECUTION_TAKEN_OVER` when another attempt owns the execution. */
  save: (elapsedMs: number) => Promise<void>;
  /** Adds each model call's usage to the owner's usage of the day. */
  meter?: (usage: RunUsageTotals) => Promise<void>;
}

/** The loop from `progress` within the time left, its tools opened and closed around it: the end, never a rejection (but `AGENT_EXECUTION_TAKEN_OVER`). */
async function runProgress(context: AgentToolsContext, options: RunProgressOptions): Promise<AgentExecutionEnd> {
  const { definition, progress, emit } = options;
  const started = performance.now();
  const elapsed = () => progress.elapsedMs + Math.round(performance.now() - started);
  const stop = new AbortController();
  const timer = setTimeout(
    () => stop.abort(budgetExceeded('timeMs', `The agent ran longer than its ${definition.limits.timeMs} ms (limits.timeMs). Raise the limit or give it less to do.`)),
    Math.max(0, definition.limits.timeMs - progress.elapsedMs),
  );
  const onCancel = () => stop.abort(new BuildwrightError({ code: 'RUN_CANCELLED', message: 'The agent execution was cancelled.' }));
  if (options.signal?.aborted) onCancel();
  options.signal?.addEventListener('abort', onCancel, { once: true });
  const tools = createAgentToolRuntime(context, { ...options.scope, signal: stop.signal, emit });
  const tally = progress.tally;
  let end: AgentExecutionEnd;
  try {
    const output = await runLoop({ definition, llm: options.llm, progress, signal: stop.signal, emit, save: () => options.save(elapsed()), tools, ...(options.meter ? { meter: options.meter } : {}) });
    end = { status: 'succeeded', output, error: null, latencyMs: elapsed(), ...tally };
  } catch (thrown) {
    const error = toBuildwrightError(thrown);
    // Another process resumed this execution: it owns the record now, this attempt writes nothing.
    if (error.code === 'AGENT_EXECUTION_TAKEN_OVER') throw error;
    end = { status: 'failed', output: null, error: { code: error.code, message: error.message }, latencyMs: elapsed(), ...tally };
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
  /** Mutated as the loop goes; stored by `save`. */
  progress: AgentProgress;
  signal: AbortSignal;
  emit: (event: AgentEventInput) => void;
  /** Stores `progress` (checkpoint); throws `AGENT_EXECUTION_TAKEN_OVER` when another attempt owns the execution. */
  save: () => Promise<void>;
  tools: AgentToolRuntime;
  meter?: RunProgressOptions['meter'];
}

/**
 * Calls the model until it answers without a tool call (an answer matching the output schema, when
 * there is one). Each move follows from the stored conversation (`nextMove`), so a resumed
 * execution continues where its progress was last stored.
 */
async function runLoop(state: LoopState): Promise<unknown> {
  const { definition, llm, signal, emit, progress, save } = state;
  const { limits } = definition;
  const { messages, tally } = progress;
  const tools: LlmToolDefinition[] = definition.tools.map((tool) => ({ name: tool.name, description: tool.description, parameters: tool.inputSchema }));
  for (;;) {
    const move = nextMove(progress);
    if (move.kind === 'tools') {
      for (const call of move.calls) await performToolCall(state, move.step, call);
      continue;
    }
    if (move.kind === 'answer') {
      const answer = finalAnswer(definition, move.text);
      if (answer.ok) return answer.output;
      messages.push({ role: 'user', content: answer.problem });
    }
    if (progress.step >= limits.maxSteps) {
      throw budgetExceeded('maxSteps', `The agent did not answer within ${limits.maxSteps} model calls (limits.maxSteps). Raise the limit or make its task smaller.`);
    }
    const step = ++progress.step;
    emit({ type: 'agent.step', step });
    const called = { inputTokens: 0, outputTokens: 0, costUsd: 0 };
    let response: Awaited<ReturnType<typeof readModelStream>>;
    try {
      response = await readModelStream(
        llm,
        { node: stepNode, messages, tools, signal },
        {
          onUsage(usage) {
            const costUsd = usage.costUsd ?? 0;
            called.inputTokens += usage.inputTokens;
            called.outputTokens += usage.outputTokens;
            called.costUsd += costUsd;
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
    } finally {
      // Spent tokens count against the owner's day, also when the call went over a budget.
      if (called.inputTokens + called.outputTokens > 0 || called.costUsd > 0) await state.meter?.(called);
    }
    messages.push({ role: 'assistant', content: response.text, ...(response.toolCalls.length ? { toolCalls: response.toolCalls } : {}) });
    await save();
  }
}

/**
 * Performs one tool call between two checkpoints: the call is marked in flight, then its result is
 * stored. A call a dead attempt left in flight is performed again or reported (`interruptedToolPolicy`).
 */
async function performToolCall(state: LoopState, step: number, call: LlmToolCall): Promise<void> {
  const { progress, emit, save } = state;
  const interrupted = progress.toolCallInFlight === call.id;
  const policy = interrupted ? interruptedToolPolicy(state.definition, call.name) : 'retry';
  let result: AgentToolResult;
  const startedAt = performance.now();
  if (policy === 'report') {
    // The dead attempt started it: it counts as a call, once.
    progress.tally.toolCalls++;
    result = { ok: false, status: null, content: interruptedToolContent(call.name) };
  } else {
    if (interrupted) emit({ type: 'tool.retried', step, toolCallId: call.id, tool: call.name });
    else {
      progress.toolCallInFlight = call.id;
      await save();
    }
    progress.tally.toolCalls++;
    emit({ type: 'tool.called', step, toolCallId: call.id, tool: call.name, arguments: call.arguments });
    result = await callTool(state, call);
  }
  emit({ type: 'tool.result', step, toolCallId: call.id, tool: call.name, ...result, durationMs: Math.round(performance.now() - startedAt) });
  progress.messages.push({ role: 'tool', toolCallId: call.id, name: call.name, content: result.content });
  progress.toolCalls.push({ step, toolCallId: call.id, tool: call.name, ok: result.ok, status: result.status, retried: interrupted && policy === 'retry' });
  progress.toolCallInFlight = null;
  await save();
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
