import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { BuildwrightEvent } from '@buildwright/core';
import { freshDataDir, startCrashProcess } from './crash-harness.test-support.js';
import type { CrashProcessResult } from './crash-harness.test-support.js';
import type { CrashProcessPlan } from './crash-process.test-support.js';

/** The run every cell of a matrix makes, and where it keeps its data. */
export interface MatrixRun {
  kind: 'web' | 'dapp' | 'api';
  transcript: string;
  prompt: string;
  /** A directory for the runs' data directories and sandboxes. */
  root: string;
  /** The local chain's port in every process of a DApp matrix (e.g. `freePort()` from testing/free-port.ts); they run one at a time. */
  chainPort?: number;
}

/** The uninterrupted run: its events, files, and where a resume can continue from (see crash-process.test-support.ts). */
export interface Reference {
  result: CrashProcessResult;
  boundaries: number[];
}

/** Where one cell kills the run: before or after storing the `occurrence`-th event of `type`. */
export interface MatrixCell {
  when: 'before' | 'after';
  type: string;
  occurrence: number;
}

/**
 * Runs it once without a pause (test use only), from a warm dependency cache: a run that had to
 * `npm install` (the shared cache did not hold the project's node_modules yet) is run again, since
 * every later run restores from the cache and their events would differ by that install.
 */
export async function referenceRun(run: MatrixRun): Promise<Reference> {
  const uninterrupted = async (): Promise<Reference> => {
    const child = startCrashProcess(plan(run, 'run', await freshDataDir(run.root)));
    return { result: await child.printed<CrashProcessResult>('RESULT'), boundaries: await child.printed<number[]>('BOUNDARIES') };
  };
  const first = await uninterrupted();
  return installedWithNpm(first.result.events) ? uninterrupted() : first;
}

function installedWithNpm(events: BuildwrightEvent[]): boolean {
  return events.some((event) => event.type === 'command.started' && event.command.startsWith('npm install'));
}

/**
 * The cells for every event type the uninterrupted run stored (read from it, so the list follows
 * the engine): before and after the first event of each type, and before and after the last event
 * of a type that also ends a node elsewhere in the run.
 */
export function matrixCells(reference: Reference): MatrixCell[] {
  const cells: MatrixCell[] = [];
  const seen = new Set<string>();
  for (const event of reference.result.events) {
    if (seen.has(event.type)) continue;
    seen.add(event.type);
    cells.push({ when: 'before', type: event.type, occurrence: 1 }, { when: 'after', type: event.type, occurrence: 1 });
  }
  return cells;
}

/**
 * SIGKILLs the run at `cell` in one process, resumes it in another, and returns every broken
 * promise (empty when the cell holds): events gap-free 1..N; every event stored before the kill
 * kept as it was; after them the resume's `run.started` and its preamble, then exactly the events
 * of the uninterrupted run from the start of the interrupted node on (so nothing lost, and no
 * finished node's events twice; `version.created` is not repeated once stored); one
 * `version.created`, one version, ending `run.completed`; the same files as the uninterrupted run.
 */
export async function crashCell(run: MatrixRun, reference: Reference, cell: MatrixCell): Promise<string[]> {
  const first = startCrashProcess({ ...plan(run, 'run', await freshDataDir(run.root)), pause: cell });
  const [, runId] = await first.waitFor(/PAUSED (\S+)/);
  first.child.kill('SIGKILL');
  await first.exited;
  const second = startCrashProcess({ ...plan(run, 'resume', first.plan.dataDir), sandboxRoot: first.plan.sandboxRoot, runId: runId! });
  if (cell.when === 'after' && cell.type === 'run.completed') {
    // Nothing is left to resume: the run says so, and its log is the uninterrupted run's.
    const refused = (await second.exited) !== 0 && /already completed/.test(second.output().stderr);
    const kept = JSON.parse(/^KEPT (.*)$/m.exec(second.output().stdout)?.[1] ?? '[]') as BuildwrightEvent[];
    const same = isDeepStrictEqual(comparable(kept), comparable(reference.result.events));
    return [...(refused ? [] : ['a completed run was resumed']), ...(same ? [] : [`events differ from the uninterrupted run's:\n${eventDiff(comparable(reference.result.events), comparable(kept))}`])];
  }
  let kept: BuildwrightEvent[];
  let resumed: CrashProcessResult;
  try {
    kept = await second.printed<BuildwrightEvent[]>('KEPT');
    resumed = await second.printed<CrashProcessResult>('RESULT');
  } catch (error) {
    return [`the resume failed: ${(error as Error).message}`];
  }
  return brokenPromises(reference, cell, kept, resumed);
}

export function brokenPromises(reference: Reference, cell: MatrixCell, kept: BuildwrightEvent[], resumed: CrashProcessResult): string[] {
  const problems: string[] = [];
  const { events } = resumed;
  const ref = reference.result.events;
  if (!events.every((event, index) => event.seq === index + 1)) problems.push(`seq is not 1..${events.length}: ${events.map((event) => event.seq).join(',')}`);
  const stored = kept.filter((event) => event.type === cell.type).length;
  const expectedStored = cell.when === 'after' ? cell.occurrence : cell.occurrence - 1;
  if (stored !== expectedStored) problems.push(`the kill was not where asked: ${stored} ${cell.type} stored before it, expected ${expectedStored}`);
  if (!isDeepStrictEqual(events.slice(0, kept.length), kept)) problems.push('events stored before the kill were changed or lost');

  // Resumed from the last boundary before the kill; the preamble is what a run emits before its graph's first node.
  const k = kept.length;
  // A boundary at k was reached when the kill came before event k + 1 was stored, not when it came right after event k.
  const from = Math.max(...reference.boundaries.filter((boundary) => (cell.when === 'before' ? boundary <= k : boundary < k)), 0);
  // `template.selected` is part of a run's start but not of a resume's: the template was chosen once.
  const preambleEnd = ref.findIndex((event) => event.type !== 'run.started' && event.type !== 'notice.posted' && event.type !== 'template.selected');
  // The version is stored once per run: a finalize that runs again does not announce it again.
  const announced = kept.some((event) => event.type === 'version.created');
  const rerun = ref.slice(Math.max(from, preambleEnd)).filter((event) => !(announced && event.type === 'version.created'));
  const expected = [
    ...ref.slice(0, k),
    ...ref
      .slice(0, preambleEnd)
      .filter((event) => event.type !== 'template.selected')
      .map((event) => (event.type === 'run.started' ? { ...event, mode: 'resume' } : event)),
    ...rerun,
  ];
  const got = comparable(events);
  const want = comparable(expected);
  if (!isDeepStrictEqual(got, want)) problems.push(`events differ from the uninterrupted run's (kept ${k}, resumed from ${from}):\n${eventDiff(want, got)}`);

  const created = events.filter((event) => event.type === 'version.created').length;
  if (created !== 1) problems.push(`${created} version.created events`);
  if (events.at(-1)?.type !== 'run.completed') problems.push(`the last event is ${events.at(-1)?.type}, not run.completed`);
  if (resumed.versions.length !== 1 || resumed.versions[0]!.runId !== resumed.runId) problems.push(`versions: ${JSON.stringify(resumed.versions)}`);
  if (resumed.status !== 'completed') problems.push(`run status ${resumed.status}`);
  if (!isDeepStrictEqual(resumed.files, reference.result.files)) problems.push(`files differ: ${fileDiff(reference.result.files, resumed.files)}`);
  if (!isDeepStrictEqual(resumed.storedFiles, reference.result.files)) problems.push(`the stored version's files differ: ${fileDiff(reference.result.files, resumed.storedFiles ?? {})}`);
  return problems;
}

/**
 * The events as compared across runs. `command.output` is left out: whether a tool prints
 * anything (and in how many chunks) differs between two runs of the same project.
 */
function comparable(events: Array<BuildwrightEvent | Record<string, unknown>>): string[] {
  return events.filter((event) => event.type !== 'command.output').map(signature);
}

/** What identifies an event across runs: its type and what it is about, not ids, times, text or output. */
function signature(event: BuildwrightEvent | Record<string, unknown>): string {
  const fields = event as Record<string, unknown>;
  const about = ['mode', 'check', 'path', 'stepId', 'node', 'name', 'number', 'versionNumber']
    .filter((name) => fields[name] !== undefined && typeof fields[name] !== 'object')
    .map((name) => `${name}=${String(fields[name])}`);
  return [String(fields.type), ...about].join(' ');
}

function eventDiff(want: string[], got: string[]): string {
  let index = 0;
  while (index < want.length && want[index] === got[index]) index += 1;
  return `first difference at event ${index + 1}: expected ${JSON.stringify(want.slice(index, index + 4))}, got ${JSON.stringify(got.slice(index, index + 4))} (expected ${want.length} events, got ${got.length})`;
}

function fileDiff(want: Record<string, string>, got: Record<string, string>): string {
  const paths = [...new Set([...Object.keys(want), ...Object.keys(got)])].filter((path) => want[path] !== got[path]);
  return paths.slice(0, 10).join(', ');
}

function plan(run: MatrixRun, mode: 'run' | 'resume', dataDir: string): CrashProcessPlan {
  return {
    mode,
    kind: run.kind,
    transcript: run.transcript,
    prompt: run.prompt,
    dataDir,
    sandboxRoot: mkdtempSync(join(run.root, 'sandboxes-')),
    ...(run.chainPort === undefined ? {} : { chainPort: run.chainPort }),
  };
}
