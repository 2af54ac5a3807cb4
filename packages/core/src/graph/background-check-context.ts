import { BuildwrightError } from '@buildwright/client';
import type { CheckFacts } from './nodes/node-context.js';
import type { CheckContext } from '../spec/check.js';

/**
 * The context of a check's background work (`Check.prepare`, `Check.livePreview`): the run's (or a
 * spare sandbox's) facts and current files, commands without events (stopped by `commandSignal`,
 * the facts' signal by default), no events, no file changes.
 */
export function backgroundCheckContext(facts: CheckFacts, hook: 'prepare' | 'livePreview', commandSignal: AbortSignal = facts.signal): CheckContext {
  return {
    ...facts,
    run: (command, options = {}) => facts.sandbox.run({ command, signal: commandSignal, ...options }),
    emit: async () => {},
    writeFiles: async () => {
      throw new BuildwrightError({ code: 'INVALID_INPUT', message: `Check.${hook} cannot change files; change them in the check's run().` });
    },
  };
}
