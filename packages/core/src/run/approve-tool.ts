import { BuildwrightError } from '@buildwright/client';
import type { BuilderContext } from './run-context.js';
import { wakeToolApproval } from './tool-approvals.js';
import type { ToolDecision } from '../spec/storage.js';

/** Options of {@link approveTool}. */
export interface ApproveToolOptions {
  /** The run's owner (a user cannot decide for another's run). */
  ownerId: string;
  runId: string;
  /** The `id` of the `tool.approval_requested` event. */
  id: string;
  decision: ToolDecision;
  /** Remember the decision for the project: later calls of the same tool (unchanged) do not ask. Default false. */
  remember?: boolean;
}

/**
 * Decides a tool call waiting for approval (`tool.approval_requested`), in this process or any
 * other sharing the storage: the run resumes the call (`allow`) or refuses it (`deny`).
 * Rejects with TOOL_APPROVAL_NOT_FOUND when the approval is not pending for this owner's run
 * (unknown, already decided, timed out, or another owner's).
 *
 * @example
 * run.on('tool.approval_requested', (event) => void approveTool(builder, { ownerId, runId: event.runId, id: event.id, decision: 'allow' }));
 */
export async function approveTool(builder: BuilderContext, options: ApproveToolOptions): Promise<void> {
  const { ownerId, runId, id, decision } = options;
  if (decision !== 'allow' && decision !== 'deny') {
    throw new BuildwrightError({ code: 'INVALID_INPUT', docsPage: 'mcp-client.md', message: `A tool approval's decision is "allow" or "deny"; got ${JSON.stringify(decision)}.` });
  }
  const decided = await builder.options.storage.decideToolApproval({ ownerId, runId, id, decision, remember: options.remember === true });
  if (!decided) {
    throw new BuildwrightError({
      code: 'TOOL_APPROVAL_NOT_FOUND',
      message: `No tool call of run ${runId} waits for approval ${id}: it is unknown, already decided or timed out. Decide approvals from the run's tool.approval_requested events.`,
      details: { runId, id },
    });
  }
  wakeToolApproval(runId, id);
}
