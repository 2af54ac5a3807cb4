import { describe, expect, it } from 'vitest';
import { flowInstructions, flowLimits, parseFlowFile } from './e2e-flow.js';

const file = (tests: unknown) => JSON.stringify({ format: 'buildwright.e2e/v1', tests });
const test = (steps: unknown[], name = 'a test') => ({ name, steps });

describe('parseFlowFile', () => {
  it('default: a file of tests with actions and expectations parses to its data', () => {
    const parsed = parseFlowFile(
      file([
        test([
          { goto: '/todos' },
          { fill: { label: 'New todo' }, value: 'Buy milk' },
          { press: 'Enter', on: { placeholder: 'What needs doing?' } },
          { click: { role: 'button', name: 'Delete Buy milk', exact: true } },
          { expect: { text: 'Buy milk' }, count: 0 },
          { expect: { testId: 'list', nth: 0 }, visible: true, hasText: 'Walk' },
          { check: { role: 'checkbox', name: 'Done' } },
          { expectUrl: '/#/done' },
        ]),
      ]),
    );
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.file.tests[0]!.steps).toHaveLength(8);
  });

  it('error: text that is not JSON says so', () => {
    expect(parseFlowFile('{ tests: [')).toEqual({ ok: false, problems: [expect.stringMatching(/^not valid JSON: /)] });
  });

  it('error: each problem names its JSON path (unknown step keys, CSS selectors, missing fields)', () => {
    const parsed = parseFlowFile(file([test([{ click: { css: '#delete' } }, { evaluate: 'fetch("http://evil")' }]), { name: 'no steps', steps: [] }]));
    expect(parsed.ok).toBe(false);
    const problems = parsed.ok ? [] : parsed.problems;
    expect(problems.some((problem) => problem.startsWith('tests[0].steps[0]'))).toBe(true);
    expect(problems.some((problem) => problem.startsWith('tests[0].steps[1]'))).toBe(true);
    expect(problems.some((problem) => problem.startsWith('tests[1].steps'))).toBe(true);
  });

  it('error: goto and expectUrl take a path of the app only, never another origin or scheme', () => {
    for (const goto of ['http://127.0.0.1:5432/', '//evil.example.com/x', 'javascript:alert(1)', 'file:///etc/passwd', '/\\evil.example.com']) {
      const parsed = parseFlowFile(file([test([{ goto }])]));
      expect(parsed, goto).toEqual({ ok: false, problems: [expect.stringContaining('must be a path of the app starting with "/"')] });
    }
  });

  it('error: bounds on tests, steps and names (unique)', () => {
    const many = Array.from({ length: flowLimits.maxTests + 1 }, (_, index) => test([{ goto: '/' }], `t${index}`));
    expect(parseFlowFile(file(many)).ok).toBe(false);
    expect(parseFlowFile(file([test(Array.from({ length: flowLimits.maxSteps + 1 }, () => ({ goto: '/' })))])).ok).toBe(false);
    expect(parseFlowFile(file([test([{ goto: '/' }], 'same'), test([{ goto: '/' }], 'same')]))).toEqual({ ok: false, problems: ['tests: test names must be unique'] });
    expect(parseFlowFile(JSON.stringify({ format: 'other', tests: [test([{ goto: '/' }])] }))).toEqual({ ok: false, problems: [expect.stringMatching(/^format: /)] });
  });

  it('default: the instructions name the path and show every step kind', () => {
    const text = flowInstructions('tests/e2e/app.flow.json');
    for (const word of ['tests/e2e/app.flow.json', 'buildwright.e2e/v1', '"goto"', '"click"', '"fill"', '"press"', '"expect"', '"expectUrl"', '"testId"']) expect(text).toContain(word);
  });
});
