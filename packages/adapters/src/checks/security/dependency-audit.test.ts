import { describe, expect, it } from 'vitest';
import { auditOutcome } from './dependency-audit.js';

const report = {
  auditReportVersion: 2,
  vulnerabilities: {
    lodash: {
      name: 'lodash',
      severity: 'high',
      range: '<=4.17.20',
      via: [{ title: 'Prototype Pollution in lodash', url: 'https://github.com/advisories/GHSA-p6mc-m468-83gw', severity: 'high' }],
      fixAvailable: { name: 'lodash', version: '4.17.21', isSemVerMajor: false },
    },
    'some-wrapper': { name: 'some-wrapper', severity: 'critical', range: '*', via: ['lodash'], fixAvailable: false },
    minimist: { name: 'minimist', severity: 'moderate', range: '<1.2.6', via: [{ title: 'Prototype Pollution in minimist' }], fixAvailable: true },
  },
  metadata: {},
};

describe('auditOutcome', () => {
  it('behavior: one issue per package at or above the level, with the advisory and what to do', () => {
    expect(auditOutcome(JSON.stringify(report), 'high')).toEqual({
      issues: [
        { file: 'package.json', message: 'lodash <=4.17.20: high vulnerability, Prototype Pollution in lodash (https://github.com/advisories/GHSA-p6mc-m468-83gw): use lodash@4.17.21' },
        { file: 'package.json', message: 'some-wrapper *: critical vulnerability, through lodash: no fixed version yet: replace the package or drop it' },
      ],
    });
    expect(auditOutcome(JSON.stringify(report), 'moderate')).toMatchObject({ issues: { length: 3 } });
    expect(auditOutcome(JSON.stringify(report), 'critical')).toMatchObject({ issues: { length: 1 } });
  });

  it('default: no vulnerabilities is no issue', () => {
    expect(auditOutcome(JSON.stringify({ auditReportVersion: 2, vulnerabilities: {}, metadata: {} }), 'low')).toEqual({ issues: [] });
  });

  it('error: an unreachable advisory endpoint is unavailable, never a pass', () => {
    const refused = { message: '405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk', statusCode: 405 };
    expect(auditOutcome(JSON.stringify(refused), 'high')).toEqual({
      unavailable: "the registry's advisories could not be reached: 405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk",
    });
    expect(auditOutcome(JSON.stringify({ error: { code: 'ENOTFOUND', summary: 'request to https://registry.npmjs.org failed' } }), 'high')).toMatchObject({
      unavailable: expect.stringContaining('request to https://registry.npmjs.org failed'),
    });
    expect(auditOutcome('', 'high')).toMatchObject({ unavailable: expect.stringContaining('could not be reached') });
  });
});
