/** A solhint rule setting: a severity, or a severity with the rule's options. */
export type LintRuleSetting = 'off' | 'warn' | 'error' | ['off' | 'warn' | 'error', ...unknown[]];

/**
 * Rules layered over `solhint:recommended`. Security findings that are almost always real bugs
 * block (error); style stays a warning so it never holds up a deploy; rules that only add noise
 * for generated code are off.
 */
export const defaultLintRules: Record<string, LintRuleSetting> = {
  // Security.
  'avoid-tx-origin': 'error',
  'check-send-result': 'error',
  'no-unchecked-calls': 'error',
  reentrancy: 'error',
  'avoid-suicide': 'error',
  'avoid-low-level-calls': 'warn',
  'multiple-sends': 'warn',
  'compiler-version': ['warn', '>=0.8.20'],
  // Reported by Buildwright itself (solhint has no such rule): `^0.8.24` or `>=` instead of an exact version.
  'floating-pragma': 'warn',
  // Style: never blocking. Constructors have had no visibility since Solidity 0.7.
  quotes: ['warn', 'double'],
  'func-visibility': ['warn', { ignoreConstructors: true }],
  // Noise for generated code: NatSpec on every function, and import paths checked against a disk
  // layout that the linted text does not have.
  'use-natspec': 'off',
  'import-path-check': 'off',
};
