import { createBuilder, requirements } from '@buildwright/core';
import { memorySandbox, memoryStorage, scriptedLlm } from '@buildwright/core/testing';
import { describe, expect, it } from 'vitest';
import { a11y, performance, security, testing } from './check-agents.js';
import { webChecks, webChecksOptionsOf } from './web-checks.js';

const ports = () => ({ llm: scriptedLlm({ transcript: { format: 'buildwright.transcript/v1', turns: [] } as never }), sandbox: memorySandbox(), storage: memoryStorage() });

describe('specialist agents of the web checks', () => {
  it("default: createBuilder({ agents }) gives webChecks() each agent's option, in the after-build group, and requirements() the analyst", async () => {
    const own = { name: 'no-todo', run: async () => ({ status: 'passed' as const }) };
    const builder = createBuilder({
      ...ports(),
      checks: [...webChecks({ validate: { typeErrors: 'advisory' } }), own],
      agents: [requirements(), testing(), a11y({ level: 'serious' }), performance({ budgetKb: 150, minScore: 0.8 }), security({ review: true })],
    });
    const checks = builder.options.checks!;
    expect(checks.map((check) => [check.name, check.parallel])).toEqual([
      ['imports', undefined],
      ['install', undefined],
      ['validate', undefined],
      ['build-app', undefined],
      ['browser', 'after-build'],
      ['security', 'after-build'],
      ['e2e-flows', undefined],
      ['e2e', 'after-build'],
      ['performance', 'after-build'],
      ['no-todo', undefined],
    ]);
    expect(webChecksOptionsOf(checks[0]!)?.options).toEqual({
      validate: { typeErrors: 'advisory' },
      testing: {},
      a11y: { level: 'serious' },
      performance: { budgetKb: 150, lighthouse: { minScores: { performance: 0.8 } } },
      security: { review: true },
    });
    expect(builder.options.requirements).toBe(true);
    await builder.close();
  });

  it('behavior: with no checks given, an agent starts from webChecks(); without minScore the performance agent is the bundle budget alone', async () => {
    const builder = createBuilder({ ...ports(), agents: [performance()] });
    expect(builder.options.checks?.map((check) => check.name)).toEqual(['imports', 'install', 'validate', 'build-app', 'browser', 'performance']);
    expect(webChecksOptionsOf(builder.options.checks![0]!)?.options).toEqual({ performance: {} });
    await builder.close();
  });

  it('error: checks that hold no webChecks() list as it returned it are refused with INVALID_INPUT naming the option to use instead', () => {
    const copied = webChecks().map((check) => ({ ...check }));
    expect(() => createBuilder({ ...ports(), checks: copied, agents: [a11y()] })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringContaining('webChecks({ a11y: … })') }),
    );
    const reordered = [...webChecks()].reverse();
    expect(() => createBuilder({ ...ports(), checks: reordered, agents: [security()] })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
