import { randomUUID } from 'node:crypto';
import type { AgentDefinition, AgentEvalCase } from '../../spec/agent-definition.js';
import { throwIfAborted } from '../../graph/model-stream.js';
import type { LlmUsage } from '../../spec/llm.js';
import { agentModel, runAgentDefinition, type AgentContext } from './execute-agent.js';
import { jsonSchemaProblem } from './json-schema-check.js';
import { judgeRubric } from './judge-rubric.js';

/** One expectation of an eval case checked against the output (`execution`: the run itself failed or its input was refused). */
export interface AgentEvalCheck {
  expectation: 'execution' | 'contains' | 'matchesSchema' | 'calledTool' | 'rubric';
  passed: boolean;
  /** Why it passed or failed, in one sentence (a rubric's: the judge's reason). */
  reason: string;
}

/** The result of one eval case. */
export interface AgentEvalResult {
  name: string;
  input: unknown;
  /** Every check passed. */
  passed: boolean;
  checks: AgentEvalCheck[];
  /** The agent's final answer; `null` when the execution failed. */
  output: unknown;
  /** The execution's error; `null` when it succeeded. */
  error: { code: string; message: string } | null;
  /** Tools the agent called, in order. */
  toolsCalled: string[];
  latencyMs: number;
}

/** The results of a definition's eval cases, in their order. */
export interface AgentEvalReport {
  total: number;
  passed: number;
  failed: number;
  results: AgentEvalResult[];
}

/** One model call's usage during the evals: the agent's own calls or the judge's. */
export type AgentEvalUsage = LlmUsage & { role: 'agent' | 'judge' };

/** Options of {@link runAgentEvals}. */
export interface RunAgentEvalsOptions {
  /** A checked definition (a draft or a version); its `evals` are run. */
  definition: AgentDefinition;
  /** Names the agent in errors (`AGENT_MODEL_UNKNOWN`) and in its tools' approvals. Default the definition's name. */
  agentId?: string;
  /** The owner the eval runs' tools act for (an MCP `ask` approval is the owner's to give). Default `local`. */
  ownerId?: string;
  signal?: AbortSignal;
  /** Each case's result as soon as it is known. */
  onResult?: (result: AgentEvalResult) => void;
  /** Every model call's usage (the agent's and the judge's). */
  onUsage?: (usage: AgentEvalUsage) => void;
}

/**
 * Runs a definition held in memory against each of its eval cases, one after the other, with the
 * models the builder maps its `model` and `judgeModel` to. Nothing is stored: eval runs are not
 * executions of a version and never count in its stats. A case passes when its execution succeeds
 * and every expectation holds (`contains`, `matchesSchema`, `calledTool`, `rubric` judged by the
 * judge model). Rejects only with `AGENT_MODEL_UNKNOWN` (before running anything) or `RUN_CANCELLED`.
 *
 * @example
 * const report = await runAgentEvals(context, { definition: agent.draft });
 * for (const result of report.results) console.log(result.name, result.passed, result.checks.filter((check) => !check.passed));
 */
export async function runAgentEvals(context: AgentContext, options: RunAgentEvalsOptions): Promise<AgentEvalReport> {
  const { definition, signal } = options;
  const agentId = options.agentId ?? definition.name;
  const llm = agentModel(context, definition.model, agentId);
  const needsJudge = definition.evals.some((evalCase) => evalCase.expected.rubric !== undefined);
  const judge = needsJudge ? agentModel(context, definition.judgeModel ?? definition.model, agentId) : undefined;
  const results: AgentEvalResult[] = [];
  for (const evalCase of definition.evals) {
    if (signal) throwIfAborted(signal);
    const result = await runCase(evalCase);
    results.push(result);
    options.onResult?.(result);
  }
  const passed = results.filter((result) => result.passed).length;
  return { total: results.length, passed, failed: results.length - passed, results };

  async function runCase(evalCase: AgentEvalCase): Promise<AgentEvalResult> {
    const input = evalCase.input ?? null;
    const base = { name: evalCase.name, input, toolsCalled: [] as string[] };
    const inputProblem = definition.inputSchema && jsonSchemaProblem(definition.inputSchema, input);
    if (inputProblem) {
      const reason = `The case's input does not match the input schema: ${inputProblem}.`;
      return { ...base, passed: false, checks: [{ expectation: 'execution', passed: false, reason }], output: null, error: { code: 'INVALID_INPUT', message: reason }, latencyMs: 0 };
    }
    const end = await runAgentDefinition(context, {
      definition,
      llm,
      input,
      scope: { ownerId: options.ownerId ?? 'local', agentId, executionId: `eval-${randomUUID()}` },
      ...(signal ? { signal } : {}),
      emit(event) {
        if (event.type === 'tool.called') base.toolsCalled.push(event.tool);
        if (event.type === 'usage')
          options.onUsage?.({
            role: 'agent',
            model: event.model,
            inputTokens: event.inputTokens,
            outputTokens: event.outputTokens,
            cachedInputTokens: 0,
            costUsd: event.costUsd,
            estimated: event.estimated,
          });
      },
    });
    if (signal) throwIfAborted(signal);
    const outcome = { output: end.output, error: end.error, latencyMs: end.latencyMs };
    if (end.status === 'failed') {
      const reason = `The execution failed with ${end.error!.code}: ${end.error!.message}`;
      return { ...base, ...outcome, passed: false, checks: [{ expectation: 'execution', passed: false, reason }] };
    }
    const checks = await checkExpectations(evalCase, input, end.output, base.toolsCalled);
    return { ...base, ...outcome, passed: checks.every((check) => check.passed), checks };
  }

  async function checkExpectations(evalCase: AgentEvalCase, input: unknown, output: unknown, toolsCalled: string[]): Promise<AgentEvalCheck[]> {
    const { contains, matchesSchema, calledTool, rubric } = evalCase.expected;
    const text = typeof output === 'string' ? output : JSON.stringify(output);
    const checks: AgentEvalCheck[] = [];
    if (contains !== undefined) {
      const passed = text.toLowerCase().includes(contains.toLowerCase());
      checks.push({ expectation: 'contains', passed, reason: `The output ${passed ? 'contains' : `does not contain`} ${JSON.stringify(contains)}${passed ? '.' : `: ${text.slice(0, 300)}`}` });
    }
    if (matchesSchema !== undefined) {
      const problem = schemaProblem(matchesSchema, output);
      checks.push({
        expectation: 'matchesSchema',
        passed: problem === undefined,
        reason: problem === undefined ? 'The output matches the schema.' : `The output does not match the schema: ${problem}.`,
      });
    }
    if (calledTool !== undefined) {
      const passed = toolsCalled.includes(calledTool);
      const called = toolsCalled.length ? toolsCalled.join(', ') : 'no tool';
      checks.push({ expectation: 'calledTool', passed, reason: passed ? `The agent called ${calledTool}.` : `The agent did not call ${calledTool} (it called ${called}).` });
    }
    if (rubric !== undefined) {
      const verdict = await judgeRubric({
        llm: judge!,
        rubric,
        input,
        output,
        ...(signal ? { signal } : {}),
        onUsage: (usage) => options.onUsage?.({ ...usage, role: 'judge' }),
      });
      checks.push({ expectation: 'rubric', passed: verdict.pass, reason: verdict.reason });
    }
    return checks;
  }
}

/** The output (parsed when it is JSON text) against a JSON Schema. */
function schemaProblem(schema: Record<string, unknown>, output: unknown): string | undefined {
  if (typeof output !== 'string') return jsonSchemaProblem(schema, output);
  try {
    return jsonSchemaProblem(schema, JSON.parse(output));
  } catch {
    return 'it is not JSON';
  }
}
