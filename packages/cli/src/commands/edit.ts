import { openPgliteEarly } from '../adapters-from-flags.js';
import type { Command } from '../cli-io.js';
import { executeRun } from '../execute-run.js';
import { openBuilder } from '../open-builder.js';
import { readPrompt } from '../read-prompt.js';
import { decidePlan } from '../plan-approval.js';

/**
 * `buildwright edit <project> "<prompt>"`: a follow-up change stored as a new version.
 *
 * @example
 * buildwright edit 3f2a9c1e-0d4b-4a8e-9a61-7c2f0e5b1d22 "add a dark mode toggle"
 */
export const editCommand: Command = async (context) => {
  const { flags, positionals } = context.args;
  const projectId = positionals[0]!;
  const early = openPgliteEarly(flags);
  let cli: Awaited<ReturnType<typeof openBuilder>>;
  let prompt: string;
  try {
    prompt = await readPrompt(positionals[1]!);
    cli = await openBuilder(flags, {
      existingData: true,
      kindOf: async (storage, ownerId) => (await storage.getProject({ ownerId, projectId }))?.kind,
      ...(early ? { early } : {}),
    });
  } catch (error) {
    await early?.discard();
    throw error;
  }
  const followed = await executeRun(context, cli, (builder) => builder.edit(projectId, { prompt, ...(flags.approvePlan ? { approvePlan: true } : {}) }), {
    onAwaitingApproval: (handle, plan, renderer) => decidePlan(context, handle, plan, renderer),
  });
  return followed.exitCode;
};
