import { describe, expect, it } from 'vitest';
import { a11yIssue, a11yOptions, failsAt } from './page-accessibility.js';
import type { A11yViolation } from './page-accessibility.js';

const violation = (impact: A11yViolation['impact'], count = 1): A11yViolation => ({ route: '/game', rule: 'image-alt', impact, help: 'Images must have alternative text', target: 'img.hero', count });

describe('accessibility options and issues', () => {
  it('default: critical violations fail, milder ones do not', () => {
    const { level, explicit } = a11yOptions(undefined);
    expect({ level, explicit }).toEqual({ level: 'critical', explicit: false });
    expect(['minor', 'moderate', 'serious', 'critical'].map((impact) => failsAt(violation(impact as A11yViolation['impact']), level))).toEqual([false, false, false, true]);
  });

  it("args: 'serious', 'warn', 'off' and false", () => {
    expect(failsAt(violation('serious'), a11yOptions({ level: 'serious' }).level)).toBe(true);
    expect(failsAt(violation('moderate'), a11yOptions({ level: 'serious' }).level)).toBe(false);
    expect(failsAt(violation('critical'), a11yOptions({ level: 'warn' }).level)).toBe(false);
    expect(a11yOptions(false)).toEqual({ level: 'off', disableRules: [], explicit: true });
    expect(a11yOptions({ disableRules: ['color-contrast'] })).toEqual({ level: 'critical', disableRules: ['color-contrast'], explicit: true });
  });

  it('error: an unknown level or bad disableRules is INVALID_INPUT', () => {
    expect(() => a11yOptions({ level: 'strict' })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringContaining("'serious'") }));
    expect(() => a11yOptions('serious')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => a11yOptions({ disableRules: 'color-contrast' })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringContaining('disableRules') }));
  });

  it('default: an issue names the route, the rule, its impact and the first element', () => {
    expect(a11yIssue(violation('critical', 3)).message).toBe('/game: accessibility image-alt (critical) at img.hero (+2 more elements): Images must have alternative text');
  });
});
