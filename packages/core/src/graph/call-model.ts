import { BuildwrightError } from '@buildwright/client';
import type { FileStreamer } from '../protocol/file-streaming/file-streamer.js';
import type { LlmCallContext, LlmMessage, LlmToolCall, LlmToolDefinition } from '../spec/llm.js';
import type { RunRuntime } from './run-runtime.js';
import { readModelStream } from './model-stream.js';

/**
 * One model call: streams deltas as `llm.delta` (and, given a `streamer`, files being written as
 * `file.streaming`), records usage, enforces the token budget.
 */
export async function callModel(
  runtime: RunRuntime,
  request: { node: string; messages: LlmMessage[]; tools: LlmToolDefinition[] },
  streamer?: FileStreamer,
): Promise<{ text: string; toolCalls: LlmToolCall[] }> {
  try {
    return await streamModel(runtime, request, streamer);
  } finally {
    // Drafts of calls that never completed (a failed or cut call) are discarded.
    await streamer?.abandon();
  }
}

/** Owner, run, project and node of a model call the run makes. */
export function callContext(runtime: Pick<RunRuntime, 'ownerId' | 'runId' | 'projectId'>, node: string): LlmCallContext {
  return { ownerId: runtime.ownerId, runId: runtime.runId, projectId: runtime.projectId, node };
}

async function streamModel(
  runtime: RunRuntime,
  request: { node: string; messages: LlmMessage[]; tools: LlmToolDefinition[] },
  streamer: FileStreamer | undefined,
): Promise<{ text: string; toolCalls: LlmToolCall[] }> {
  return readModelStream(
    runtime.llm,
    { ...request, signal: runtime.signal, context: callContext(runtime, request.node) },
    {
      onTextDelta: (text) => runtime.emit({ type: 'llm.delta', node: request.node, text }),
      onToolCallDelta: (part) => streamer?.delta(part),
      onToolCall: (toolCall) => streamer?.complete(toolCall),
      async onRetry(part) {
        // The retried attempt streams its text and tool-call arguments again from the start.
        await streamer?.abandon();
        await runtime.emit({ type: 'llm.retried', node: request.node, attempt: part.attempt, waitMs: part.waitMs, code: part.code, message: part.message });
      },
      async onUsage(usage) {
        const record = {
          runId: runtime.runId,
          node: request.node,
          model: usage.model,
          inputTokens: usage.inputTokens,
          outputTokens: usage.outputTokens,
          cachedInputTokens: usage.cachedInputTokens ?? 0,
          costUsd: usage.costUsd ?? 0,
          estimated: usage.estimated,
        };
        await runtime.storage.recordUsage(record);
        const { runId: _runId, ...payload } = record;
        await runtime.emit({ type: 'usage', ...payload });
        await runtime.meterUsage?.({ inputTokens: usage.inputTokens, outputTokens: usage.outputTokens, costUsd: record.costUsd });
        runtime.usage.tokens += usage.inputTokens + usage.outputTokens;
        runtime.usage.costUsd += record.costUsd;
        if (runtime.usage.tokens > runtime.budgets.maxTokens) {
          throw new BuildwrightError({
            code: 'BUDGET_EXCEEDED',
            message: `The run used ${runtime.usage.tokens} tokens, over its budget of ${runtime.budgets.maxTokens}. Raise limits.maxTokens (or the owner's ownerLimits.maxTokensPerRun) or make the request smaller.`,
            details: { budget: 'maxTokens' },
          });
        }
        const { maxCostUsd } = runtime.budgets;
        if (maxCostUsd !== undefined && runtime.usage.costUsd > maxCostUsd) {
          throw new BuildwrightError({
            code: 'BUDGET_EXCEEDED',
            message: `The run cost $${runtime.usage.costUsd.toFixed(4)}, over its budget of $${maxCostUsd} (ownerLimits.maxCostUsdPerRun). Raise the owner's limit or make the request smaller.`,
            details: { budget: 'maxCostUsd' },
          });
        }
      },
    },
  );
}
