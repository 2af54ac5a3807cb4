import { openPgliteEarly } from '../adapters-from-flags.js';
import type { Command, CommandContext } from '../cli-io.js';
import { executeRemoteRun } from '../execute-remote-run.js';
import { executeRun } from '../execute-run.js';
import { openBuilder } from '../open-builder.js';
import { readPrompt } from '../read-prompt.js';
import { decidePlan } from '../plan-approval.js';

/**
 * `buildwright generate "<prompt>" [--kind web|dapp|api]`: a new project, planned, built,
 * checked and fixed until verified; exit 0 on run.completed, 1 on run.failed, 130 on Ctrl-C.
 * With `--server <url>` the run executes on that `buildwright serve` (see `executeRemoteRun`).
 *
 * @example
 * buildwright generate "a pomodoro timer" --llm script:examples/transcripts/fix-loop.json --json
 */
export const generateCommand: Command = async (context) => {
  const { flags, positionals } = context.args;
  if (flags.server) return generateOnServer(context);
  const early = openPgliteEarly(flags);
  let cli: Awaited<ReturnType<typeof openBuilder>>;
  let prompt: string;
  const kind = flags.kind ?? 'web';
  try {
    prompt = await readPrompt(positionals[0]!);
    cli = await openBuilder(flags, { kind, ...(flags.template ? { template: flags.template } : {}), ...(early ? { early } : {}) });
  } catch (error) {
    await early?.discard();
    throw error;
  }
  const followed = await executeRun(
    context,
    cli,
    (builder) =>
      builder.generate({ prompt, kind, ...(flags.template ? { template: flags.template } : {}), ...(flags.name ? { name: flags.name } : {}), ...(flags.approvePlan ? { approvePlan: true } : {}) }),
    { onAwaitingApproval: (handle, plan, renderer) => decidePlan(context, handle, plan, renderer) },
  );
  return followed.exitCode;
};

/** `generate --server`: `POST /runs` on the server; no store, sandbox or engine here. */
async function generateOnServer(context: CommandContext): Promise<number> {
  const { flags, positionals } = context.args;
  const prompt = await readPrompt(positionals[0]!, process.stdin, { server: true });
  const body = {
    prompt,
    kind: flags.kind ?? 'web',
    ...(flags.template ? { template: flags.template } : {}),
    ...(flags.name ? { name: flags.name } : {}),
    ...(flags.approvePlan ? { approvePlan: true } : {}),
  };
  return (await executeRemoteRun(context, { path: '/runs', body })).exitCode;
}
