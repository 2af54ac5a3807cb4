import type { Check } from '@buildwright/core';

/** The check of the queue crash tests: passes at once (the crash point is its `check.started`). */
export const queueTestCheck: Check = { name: 'instant', run: async () => ({ status: 'passed' }) };
