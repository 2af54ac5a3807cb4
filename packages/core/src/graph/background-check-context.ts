import { BuildwrightError } from '@buildwright/client';
import { runFacts } from './nodes/node-context.js';
import type { RunRuntime } from './run-runtime.js';
import type { CheckContext } from '../spec/check.js';
import type { Sandbox } from '../spec/sandbox.js';

/**
 * The context of a check's background work (`Check.prepare`, `Check.livePreview`): the run's
 * facts and current files, commands without events, no events, no file changes.
 */
export function backgroundCheckContext(runtime: RunRuntime, sandbox: Sandbox, hook: 'prepare' | 'livePreview'): CheckContext {
  return {
    ...runFacts(runtime, sandbox),
    run: (command, options = {}) => sandbox.run({ command, signal: runtime.signal, ...options }),
    emit: async () => {},
    writeFiles: async () => {
      throw new BuildwrightError({ code: 'INVALID_INPUT', message: `Check.${hook} cannot change files; change them in the check's run().` });
    },
  };
}
