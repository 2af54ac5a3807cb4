import { createHash } from 'node:crypto';
import type { Sandbox } from '@buildwright/core';

/** What `npm audit --json` printed, and whether it was killed at its timeout or stopped with its run. */
export interface AuditAnswer {
  stdout: string;
  timedOut: boolean;
  aborted?: boolean;
}

/** How long a report of the advisories is reused by default: 10 minutes. */
export const defaultAuditCacheMs = 600_000;
/** Longest a "the advisories could not be reached" answer is reused: the registry may answer again soon. */
const unreachableMs = 60_000;
/** Most dependency trees remembered (the oldest goes first). */
const maxEntries = 64;

const entries = new Map<string, { expires: number; answer: Promise<AuditAnswer> }>();

/**
 * The installed dependency tree of a project, as `npm audit --package-lock=false` reads it: npm's
 * own record of what it installed (`node_modules/.package-lock.json`: every package with its version
 * and integrity) and the dependency fields of package.json. Commands cannot write node_modules, so
 * a project cannot fake it. Undefined when npm left no record (then the audit runs every time).
 */
export async function auditKey(sandbox: Sandbox): Promise<string | undefined> {
  const [manifest, installed] = await Promise.all([sandbox.readFile('package.json'), sandbox.readFile('node_modules/.package-lock.json')]);
  if (manifest === undefined || installed === undefined) return undefined;
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(manifest) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const fields = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies', 'bundledDependencies', 'overrides'];
  const dependencies = JSON.stringify(fields.map((field) => [field, parsed[field] ?? null]));
  return createHash('sha256').update(dependencies).update('\0').update(installed).digest('hex');
}

/**
 * `npm audit`'s answer for a dependency tree, reused in this process for `ttlMs` (at most a minute
 * when the advisories could not be reached): an unchanged tree is not audited again by the next
 * verification or the next project, and an audit the security check's `prepare` started while the
 * model worked is the one its check reads. Audits of one tree at the same time share one run; an
 * audit killed at its timeout, stopped with its run, or that threw, is never reused. No key or
 * `ttlMs` 0: always audits.
 */
export function cachedAudit(key: string | undefined, ttlMs: number, audit: () => Promise<AuditAnswer>): Promise<AuditAnswer> {
  if (key === undefined || ttlMs <= 0) return audit();
  const now = Date.now();
  for (const [entryKey, entry] of entries) if (now >= entry.expires) entries.delete(entryKey);
  const found = entries.get(key);
  if (found) return found.answer;
  const entry = { expires: now + ttlMs, answer: audit() };
  entries.set(key, entry);
  while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
  const forget = () => {
    if (entries.get(key) === entry) entries.delete(key);
  };
  entry.answer.then((answer) => {
    if (answer.timedOut || answer.aborted) forget();
    else if (!reached(answer.stdout)) entry.expires = Math.min(entry.expires, Date.now() + unreachableMs);
  }, forget);
  return entry.answer;
}

/** Whether npm printed a report of the advisories (not an error about reaching them). */
function reached(stdout: string): boolean {
  try {
    return typeof (JSON.parse(stdout) as { vulnerabilities?: unknown }).vulnerabilities === 'object';
  } catch {
    return false;
  }
}

/** Forgets every remembered answer (tests). */
export function clearAuditCache(): void {
  entries.clear();
}
