import { BuildwrightError } from '@buildwright/core';
import type { BuilderAgent } from '@buildwright/core';
import type { TestingChecksOptions } from './e2e/testing-checks.js';
import type { A11yOptions } from './page-accessibility.js';
import type { PerformanceCheckOptions } from './performance-check.js';
import type { SecurityCheckOptions } from './security-check.js';
import { webChecks, webChecksOptionsOf, type WebChecksOptions } from './web-checks.js';

/**
 * The testing agent: a tests step after build writes end-to-end tests of the acceptance criteria
 * (frozen for the fix loop) and the `e2e` check runs them in the browser check's Chromium; with
 * `{ components: true }` also Vitest + Testing Library tests. The same as `webChecks({ testing })`.
 *
 * @example
 * createBuilder({ llm, sandbox, storage, checks: webChecks(), agents: [requirements(), testing()] });
 */
export function testing(options: TestingChecksOptions = {}): BuilderAgent {
  return webChecksAgent('testing', { testing: options });
}

/**
 * The accessibility agent: axe-core on every route the browser check visits; violations at `level`
 * (default `'critical'`) and above fail, the others are warnings. The same as `webChecks({ a11y })`.
 *
 * @example
 * createBuilder({ llm, sandbox, storage, checks: webChecks(), agents: [a11y({ level: 'serious' })] });
 */
export function a11y(options: A11yOptions = {}): BuilderAgent {
  return webChecksAgent('a11y', { a11y: options });
}

/**
 * The performance agent: a gzip budget per chunk (`budgetKb`, default 170) and, with `minScore` (or
 * `lighthouse`), a Lighthouse run whose performance score must reach `minScore`. The same as
 * `webChecks({ performance })`.
 *
 * @example
 * createBuilder({ llm, sandbox, storage, checks: webChecks(), agents: [performance({ budgetKb: 150, minScore: 0.8 })] });
 */
export function performance(options: PerformanceCheckOptions & { minScore?: number } = {}): BuilderAgent {
  const { minScore, ...check } = options;
  if (minScore === undefined) return webChecksAgent('performance', { performance: check });
  const lighthouse = typeof check.lighthouse === 'object' ? check.lighthouse : {};
  return webChecksAgent('performance', { performance: { ...check, lighthouse: { ...lighthouse, minScores: { ...lighthouse.minScores, performance: minScore } } } });
}

/**
 * The security agent: secrets scan, security lint rules, `npm audit` and, with `review`, an
 * advisory model review; it runs beside the browser check. The same as `webChecks({ security })`.
 *
 * @example
 * createBuilder({ llm, sandbox, storage, checks: webChecks(), agents: [security({ review: true })] });
 */
export function security(options: SecurityCheckOptions = {}): BuilderAgent {
  return webChecksAgent('security', { security: options });
}

/**
 * An agent that sets one option of the builder's `webChecks()` list: the list is made again with the
 * option, in the same place. No checks given: `webChecks()` with it.
 */
function webChecksAgent(agent: string, option: WebChecksOptions): BuilderAgent {
  return {
    agent,
    apply(builder) {
      const checks = builder.checks;
      if (!checks) return { ...builder, checks: webChecks(option) };
      const made = checks.map(webChecksOptionsOf).find((found) => found !== undefined);
      const index = made === undefined ? -1 : checks.indexOf(made.list[0]!);
      if (!made?.list.every((check, offset) => checks[index + offset] === check))
        throw new BuildwrightError({
          code: 'INVALID_INPUT',
          docsPage: 'specialist-agents.md',
          message: `createBuilder: the ${agent}() agent adds itself to a webChecks() list, and checks has none (or has it changed): pass checks: webChecks() as it returns it, or give the option to webChecks({ ${Object.keys(option)[0]}: … }) yourself.`,
        });
      const rebuilt = webChecks({ ...made.options, ...option });
      return { ...builder, checks: [...checks.slice(0, index), ...rebuilt, ...checks.slice(index + made.list.length)] };
    },
  };
}
