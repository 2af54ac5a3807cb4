import { memorySandbox, memoryStorage } from '@buildwright/adapters/memory';
import { createBuilder, type Builder } from '@buildwright/core';
import { demoLlm } from './demo-llm.js';
import { staticPreview } from './preview-check.js';

export interface DemoBuilderOptions {
  /** Pause before each model call in ms (prose streams word by word). Default 250. */
  delayMs?: number;
}

/**
 * The example's builder: the scripted model and in-memory adapters, so it runs offline with no
 * setup. Swap one line per port for real ones, e.g. `llm: openaiLlm({ model: 'gpt-4.1-mini' })`,
 * `sandbox: localSandbox({ root: '.buildwright/projects' })`, `storage: pgliteStorage({ dataDir: '.buildwright/db' })`.
 *
 * @example
 * const builder = createDemoBuilder({ delayMs: 100 });
 */
export function createDemoBuilder(options: DemoBuilderOptions = {}): Builder {
  return createBuilder({
    llm: demoLlm({ delayMs: options.delayMs ?? 250 }),
    sandbox: memorySandbox(),
    storage: memoryStorage(),
    // The memory sandbox has no dev server: the example serves the stored files under /preview.
    graph: { nodes: (defaults) => [...defaults, staticPreview('/preview')] },
  });
}
