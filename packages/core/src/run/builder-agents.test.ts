import { describe, expect, it } from 'vitest';
import { createBuilder } from '../builder/create-builder.js';
import { memorySandbox } from '../testing/doubles/memory-sandbox.js';
import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { scriptedLlm } from '../testing/doubles/scripted-llm.js';
import type { Check } from '../spec/check.js';
import { applyAgents, requirements, type BuilderAgent } from './builder-agents.js';
import type { BuilderOptions } from './run-context.js';

const ports = () => ({ llm: scriptedLlm({ transcript: { format: 'buildwright.transcript/v1', turns: [] } as never }), sandbox: memorySandbox(), storage: memoryStorage() });
const check = (name: string): Check => ({ name, run: async () => ({ status: 'passed' }) });
/** An agent that appends one check, to show the order agents apply in. */
const adding = (name: string): BuilderAgent => ({ agent: name, apply: (options) => ({ ...options, checks: [...(options.checks ?? []), check(name)] }) });

describe('builder agents', () => {
  it('default: requirements() turns the requirements analyst on, with its options; builder.options shows the applied agents', async () => {
    const builder = createBuilder({ ...ports(), agents: [requirements({ templates: 3 })] });
    expect(builder.options.requirements).toEqual({ templates: 3 });
    expect(builder.options.agents).toBeUndefined();
    expect(createBuilder({ ...ports(), agents: [requirements()] }).options.requirements).toBe(true);
    await builder.close();
  });

  it('behavior: agents apply in the order given, each on what the one before made', () => {
    const applied = applyAgents({ ...ports(), checks: [check('build')], agents: [adding('a11y'), adding('security')] } as BuilderOptions);
    expect(applied.checks?.map((each) => each.name)).toEqual(['build', 'a11y', 'security']);
    const plain = { ...ports() } as BuilderOptions;
    expect(applyAgents(plain)).toBe(plain);
  });

  it('error: an entry that is not an agent, or one agent given twice, is refused with INVALID_INPUT saying what to pass', () => {
    expect(() => createBuilder({ ...ports(), agents: [{ name: 'a11y' } as never] })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringContaining('agents[0] is not an agent') }),
    );
    expect(() => createBuilder({ ...ports(), agents: [requirements(), requirements({ templates: 2 })] })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringContaining('two "requirements" agents') }),
    );
    // The agent's own options are checked as the option's are.
    expect(() => createBuilder({ ...ports(), agents: [requirements({ templates: 0 })] })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
