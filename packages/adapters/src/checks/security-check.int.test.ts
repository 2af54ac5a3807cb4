import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { BuildwrightEvent, EventOf } from '@buildwright/core';
import { createCheckContext } from '@buildwright/core/testing';
import { scriptedLlm } from '../scripted/index.js';
import { installCheck } from './install-check.js';
import { securityCheck } from './security-check.js';
import { templateProjects } from './template-projects.test-support.js';
import { checkOutcomes, collectEvents, webRuns } from './web-run.test-support.js';
import { webChecks } from './web-checks.js';

// The security check on the react-vite template in the real local sandbox (bubblewrap when present):
// ESLint runs inside the sandbox under the check's own config; npm audit through the registry-only view.
const projects = templateProjects();
const runs = webRuns();
afterAll(async () => {
  await projects.cleanup();
  await runs.cleanup();
});
const ofType = <T extends BuildwrightEvent['type']>(events: BuildwrightEvent[], type: T) => events.filter((event): event is EventOf<T> => event.type === type);

describe('securityCheck (local sandbox, react-vite template)', () => {
  it('behavior: innerHTML from input, dangerouslySetInnerHTML from props, eval of a string and a hard-coded key fail with file:line:col issues; eslint-disable comments and the project config do not turn the rules off', async () => {
    const { context } = await projects.open({
      'src/Markup.tsx': [
        'declare const DOMPurify: { sanitize(html: string): string };',
        'export const Unsafe = ({ html }: { html: string }) => <div dangerouslySetInnerHTML={{ __html: html }} />;',
        'export const Passed = (props: { markup: { __html: string } }) => <div dangerouslySetInnerHTML={props.markup} />;',
        "export const Constant = () => <div dangerouslySetInnerHTML={{ __html: '<b>bold</b>' }} />;",
        'export const Sanitized = ({ html }: { html: string }) => <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(html) }} />;',
        '',
      ].join('\n'),
      'src/unsafe.ts': [
        'export function show(target: HTMLElement, input: string) {',
        '  // eslint-disable-next-line no-unsanitized/property',
        '  target.innerHTML = input;',
        '  /* eslint-disable */',
        '  return eval(input);',
        '}',
        `export const token = 'ghp_${'Zr4x8Qm2Lp9Tb7Wd1Kc6Hv3Nj5Fg0Ys2Ae4q'}';`,
        '',
      ].join('\n'),
      // The project's own config switches everything off: the security lint does not read it.
      'eslint.config.js': "export default [{ ignores: ['**/*'] }];\n",
    });
    expect(await installCheck().run(context)).toEqual({ status: 'passed' });
    const result = await securityCheck({ audit: false }).run(context);
    expect(result.status).toBe('failed');
    if (result.status !== 'failed') return;
    expect(result.report.split('\n')[0]).toBe('Security check failed: 1 hard-coded secret, 5 security lint errors');
    const xss =
      'dangerouslySetInnerHTML with markup that is not a constant string: data shown as HTML runs as code (XSS). Render it as text (as children), or sanitize it first (DOMPurify.sanitize) (no-restricted-syntax)';
    expect(result.issues.map((issue) => `${issue.file}:${issue.line}:${issue.column}: ${issue.message.replace(/ in source \(.*$/, ' in source (…)')}`)).toEqual([
      'src/unsafe.ts:7:23: GitHub token in source (…)',
      `src/Markup.tsx:2:87: ${xss}`,
      `src/Markup.tsx:3:96: ${xss}`,
      "src/unsafe.ts:3:3: Unsafe assignment to innerHTML (Variable 'input' declared as function parameter, which is considered unsafe. 'FunctionDeclaration' at 1:7) (no-unsanitized/property)",
      'src/unsafe.ts:5:10: eval with argument of type Identifier (security/detect-eval-with-expression)',
      'src/unsafe.ts:5:10: eval can be harmful. (no-eval)',
    ]);
  }, 300_000);

  it('behavior: the template as it is passes; npm audit says in a notice when the advisories cannot be reached, and is not counted as passed', async () => {
    const { context, events } = await projects.open();
    expect(await installCheck().run(context)).toEqual({ status: 'passed' });
    const result = await securityCheck().run(context);
    expect(result).toEqual({ status: 'passed' });
    const audit = events.filter((event) => event.type === 'command.started' && event.command.startsWith('npm audit'));
    expect(audit).toHaveLength(1);
    const notices = events.filter((event) => event.type === 'notice.posted').map((event) => (event.type === 'notice.posted' ? event.message : ''));
    // This machine's registry mirror refuses the advisory endpoint (405); with a registry that answers, no notice and the audit counts.
    if (notices.length > 0) expect(notices).toEqual([expect.stringMatching(/^Security check: npm audit skipped, .+\. Dependencies were not checked against advisories\.$/)]);
  }, 300_000);
});

describe('securityCheck of webChecks() (local sandbox, react-vite template): the security lint server', () => {
  const unsafe = ['export function show(target: HTMLElement, input: string) {', '  // eslint-disable-next-line no-unsanitized/property', '  target.innerHTML = input;', '}', ''].join('\n');

  it('behavior: the lint runs in one server kept between verifications, reports what the command reports, and sees changed files; worker: false runs the command', async () => {
    const { sandbox, context, events } = await projects.open({ 'src/unsafe.ts': unsafe, 'eslint.config.js': "export default [{ ignores: ['**/*'] }];\n" });
    expect(await installCheck().run(context)).toEqual({ status: 'passed' });
    const starts: string[] = [];
    const startServer = sandbox.startServer.bind(sandbox);
    sandbox.startServer = (command) => {
      starts.push(command.command);
      return startServer(command);
    };
    const security = (options: Parameters<typeof webChecks>[0] = {}) => webChecks({ depth: 'full', security: { audit: false }, ...options }).find((check) => check.name === 'security')!;
    const check = security();
    const first = await check.run(context);
    const second = await check.run(context);
    const command = await securityCheck({ audit: false }).run(context);
    expect(command).toMatchObject({ status: 'failed', issues: [{ file: 'src/unsafe.ts', line: 3, column: 3, message: expect.stringContaining('(no-unsanitized/property)') }] });
    expect(first).toEqual(command);
    expect(second).toEqual(command);
    expect(starts.filter((line) => line.includes('security-lint/server.mjs'))).toHaveLength(1);
    const lints = () =>
      events.flatMap((event) => (event.type === 'command.started' && /eslint --config/.test(event.command) ? [event.command.endsWith('(security lint server)') ? 'server' : 'command'] : []));
    expect(lints()).toEqual(['server', 'server', 'command']);

    // The next verification lints the files as they are now.
    await context.writeFiles({ 'src/run.ts': 'export const run = (code: string) => eval(code);\n' });
    const third = await check.run(context);
    expect(third.status === 'failed' && third.issues.map((issue) => `${issue.file}:${issue.line}: ${issue.message}`)).toEqual([
      expect.stringMatching(/^src\/run\.ts:1: eval with argument/),
      expect.stringMatching(/^src\/run\.ts:1: eval can be harmful/),
      expect.stringMatching(/^src\/unsafe\.ts:3: Unsafe assignment to innerHTML/),
    ]);
    expect(starts.filter((line) => line.includes('security-lint/server.mjs'))).toHaveLength(1);

    const plain = await security({ worker: false }).run(context);
    expect(plain).toEqual(third);
    expect(starts.filter((line) => line.includes('security-lint/server.mjs'))).toHaveLength(1);
    expect(lints()).toEqual(['server', 'server', 'command', 'server', 'command']);
  }, 300_000);
});

describe('securityCheck({ review }) (local sandbox, react-vite template, scripted model)', () => {
  it("behavior: the model's finding at the security lint's place fails merged into the lint issue, naming file:line:col; its other finding is only advisory", async () => {
    const unsafe = ['export function show(target: HTMLElement, input: string) {', '  const shown = input.trim();', '  target.innerHTML = shown;', '}', ''].join('\n');
    const { sandbox, context: base } = await projects.open({ 'src/unsafe.ts': unsafe });
    expect(await installCheck().run(base)).toEqual({ status: 'passed' });
    const findings = [
      {
        file: 'src/unsafe.ts',
        line: 2,
        endLine: 3,
        category: 'xss',
        severity: 'high',
        explanation: 'user input becomes HTML: a <script>-free payload such as <img onerror> runs in the page; set textContent instead',
      },
      { file: 'src/App.tsx', line: 1, category: 'weak-validation', severity: 'low', explanation: 'nothing validates the form input' },
    ];
    const llm = scriptedLlm({ transcript: { format: 'buildwright.transcript/v1', turns: [{ node: 'security-review', toolCalls: [{ name: 'report_security_findings', arguments: { findings } }] }] } });
    const { context, events, usage } = await createCheckContext({ sandbox, files: { ...base.files }, changedFiles: ['src/unsafe.ts', 'src/App.tsx'], llm });
    const result = await securityCheck({ audit: false, review: true }).run(context);
    expect(result.status).toBe('failed');
    if (result.status !== 'failed') return;
    expect(result.report.split('\n')[0]).toBe('Security check failed: 1 security lint error, 1 confirmed by the model review');
    expect(result.report).toContain(
      'src/unsafe.ts:3:3: Unsafe assignment to innerHTML (no-unsanitized/property); model review (xss, high): user input becomes HTML: a <script>-free payload such as <img onerror> runs in the page; set textContent instead',
    );
    expect(result.report).toContain('Advisory, not confirmed by a rule (model review):\nsrc/App.tsx:1 weak-validation (low): nothing validates the form input');
    expect(usage).toHaveLength(1);
    const notices = events.flatMap((event) => (event.type === 'notice.posted' ? [event.message] : []));
    expect(notices).toEqual([expect.stringMatching(/^Security check: the model review found 1 possible problem no rule confirmed \(advisory, not failing\):\nsrc\/App\.tsx:1 /)]);
  }, 300_000);
});

describe('web run with depth: full (scripted model, local sandbox, Chromium)', () => {
  it('behavior: a hard-coded key, innerHTML and dangerouslySetInnerHTML from input fail the security check beside the browser check; one fix turn removes them and the run ends verified', async () => {
    const transcript = fileURLToPath(new URL('./fixtures/insecure-notes-fixed.json', import.meta.url));
    const { builder, requests } = runs.builder(transcript, { checks: webChecks({ depth: 'full', security: { audit: false } }) });
    const run = builder.generate({ prompt: 'A notes page that previews what you type', kind: 'web' });
    const events = await collectEvents(run);
    const result = await run.result;

    expect(checkOutcomes(events)).toEqual([
      'imports:passed',
      'install:passed',
      'validate:passed',
      'build-app:passed',
      ...checkOutcomes(events).slice(4, 6),
      'imports:passed',
      'install:passed',
      'validate:passed',
      'build-app:passed',
      ...checkOutcomes(events).slice(10),
    ]);
    expect(checkOutcomes(events).slice(4, 6).sort()).toEqual(['browser:passed', 'security:failed']);
    expect(checkOutcomes(events).slice(10).sort()).toEqual(['browser:passed', 'security:passed']);
    // Both ran at once: the second started before the first ended.
    const afterBuild = events
      .filter((event) => (event.type === 'check.started' || event.type === 'check.passed' || event.type === 'check.failed') && ['browser', 'security'].includes(event.check))
      .slice(0, 2);
    expect(afterBuild.map((event) => event.type)).toEqual(['check.started', 'check.started']);

    const [fix, ...moreFixes] = ofType(events, 'fix.started');
    expect(moreFixes).toEqual([]);
    expect(fix!.check).toBe('security');
    expect(fix!.report).toContain('src/components/Notes.tsx:4:21: Stripe secret key in source (sk_l… 34 characters)');
    expect(fix!.report).toContain('src/components/Notes.tsx:10:26: Unsafe assignment to innerHTML (no-unsanitized/property)');
    expect(fix!.report).toContain('src/components/Rendered.tsx:3:46: dangerouslySetInnerHTML with markup that is not a constant string');
    expect(fix!.report).not.toContain('51NzQ8rTgYh3Kp2Lm9Xc4Vb7Wd');
    const fixRequest = requests.find((request) => request.node === 'fix');
    expect(JSON.stringify(fixRequest?.messages)).toContain('Unsafe assignment to innerHTML');
    expect(events.at(-1)).toMatchObject({ type: 'run.completed' });
    // The browser check passed in both rounds (each announces its preview); the run returns the last, verified with no security finding.
    const ready = ofType(events, 'preview.ready');
    expect(ready).toHaveLength(2);
    expect(result.previewUrl).toBe(ready[1]!.url);
  }, 600_000);
});
