import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCheckContext, memorySandbox } from '@buildwright/core/testing';
import type { MemorySandboxReply } from '@buildwright/core/doubles';
import { dependencyKey, dependencySet } from '../dependency-cache.js';
import { securityCheck } from '../security-check.js';
import { clearAuditCache } from './audit-cache.js';

const report = {
  auditReportVersion: 2,
  vulnerabilities: {
    lodash: { name: 'lodash', severity: 'high', range: '<=4.17.20', via: [{ title: 'Prototype Pollution in lodash' }], fixAvailable: true },
  },
  metadata: {},
};
const refused = { message: '405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk' };
const manifest = JSON.stringify({ name: 'app', dependencies: { lodash: '^4.17.0' } });
const installedTree = (version: string) => JSON.stringify({ lockfileVersion: 3, packages: { 'node_modules/lodash': { version } } });

/** Projects in memory sandboxes whose `npm audit` answers `answer` and is counted. */
function audited(answer: (signal: AbortSignal) => MemorySandboxReply | Promise<MemorySandboxReply>) {
  const audits: string[] = [];
  const adapter = memorySandbox({
    handler: ({ command, signal }) => {
      if (!command.startsWith('npm audit')) return {};
      audits.push(command);
      return answer(signal);
    },
  });
  let count = 0;
  const open = async (files: Record<string, string> = {}) => {
    count += 1;
    const sandbox = await adapter.open({ projectId: `audit-${count}` });
    const { context, events } = await createCheckContext({
      sandbox,
      files: {
        'package.json': manifest,
        'node_modules/.buildwright-deps': `${dependencyKey(dependencySet(JSON.parse(manifest)))}\n`,
        'node_modules/.package-lock.json': installedTree('4.17.20'),
        ...files,
      },
    });
    return { context, events };
  };
  return { audits, open };
}

const auditOnly = (options: Parameters<typeof securityCheck>[0] = {}) => securityCheck({ secrets: false, lint: false, ...options });

describe('npm audit answers reused per installed tree', () => {
  beforeEach(() => clearAuditCache());
  afterEach(() => vi.useRealTimers());

  it('behavior: a second verification, and a new project of the same tree, reuse the answer and report the same issues; a changed tree is audited again', async () => {
    const { audits, open } = audited(() => ({ stdout: JSON.stringify(report), exitCode: 1 }));
    const first = await open();
    const firstResult = await auditOnly().run(first.context);
    expect(firstResult).toMatchObject({ status: 'failed', issues: [{ file: 'package.json', message: expect.stringContaining('lodash <=4.17.20: high vulnerability') }] });
    expect(await auditOnly().run(first.context)).toEqual(firstResult);
    const second = await open();
    expect(await auditOnly().run(second.context)).toEqual(firstResult);
    expect(audits).toHaveLength(1);
    // The level only filters the same answer.
    expect(await auditOnly({ auditLevel: 'critical' }).run(second.context)).toEqual({ status: 'passed' });
    expect(audits).toHaveLength(1);

    const upgraded = await open({ 'node_modules/.package-lock.json': installedTree('4.17.21') });
    await auditOnly().run(upgraded.context);
    const moreDependencies = await open({ 'package.json': JSON.stringify({ name: 'app', dependencies: { lodash: '^4.17.0', zod: '^3.0.0' } }) });
    await auditOnly().run(moreDependencies.context);
    expect(audits).toHaveLength(3);
  });

  it('behavior: answers expire after auditCacheMs (10 minutes by default); 0 audits every time; no npm record of the tree audits every time', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { audits, open } = audited(() => ({ stdout: JSON.stringify(report), exitCode: 1 }));
    const { context } = await open();
    await auditOnly().run(context);
    vi.setSystemTime(Date.now() + 599_000);
    await auditOnly().run(context);
    expect(audits).toHaveLength(1);
    vi.setSystemTime(Date.now() + 2_000);
    await auditOnly().run(context);
    expect(audits).toHaveLength(2);

    await auditOnly({ auditCacheMs: 0 }).run(context);
    await auditOnly({ auditCacheMs: 0 }).run(context);
    expect(audits).toHaveLength(4);

    const unrecorded = await open();
    await unrecorded.context.sandbox.removeFile('node_modules/.package-lock.json');
    await auditOnly().run(unrecorded.context);
    await auditOnly().run(unrecorded.context);
    expect(audits).toHaveLength(6);
  });

  it('behavior: "advisories unreachable" is reused for a minute with the same notice each time; a timed-out audit is never reused', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { audits, open } = audited(() => ({ stdout: JSON.stringify(refused), exitCode: 1 }));
    const { context, events } = await open();
    expect(await auditOnly().run(context)).toMatchObject({ status: 'skipped' });
    vi.setSystemTime(Date.now() + 59_000);
    expect(await auditOnly().run(context)).toMatchObject({ status: 'skipped' });
    expect(audits).toHaveLength(1);
    const notices = events.flatMap((event) => (event.type === 'notice.posted' ? [event.message] : []));
    expect(notices).toEqual([notices[0], notices[0]]);
    expect(notices[0]).toMatch(/^Security check: npm audit skipped, the registry's advisories could not be reached: 405/);
    vi.setSystemTime(Date.now() + 2_000);
    await auditOnly().run(context);
    expect(audits).toHaveLength(2);

    // Never answers: killed at its timeout.
    clearAuditCache();
    const slow = audited((signal) => new Promise((resolve) => signal.addEventListener('abort', () => resolve({ exitCode: null }), { once: true })));
    const project = await slow.open();
    expect(await auditOnly({ timeoutMs: 50 }).run(project.context)).toMatchObject({ status: 'skipped' });
    await auditOnly({ timeoutMs: 50 }).run(project.context);
    expect(slow.audits).toHaveLength(2);
  });

  it('behavior: audits of one tree at the same time share one npm audit', async () => {
    const { audits, open } = audited(() => ({ stdout: JSON.stringify(report), exitCode: 1 }));
    const [one, two] = await Promise.all([open(), open()]);
    const results = await Promise.all([auditOnly().run(one.context), auditOnly().run(two.context)]);
    expect(results[0]).toEqual(results[1]);
    expect(audits).toHaveLength(1);
  });

  it('behavior: the audit prepare starts before the build is what the check reads when the tree is unchanged; a changed package.json is audited anew', async () => {
    const { audits, open } = audited(() => ({ stdout: JSON.stringify(report), exitCode: 1 }));
    const { context } = await open();
    const check = auditOnly();
    await check.prepare!(context);
    expect(audits).toHaveLength(1);
    expect(await check.run(context)).toMatchObject({ status: 'failed', issues: [{ message: expect.stringContaining('lodash <=4.17.20') }] });
    expect(audits).toHaveLength(1);

    const changed = await open();
    await check.prepare!(changed.context);
    expect(audits).toHaveLength(1);
    // The model added a dependency after the prepare: the prepared answer is for another tree.
    await changed.context.sandbox.writeFile('package.json', JSON.stringify({ name: 'app', dependencies: { lodash: '^4.17.0', zod: '^3.0.0' } }));
    await check.run(changed.context);
    expect(audits).toHaveLength(2);
  });

  it('behavior: a prepared audit stopped with its run is not reused (the check audits again); auditCacheMs 0 prepares nothing', async () => {
    const { audits, open } = audited((signal) => (signal.aborted ? { exitCode: null } : new Promise((resolve) => signal.addEventListener('abort', () => resolve({ exitCode: null }), { once: true }))));
    const { context } = await open();
    const ended = new AbortController();
    // As the run's background context: commands stop when the run ends.
    const preparing = auditOnly().prepare!({ ...context, run: (command, options = {}) => context.sandbox.run({ command, signal: ended.signal, ...options }) });
    await vi.waitFor(() => expect(audits).toHaveLength(1));
    ended.abort();
    await preparing;
    expect(await auditOnly({ timeoutMs: 50 }).run(context)).toMatchObject({ status: 'skipped' });
    expect(audits).toHaveLength(2);

    clearAuditCache();
    const once = audited(() => ({ stdout: JSON.stringify(report), exitCode: 1 }));
    const project = await once.open();
    const uncached = auditOnly({ auditCacheMs: 0 });
    expect(uncached.prepare).toBeUndefined();
    await uncached.run(project.context);
    expect(once.audits).toHaveLength(1);
  });

  it("behavior: the run's check reads its prepared answer even after the cache let it go (advisories unreachable, over a minute); the run's end discards it", async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { audits, open } = audited(() => ({ stdout: JSON.stringify(refused), exitCode: 1 }));
    const { context } = await open();
    const check = auditOnly();
    await check.prepare!(context);
    vi.setSystemTime(Date.now() + 90_000);
    expect(await check.run(context)).toMatchObject({ status: 'skipped' });
    expect(audits).toHaveLength(1);

    const next = await open();
    await check.prepare!(next.context);
    expect(audits).toHaveLength(2);
    vi.setSystemTime(Date.now() + 90_000);
    await check.afterRun!({ runId: 'check-run', projectId: next.context.projectId, kind: 'web', sandbox: next.context.sandbox });
    await check.run(next.context);
    expect(audits).toHaveLength(3);
  });
});
