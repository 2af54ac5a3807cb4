import type { Locator, Page } from 'playwright-core';
import type { FlowStep, FlowTarget, FlowTest } from './e2e-flow.js';

export interface RunFlowTestOptions {
  /** The preview's URL: `goto` paths resolve against it, and may not leave its origin. */
  baseUrl: string;
  /** Most time one step may take (an action waiting for its element, an expectation for its state). */
  stepTimeoutMs: number;
  /** When the test must be done (epoch ms): later steps are not run. */
  deadline: number;
}

/** Where a test failed: the step (1-based), the step as written, and what was expected against what was found. */
export interface FlowFailure {
  step: number;
  description: string;
  message: string;
}

/** How often an expectation looks at the page again while it waits. */
const pollMs = 50;

/**
 * Runs one test of a flow file on a page that already shows the app: each step through
 * Playwright's locators (by role, text, label, placeholder or test id, never a selector from the
 * file), each expectation polled until it holds or the step timeout passes. Nothing of the file
 * is run as code; `goto` stays on the preview's origin. Returns the first failing step, or
 * undefined when every step passed.
 *
 * @example
 * const failure = await runFlowTest(page, test, { baseUrl: server.url, stepTimeoutMs: 5_000, deadline: Date.now() + 30_000 });
 */
export async function runFlowTest(page: Page, test: FlowTest, options: RunFlowTestOptions): Promise<FlowFailure | undefined> {
  for (const [index, step] of test.steps.entries()) {
    const timeout = Math.min(options.stepTimeoutMs, options.deadline - Date.now());
    const description = describeStep(step);
    if (timeout <= 0) return { step: index + 1, description, message: 'not run: the test ran out of time (testTimeoutMs)' };
    try {
      const message = await runStep(page, step, { ...options, timeout });
      if (message) return { step: index + 1, description, message };
    } catch (error) {
      return { step: index + 1, description, message: playwrightMessage(error) };
    }
  }
  return undefined;
}

/** The step as the model wrote it, compact: `{"click":{"role":"button","name":"Delete"}}`. */
export function describeStep(step: FlowStep): string {
  return JSON.stringify(step);
}

/** Runs one step; a failed expectation is returned as its message, an action that cannot be done throws. */
async function runStep(page: Page, step: FlowStep, options: RunFlowTestOptions & { timeout: number }): Promise<string | undefined> {
  const { timeout } = options;
  if ('goto' in step) {
    const url = new URL(step.goto, options.baseUrl);
    if (url.origin !== new URL(options.baseUrl).origin) return `${step.goto} is not a path of the app`;
    await page.goto(url.href, { waitUntil: 'load', timeout });
    return undefined;
  }
  if ('click' in step) return void (await locate(page, step.click).click({ timeout }));
  if ('fill' in step) return void (await locate(page, step.fill).fill(step.value, { timeout }));
  if ('press' in step) return void (await (step.on ? locate(page, step.on).press(step.press, { timeout }) : page.keyboard.press(step.press)));
  if ('check' in step) return void (await locate(page, step.check).check({ timeout }));
  if ('uncheck' in step) return void (await locate(page, step.uncheck).uncheck({ timeout }));
  if ('select' in step) return void (await locate(page, step.select).selectOption({ label: step.option }, { timeout }));
  if ('expectUrl' in step) {
    return waitFor(timeout, async () => {
      const url = new URL(page.url());
      const path = `${url.pathname}${url.search}${url.hash}`;
      return path === step.expectUrl ? undefined : `expected the URL to be ${step.expectUrl}, it is ${path}`;
    });
  }
  const locator = locate(page, step.expect);
  return waitFor(timeout, () => expectation(locator, step));
}

/** Why the expectation does not hold yet, or undefined when it does. With no condition given, the element must be visible. */
async function expectation(locator: Locator, step: Extract<FlowStep, { expect: FlowTarget }>): Promise<string | undefined> {
  const count = await locator.count();
  if (step.count !== undefined && count !== step.count) return `expected ${step.count} matching element${step.count === 1 ? '' : 's'}, found ${count}`;
  const visible = step.visible ?? (step.count === undefined && step.hasText === undefined && step.value === undefined && step.checked === undefined ? true : undefined);
  if (visible !== undefined) {
    const shown = count > 0 && (await locator.first().isVisible());
    if (shown !== visible)
      return visible
        ? count === 0
          ? 'expected the element to be visible, found no matching element'
          : 'expected the element to be visible, it is hidden'
        : `expected no visible matching element, found ${count}`;
  }
  if (step.hasText !== undefined) {
    const texts = await locator.allTextContents();
    if (!texts.some((text) => text.includes(step.hasText!)))
      return count === 0
        ? `expected text "${step.hasText}", found no matching element`
        : `expected text "${step.hasText}", found ${texts.map((text) => JSON.stringify(text.trim().slice(0, 80))).join(', ')}`;
  }
  if (step.value !== undefined || step.checked !== undefined) {
    if (count === 0) return 'expected an element, found no matching element';
    if (step.value !== undefined) {
      const value = await locator.first().inputValue({ timeout: 1_000 });
      if (value !== step.value) return `expected the value "${step.value}", found "${value}"`;
    }
    if (step.checked !== undefined && (await locator.first().isChecked({ timeout: 1_000 })) !== step.checked) return `expected the element to be ${step.checked ? 'checked' : 'unchecked'}, it is not`;
  }
  return undefined;
}

/** Polls `check` until it returns undefined (holds) or `timeout` passes; then its last answer. */
async function waitFor(timeout: number, check: () => Promise<string | undefined>): Promise<string | undefined> {
  const deadline = Date.now() + timeout;
  for (;;) {
    let answer: string | undefined;
    try {
      answer = await check();
    } catch (error) {
      answer = playwrightMessage(error);
    }
    if (answer === undefined) return undefined;
    if (Date.now() + pollMs > deadline) return `${answer} (after ${timeout} ms)`;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

/** A Playwright locator for a target, as a user finds an element. */
function locate(page: Page, target: FlowTarget): Locator {
  let locator: Locator;
  if ('role' in target) locator = page.getByRole(target.role, { ...(target.name === undefined ? {} : { name: target.name }), ...(target.exact === undefined ? {} : { exact: target.exact }) });
  else if ('text' in target) locator = page.getByText(target.text, target.exact === undefined ? {} : { exact: target.exact });
  else if ('label' in target) locator = page.getByLabel(target.label, target.exact === undefined ? {} : { exact: target.exact });
  else if ('placeholder' in target) locator = page.getByPlaceholder(target.placeholder, target.exact === undefined ? {} : { exact: target.exact });
  else locator = page.getByTestId(target.testId);
  return target.nth === undefined ? locator : locator.nth(target.nth);
}

/** Playwright's error without its call log and ANSI colors: `locator.click: Timeout 5000ms exceeded.` or a strict-mode violation. */
function playwrightMessage(error: unknown): string {
  // eslint-disable-next-line no-control-regex
  const text = String((error as Error)?.message ?? error).replace(/\u001b\[[0-9;]*m/g, '');
  const lines = text.split('\n').filter((line) => line.trim() !== '' && !/^=+/.test(line.trim()));
  const strict = lines.find((line) => line.includes('strict mode violation'));
  return (strict ?? lines[0] ?? 'failed').trim().slice(0, 300);
}
