import { memorySandbox } from '../testing/doubles/memory-sandbox.js';
import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { scriptedLlm } from '../testing/doubles/scripted-llm.js';
import { createBuilder } from '../builder/create-builder.js';
import type { BuildwrightEvent } from '../events/events.js';
import type { Transcript } from '../protocol/transcript.js';
import type { Check } from '../spec/check.js';

/**
 * Every event of one web run with these checks: scripted model, memory sandbox and storage, a
 * one-file template (test use only). A failed run is not thrown: its events say how it ended.
 */
export async function checksRunEvents(checks: Check[], transcript: Transcript): Promise<BuildwrightEvent[]> {
  const builder = createBuilder({
    llm: scriptedLlm({ transcript }),
    sandbox: memorySandbox(),
    storage: memoryStorage(),
    checks,
    templates: { base: { name: 'base', kind: 'web', description: 'one file', files: { 'package.json': '{}\n' } } },
  });
  const run = builder.generate({ prompt: 'x', kind: 'web' });
  const events: BuildwrightEvent[] = [];
  for await (const event of run) events.push(event);
  await run.result.catch(() => {});
  return events;
}
