import type { CheckResult } from '../../spec/check.js';
import type { RunRuntime } from '../run-runtime.js';

/**
 * Runs a node as a check: `check.started`, then `check.passed` (after `preview.ready` when it
 * returns a preview), `check.skipped` or `check.failed` with its duration. Used for the nodes
 * after build and for the checks a node runs itself (the spec node's).
 */
export async function runCheckWithEvents(runtime: RunRuntime, name: string, run: () => Promise<CheckResult | void>): Promise<CheckResult | void> {
  await runtime.emit({ type: 'check.started', check: name });
  const started = performance.now();
  const result = await run();
  const durationMs = Math.round(performance.now() - started);
  if (!result || result.status === 'passed') {
    if (result?.preview) {
      const { url, screenshotPath, docsUrl } = result.preview;
      await runtime.emit({ type: 'preview.ready', url, screenshotPath, ...(docsUrl === undefined ? {} : { docsUrl }) });
    }
    await runtime.emit({ type: 'check.passed', check: name, durationMs });
  } else if (result.status === 'skipped') {
    await runtime.emit({ type: 'check.skipped', check: name, reason: result.reason });
  } else {
    await runtime.emit({ type: 'check.failed', check: name, report: result.report, issues: result.issues, durationMs });
  }
  return result;
}
