import { randomUUID } from 'node:crypto';
import { BuildwrightError, toBuildwrightError } from '@buildwright/client';
import type { AgentGenerationEvent, AgentGenerationEventInput } from '../../events/agent-generation-events.js';
import type { AgentDefinition } from '../../spec/agent-definition.js';
import type { AgentRecord, AgentVersionRecord } from '../../spec/agent-storage.js';
import type { LlmAdapter, LlmMessage, LlmUsage } from '../../spec/llm.js';
import { agentNotFound } from '../../versions/agent-errors.js';
import { agentEditRequest, agentFixRequest, agentPlannerInstructions } from './agent-planner-prompt.js';
import { agentModel, type AgentContext } from './execute-agent.js';
import { runAgentEvals, type AgentEvalReport } from './run-agent-evals.js';
import { writeAgentDefinition } from './write-agent-definition.js';

/** What generating an agent needs: the agent context plus the planner model (the builder's `llm`). */
export interface AgentGenerationContext extends AgentContext {
  /** Writes and fixes definitions. Default: the adapter of the agent's model. */
  llm?: LlmAdapter;
}

/** Options of `builder.agents.generate` (and `edit`). */
export interface GenerateAgentOptions {
  /** What the agent should do. */
  prompt: string;
  /**
   * The model name the agent runs on, a key of `createBuilder({ agentModels })`; the evals run with
   * it. Default: the only name there (for `edit`: the agent's own model).
   */
  model?: string;
  /** The model name that judges `rubric` expectations. Default `model`. */
  judgeModel?: string;
  /** Fix turns after the first evals. Default 3, at most 10. */
  maxFixTurns?: number;
  signal?: AbortSignal;
  /** Every event as it happens (`agentGenerationEventSchema`). */
  onEvent?: (event: AgentGenerationEvent) => void;
}

/** A generated (or edited) agent: published, with the eval report of the published definition. */
export interface GenerateAgentResult {
  agent: AgentRecord;
  version: AgentVersionRecord;
  evals: AgentEvalReport;
  /** Fix turns it took (0: the first definition passed). */
  fixTurns: number;
}

const defaultFixTurns = 3;

/**
 * Generates an agent from a prompt, verified before it is published: the planner model writes the
 * definition and 5 to 10 eval cases (`submit_agent`, checked; one repair turn), the definition is
 * stored as a new agent's draft, its evals run with the agent's model (nothing stored as
 * executions), failures go to a fix turn (the evals are frozen), up to `maxFixTurns`; only a
 * draft whose evals all pass is published as version 1. Otherwise the draft stays stored, nothing
 * is published, and it rejects with `AGENT_EVALS_FAILED` (`details.failures`).
 *
 * @example
 * const { agent, version, evals } = await generateAgent(context, { ownerId: 'local', prompt: 'Triage support tickets by priority' });
 */
export function generateAgent(context: AgentGenerationContext, options: GenerateAgentOptions & { ownerId: string }): Promise<GenerateAgentResult> {
  return generation(context, options, undefined);
}

/**
 * Changes an agent the same way: the planner gets its draft and the prompt, the new definition
 * replaces the draft, evals and fixes run, and only a passing draft is published as the next version.
 *
 * @example
 * const { version } = await editAgent(context, agentId, { ownerId: 'local', prompt: 'Also answer in French when the ticket is in French' });
 */
export async function editAgent(context: AgentGenerationContext, agentId: string, options: GenerateAgentOptions & { ownerId: string }): Promise<GenerateAgentResult> {
  const agent = await context.storage.getAgent({ ownerId: options.ownerId, agentId });
  if (!agent) throw agentNotFound(agentId);
  return generation(context, options, agent);
}

async function generation(context: AgentGenerationContext, options: GenerateAgentOptions & { ownerId: string }, existing: AgentRecord | undefined): Promise<GenerateAgentResult> {
  const { ownerId, signal } = options;
  const prompt = options.prompt.trim();
  if (!prompt) throw new BuildwrightError({ code: 'INVALID_INPUT', message: 'Give a prompt: what the agent should do.' });
  const maxFixTurns = options.maxFixTurns ?? defaultFixTurns;
  if (!Number.isInteger(maxFixTurns) || maxFixTurns < 0 || maxFixTurns > 10) {
    throw new BuildwrightError({ code: 'INVALID_INPUT', message: `maxFixTurns must be a whole number from 0 to 10 (got ${maxFixTurns}).` });
  }
  const model = options.model ?? existing?.draft.model ?? soleModel(context);
  const label = existing?.id ?? 'new agent';
  const agentLlm = agentModel(context, model, label);
  const judgeModel = options.judgeModel ?? existing?.draft.judgeModel;
  if (judgeModel !== undefined) agentModel(context, judgeModel, label);
  const planner = context.llm ?? agentLlm;

  const generationId = randomUUID();
  let seq = 0;
  const emit = (event: AgentGenerationEventInput) => options.onEvent?.({ ...event, generationId, seq: ++seq, at: new Date().toISOString() } as AgentGenerationEvent);
  await context.hooks?.checkDailyUsage(ownerId);
  // Every model call (planner, agent, judge) counts against the owner's day, in call order.
  const meter = context.hooks?.meter(ownerId);
  let metered: Promise<void> = Promise.resolve();
  const usage = (role: 'planner' | 'agent' | 'judge', call: LlmUsage) => {
    emit({ type: 'usage', role, model: call.model, inputTokens: call.inputTokens, outputTokens: call.outputTokens, costUsd: call.costUsd ?? 0, estimated: call.estimated });
    if (meter) metered = metered.then(() => meter({ inputTokens: call.inputTokens, outputTokens: call.outputTokens, costUsd: call.costUsd ?? 0 }));
  };
  emit({ type: 'generation.started', mode: existing ? 'edit' : 'generate', prompt, model, agentId: existing?.id ?? null });

  const messages: LlmMessage[] = [
    { role: 'system', content: agentPlannerInstructions() },
    { role: 'user', content: existing ? agentEditRequest(existing.draft, prompt) : prompt },
  ];
  let agentId = existing?.id ?? null;
  try {
    const write = async (round: number, evals?: AgentDefinition['evals']) => {
      const written = await writeAgentDefinition({
        llm: planner,
        messages,
        node: round === 0 ? 'agent-plan' : 'agent-fix',
        fixed: { model, ...(judgeModel === undefined ? {} : { judgeModel }), ...(evals === undefined ? {} : { evals }) },
        ...(signal ? { signal } : {}),
        onUsage: (call) => usage('planner', call),
        onRejected: (problems) => emit({ type: 'definition.rejected', round, problems }),
      });
      const stored =
        agentId === null ? await context.storage.createAgent({ ownerId, draft: written.definition }) : await context.storage.updateAgentDraft({ ownerId, agentId, draft: written.definition });
      agentId = stored.id;
      emit({ type: 'definition.written', agentId, round, definition: written.definition });
      return written;
    };
    let { definition, toolCallId } = await write(0);
    for (let round = 0; ; round++) {
      const evals = await runAgentEvals(context, { definition, agentId: agentId!, ownerId, ...(signal ? { signal } : {}), onUsage: ({ role, ...call }) => usage(role, call) });
      emit({
        type: 'evals.completed',
        agentId: agentId!,
        round,
        total: evals.total,
        passed: evals.passed,
        failed: evals.failed,
        results: evals.results.map((result) => ({ name: result.name, passed: result.passed, checks: result.checks })),
      });
      await metered;
      if (evals.failed === 0) {
        messages.push({ role: 'tool', toolCallId, name: 'submit_agent', content: `All ${evals.total} evals passed; the agent is published.` });
        const version = await context.storage.publishAgent({ ownerId, agentId: agentId!, draft: definition });
        emit({ type: 'agent.published', agentId: agentId!, version: version.version, evalsPassed: evals.passed });
        const agent = await context.storage.getAgent({ ownerId, agentId: agentId! });
        return { agent: agent!, version, evals, fixTurns: round };
      }
      if (round === maxFixTurns) throw evalsFailed(agentId!, evals, round, existing !== undefined);
      messages.push({ role: 'tool', toolCallId, name: 'submit_agent', content: agentFixRequest(evals) });
      emit({ type: 'fix.started', agentId: agentId!, round: round + 1, failures: failuresOf(evals) });
      const previous = JSON.stringify(definition);
      ({ definition, toolCallId } = await write(round + 1, definition.evals));
      if (JSON.stringify(definition) === previous) throw evalsFailed(agentId!, evals, round + 1, existing !== undefined, 'the fix turn returned the same definition');
    }
  } catch (thrown) {
    await metered.catch(() => undefined);
    const error = toBuildwrightError(thrown);
    emit({ type: 'generation.failed', agentId, error: { code: error.code, message: error.message } });
    throw error;
  }
}

function failuresOf(report: AgentEvalReport): { name: string; reasons: string[] }[] {
  return report.results.filter((result) => !result.passed).map((result) => ({ name: result.name, reasons: result.checks.filter((check) => !check.passed).map((check) => check.reason) }));
}

function evalsFailed(agentId: string, report: AgentEvalReport, fixTurns: number, edit: boolean, stopped?: string): BuildwrightError {
  const failures = failuresOf(report);
  const first = failures[0]!;
  const head = edit ? 'The published version is unchanged; the' : 'Nothing was published; the';
  return new BuildwrightError({
    code: 'AGENT_EVALS_FAILED',
    message:
      `${report.failed} of ${report.total} evals still fail after ${fixTurns} fix turn${fixTurns === 1 ? '' : 's'}${stopped ? ` (stopped: ${stopped})` : ''}; first: "${first.name}": ${first.reasons.join(' ')} ` +
      `${head} draft is stored as agent ${agentId}. Edit it (builder.agents.update), check it with builder.agents.evaluate, then publish; or generate again with a more precise prompt or more maxFixTurns.`,
    details: { agentId, fixTurns, failures },
    docsPage: 'agents.md#generating-an-agent-from-a-prompt',
  });
}

/** The only model name of `agentModels`; otherwise the caller has to name one. */
function soleModel(context: AgentContext): string {
  const names = Object.keys(context.agentModels ?? {});
  if (names.length === 1) return names[0]!;
  throw new BuildwrightError({
    code: 'INVALID_INPUT',
    message:
      names.length === 0
        ? 'Generating an agent needs a model to run it and its evals: add one to createBuilder({ agentModels: { fast: llm } }).'
        : `Name the model the agent runs on: generate({ model }) with one of ${names.join(', ')}.`,
    details: { known: names },
  });
}
