import { openPgliteEarly } from '../adapters-from-flags.js';
import type { Command, CommandContext } from '../cli-io.js';
import { executeRemoteRun } from '../execute-remote-run.js';
import { executeRun } from '../execute-run.js';
import { openBuilder } from '../open-builder.js';
import { readPrompt } from '../read-prompt.js';
import { decidePlan } from '../plan-approval.js';

/**
 * `buildwright edit <project> "<prompt>"`: a follow-up change stored as a new version. With
 * `--server <url>` the run executes on that `buildwright serve` (see `executeRemoteRun`).
 *
 * @example
 * buildwright edit 3f2a9c1e-0d4b-4a8e-9a61-7c2f0e5b1d22 "add a dark mode toggle"
 * buildwright edit 3f2a9c1e-0d4b-4a8e-9a61-7c2f0e5b1d22 "add a dark mode toggle" --server http://127.0.0.1:3000
 */
export const editCommand: Command = async (context) => {
  const { flags, positionals } = context.args;
  const projectId = positionals[0]!;
  if (flags.server) return editOnServer(context, projectId);
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

/** `edit --server`: `POST /projects/:id/runs` on the server; no store, sandbox or engine here. */
async function editOnServer(context: CommandContext, projectId: string): Promise<number> {
  const { flags, positionals } = context.args;
  const prompt = await readPrompt(positionals[1]!, process.stdin, { server: true });
  const body = { prompt, ...(flags.approvePlan ? { approvePlan: true } : {}) };
  return (await executeRemoteRun(context, { path: `/projects/${encodeURIComponent(projectId)}/runs`, body })).exitCode;
}
