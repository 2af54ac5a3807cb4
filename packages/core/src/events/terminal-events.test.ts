import { describe, expect, it } from 'vitest';
import { isTerminal, terminalEventTypes } from '@buildwright/client';
import { eventSchemas } from './events.js';

describe('isTerminal', () => {
  it('default: only run.completed, run.failed and run.cancelled end a run', () => {
    const ending = Object.keys(eventSchemas).filter((type) => isTerminal({ type } as never));
    expect(ending).toEqual(['run.completed', 'run.failed', 'run.cancelled']);
    expect(ending).toEqual([...terminalEventTypes]);
  });
});
