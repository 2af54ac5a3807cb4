import { describe, expect, it } from 'vitest';
import type { Transcript } from '@buildwright/core';
import { createCheckContext, memorySandbox } from '@buildwright/core/testing';
import { scriptedLlm } from '../../scripted/index.js';
import { securityCheck } from '../security-check.js';

// The security check's model review with the scripted model: only the secrets scan runs as a rule
// here (lint and audit need an installed project: security-check.int.test.ts runs them).
const stripeKey = ['sk', 'live', '51HqLyjWDarjtT1zdp7dcXYZabc123QWErty'].join('_');
const files = {
  'src/pay.ts': ['import Stripe from "stripe";', '', `const stripe = new Stripe('${stripeKey}');`, 'export default stripe;', ''].join('\n'),
  'src/preview.ts': ['export function preview(target: HTMLElement, text: string) {', '  target.append(text);', '}', ''].join('\n'),
  'src/untouched.ts': 'export const unchanged = 1;\n',
  'package.json': '{ "name": "app" }\n',
};
const changedFiles = ['src/pay.ts', 'src/preview.ts', 'package.json'];

function review(findings: Record<string, unknown>, name = 'report_security_findings'): Transcript {
  return { format: 'buildwright.transcript/v1', turns: [{ node: 'security-review', toolCalls: [{ name, arguments: findings }] }] };
}

async function check(transcript: Transcript, overrides: Record<string, string> = {}) {
  const llm = scriptedLlm({ transcript });
  const requests: unknown[] = [];
  const recording = { ...llm, stream: (request: Parameters<typeof llm.stream>[0]) => (requests.push(request), llm.stream(request)) };
  const double = await createCheckContext({ sandbox: await memorySandbox().open({ projectId: 'review' }), files: { ...files, ...overrides }, changedFiles, llm: recording });
  const result = await securityCheck({ lint: false, audit: false, review: true }).run(double.context);
  const notices = double.events.flatMap((event) => (event.type === 'notice.posted' ? [event.message] : []));
  return { result, notices, requests, usage: double.usage };
}

const xss = { file: 'src/preview.ts', line: 2, category: 'xss', severity: 'medium', explanation: 'text is appended as a node, not HTML: no problem in fact' };
const leakedKey = { file: 'src/pay.ts', line: 3, category: 'hard-coded-secret', severity: 'critical', explanation: 'the Stripe live key ships with the code: anyone can charge the account' };

describe('securityCheck({ review })', () => {
  it('behavior: the model reads only the changed source files, numbered by line, and its call is counted in usage', async () => {
    const { requests, usage } = await check(review({ findings: [] }), { 'src/pay.ts': 'export const pay = 1;\n' });
    const [request] = requests as Array<{ node: string; messages: Array<{ content: string }>; tools: Array<{ name: string }> }>;
    expect(request!.node).toBe('security-review');
    expect(request!.tools.map((tool) => tool.name)).toEqual(['report_security_findings']);
    expect(request!.messages[1]!.content).toBe(
      'File src/pay.ts:\n1| export const pay = 1;\n2| \n\nFile src/preview.ts:\n1| export function preview(target: HTMLElement, text: string) {\n2|   target.append(text);\n3| }\n4| ',
    );
    expect(usage).toHaveLength(1);
  });

  it('behavior: a finding no rule confirms is advisory: the check passes with a warning naming file:line', async () => {
    const { result, notices } = await check(review({ findings: [xss] }), { 'src/pay.ts': 'export const pay = 1;\n' });
    expect(result).toEqual({ status: 'passed' });
    expect(notices).toEqual([
      'Security check: the model review found 1 possible problem no rule confirmed (advisory, not failing):\nsrc/preview.ts:2 xss (medium): text is appended as a node, not HTML: no problem in fact',
    ]);
  });

  it("behavior: a finding a rule confirms (same file, within the lines) is merged into the rule's failing issue, naming file:line", async () => {
    const { result, notices } = await check(review({ findings: [{ ...leakedKey, line: 2, endLine: 4 }, xss] }));
    expect(result.status).toBe('failed');
    if (result.status !== 'failed') return;
    expect(result.issues).toEqual([
      {
        file: 'src/pay.ts',
        line: 3,
        column: 28,
        message: expect.stringMatching(
          /^Stripe secret key in source \(sk_l… 44 characters\): remove it .*; model review \(hard-coded-secret, critical\): the Stripe live key ships with the code: anyone can charge the account$/,
        ),
      },
    ]);
    expect(result.report.split('\n')[0]).toBe('Security check failed: 1 hard-coded secret, 1 confirmed by the model review');
    expect(result.report).toContain('src/pay.ts:3:28: Stripe secret key in source');
    // The unconfirmed one stays advisory: in the report after the issues, and in the warning.
    expect(result.report).toContain('Advisory, not confirmed by a rule (model review):\nsrc/preview.ts:2 xss (medium)');
    expect(notices).toEqual([expect.stringMatching(/^Security check: the model review found 1 possible problem no rule confirmed/)]);
  });

  it('behavior: a finding on the right file but far from the rule is not confirmed; a rule finding stays failing without the model', async () => {
    const { result } = await check(review({ findings: [{ ...leakedKey, line: 20 }] }));
    expect(result.status).toBe('failed');
    if (result.status !== 'failed') return;
    expect(result.report.split('\n')[0]).toBe('Security check failed: 1 hard-coded secret');
    expect(result.issues[0]!.message).not.toContain('model review');
    expect(result.report).toContain('Advisory, not confirmed by a rule (model review):\nsrc/pay.ts:20 hard-coded-secret (critical)');
  });

  it('error: malformed output (off the schema, prose, another tool) skips the review with the reason, never failing the check', async () => {
    const offSchema = await check(review({ findings: [{ ...xss, severity: 'urgent', line: 0 }] }), { 'src/pay.ts': 'export const pay = 1;\n' });
    expect(offSchema.result).toEqual({ status: 'passed' });
    expect(offSchema.notices).toEqual([
      'Security check: model review skipped, the model\'s findings do not match the schema (findings.0.line: Too small: expected number to be >=1; findings.0.severity: Invalid option: expected one of "low"|"medium"|"high"|"critical"). Only the rules\' findings count.',
    ]);

    const prose = await check({ format: 'buildwright.transcript/v1', turns: [{ node: 'security-review', text: 'Looks fine to me.', toolCalls: [] }] }, { 'src/pay.ts': 'export const pay = 1;\n' });
    expect(prose.result).toEqual({ status: 'passed' });
    expect(prose.notices).toEqual(["Security check: model review skipped, the model answered in prose without calling report_security_findings. Only the rules' findings count."]);

    // With a rule finding, the check fails on the rule alone.
    const otherTool = await check(review({ path: 'src/pay.ts', content: '' }, 'write_file'));
    expect(otherTool.result).toMatchObject({ status: 'failed', report: expect.stringMatching(/^Security check failed: 1 hard-coded secret\n/) });
    expect(otherTool.notices).toEqual(["Security check: model review skipped, the model called write_file instead of report_security_findings once. Only the rules' findings count."]);
  });

  it('behavior: findings naming a file the model was not given are dropped, with a warning', async () => {
    const { result, notices } = await check(review({ findings: [{ ...xss, file: 'src/untouched.ts' }] }), { 'src/pay.ts': 'export const pay = 1;\n' });
    expect(result).toEqual({ status: 'passed' });
    expect(notices).toEqual(['Security check: 1 findings named files the review was not given and were dropped']);
  });

  it('default: without a model in the context the review is skipped with a notice', async () => {
    const double = await createCheckContext({ sandbox: await memorySandbox().open({ projectId: 'no-model' }), files });
    const result = await securityCheck({ lint: false, audit: false, review: true }).run(double.context);
    expect(result.status).toBe('failed');
    expect(double.events).toContainEqual(expect.objectContaining({ type: 'notice.posted', message: expect.stringContaining('model review skipped, this check context has no model') }));
  });
});
