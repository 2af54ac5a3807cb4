/** The component tests' default place: one file the tests step writes, beside the flow file's folder. */
export const defaultComponentTestPath = 'tests/unit/app.test.tsx';

/**
 * What the component tests need installed, added to the project's devDependencies by the tests
 * step (only in runs with component tests): vitest as the api and dapp templates pin it, Testing
 * Library for React, and happy-dom as the DOM (lighter to install and start than jsdom).
 */
export const componentTestDependencies: Readonly<Record<string, string>> = {
  vitest: '3.2.7',
  '@testing-library/react': '16.3.3',
  '@testing-library/dom': '10.4.2',
  'happy-dom': '21.0.4',
};

/**
 * Problems of a component test file, read as text on this machine (never run here): it must
 * import vitest, declare at least one test, and neither skip nor focus one (`it.skip`, `it.only`,
 * `it.todo`, `describe.skip`, …), since a skipped test is a weakened test.
 *
 * @example
 * componentTestProblems("import { it } from 'vitest';\nit.skip('deletes', () => {});");
 * // ['line 2: it.skip(...) skips or focuses a test; every test must run (remove .skip)']
 */
export function componentTestProblems(source: string): string[] {
  const problems: string[] = [];
  if (!/\bfrom\s+['"]vitest['"]/.test(source)) problems.push("imports nothing from 'vitest': import { describe, it, expect, afterEach } from 'vitest'");
  if (!/\b(?:it|test)\s*\(\s*['"`]/.test(source)) problems.push("declares no test: write one it('<acceptance criterion>', () => { ... }) per criterion");
  source.split('\n').forEach((line, index) => {
    const match = /\b(it|test|describe)\s*\.\s*(skip|only|todo|skipIf|runIf)\b/.exec(line);
    if (match) problems.push(`line ${index + 1}: ${match[1]}.${match[2]}(...) skips or focuses a test; every test must run (remove .${match[2]})`);
  });
  return problems;
}

/** What the tests step is told about the component tests (added to its request). */
export function componentTestInstructions(path: string): string {
  return [
    `Also write component tests of the request in ${path}, with Vitest and Testing Library. They run in the sandbox with happy-dom as the DOM (no browser, no network), after the build:`,
    "import { afterEach, describe, expect, it } from 'vitest';",
    "import { cleanup, fireEvent, render, screen } from '@testing-library/react';",
    "import App from '../../src/App';",
    'afterEach(cleanup);',
    "One it('<acceptance criterion>') per criterion: render the component, act as a user (fireEvent.change / fireEvent.click / fireEvent.submit on elements found with screen.getByRole, getByLabelText or getByText), then expect what the user should see (expect(screen.queryByText('Buy milk')).toBeNull(), expect(screen.getAllByRole('listitem')).toHaveLength(1)).",
    'Use plain Vitest matchers (there is no jest-dom). No it.skip, it.only or it.todo; no mocks of the component under test.',
  ].join('\n');
}
