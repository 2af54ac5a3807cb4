import { ofKind } from '../graph/of-kind.js';
import type { CheckRunEnd } from '../spec/check.js';
import type { Sandbox } from '../spec/sandbox.js';
import type { BuilderContext } from './run-context.js';

/**
 * Tells each check of the run's kind that the run ended (Check.afterRun), with the sandbox
 * `sandbox()` gives (asked only when a check listens; none: what the sandbox keeps stays). Never rejects.
 */
export async function checksAfterRun(builder: BuilderContext, run: Omit<CheckRunEnd, 'sandbox'>, sandbox: () => Promise<Sandbox | undefined> = async () => undefined): Promise<void> {
  const checks = (builder.options.checks ?? []).filter((check) => check.afterRun && ofKind(check, run.kind));
  if (checks.length === 0) return;
  const opened = await sandbox();
  const ended: CheckRunEnd = { ...run, ...(opened ? { sandbox: opened } : {}) };
  await Promise.allSettled(checks.map((check) => Promise.resolve().then(() => check.afterRun!(ended))));
}
