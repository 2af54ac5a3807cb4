import { BuildwrightError } from '@buildwright/client';
import type { CheckPhase } from '../../spec/check.js';
import { executeToolCall } from '../../protocol/execute-tool-call.js';
import type { RunRuntime } from '../run-runtime.js';

/**
 * Adds the phase checks' `devDependencies` that package.json lacks (a project's own versions are
 * kept), through the file protocol's `add_dependencies`, so the registry rules and the
 * `dependency.added` events are the model's. Nothing happens without package.json or when nothing
 * is missing; a refusal ends the run, since the dependencies are the builder's configuration.
 */
export async function addPhaseDependencies(runtime: RunRuntime, phases: readonly CheckPhase[]): Promise<void> {
  const wanted: Record<string, string> = Object.assign({}, ...phases.map((phase) => phase.devDependencies ?? {}));
  const manifestText = runtime.workspace.read('package.json');
  if (manifestText === undefined || Object.keys(wanted).length === 0) return;
  let named: Set<string>;
  try {
    const manifest = JSON.parse(manifestText) as Record<string, Record<string, string> | undefined>;
    named = new Set(['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'].flatMap((field) => Object.keys(manifest[field] ?? {})));
  } catch {
    // The install check reports a package.json that is not JSON.
    return;
  }
  const missing = Object.fromEntries(Object.entries(wanted).filter(([name]) => !named.has(name)));
  if (Object.keys(missing).length === 0) return;
  const args = { dependencies: missing, dev: true };
  const outcome = await executeToolCall(
    { id: 'phase-dependencies', name: 'add_dependencies', arguments: args, argumentsText: JSON.stringify(args) },
    { workspace: runtime.workspace, emit: runtime.emit, allowed: ['add_dependencies'], fileLimits: runtime.budgets },
  );
  if (outcome.isError) {
    throw new BuildwrightError({
      code: 'INVALID_INPUT',
      message: `A check's phase.devDependencies could not be added to package.json (${outcome.content.replace(/^Error: /, '')}). Give npm registry packages with exact versions.`,
    });
  }
}
