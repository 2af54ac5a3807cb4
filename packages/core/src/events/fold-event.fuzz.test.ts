import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRunView, foldEvent, initialSnapshot, type BuilderSnapshot } from '@buildwright/client';
import { parseEvent, type BuildwrightEvent, type EventInput } from './events.js';
import { fuzzParameters } from '../testing/fuzz-test-support.js';

// Event bodies of every kind the fold reads (and a few it ignores), from small pools so that
// paths, checks, steps and nodes repeat.
const word = fc.constantFrom('a', 'b', 'Hello ', 'world.\n', '', 'é');
const node = fc.constantFrom('plan', 'build', 'fix');
const path = fc.constantFrom('a.html', 'src/App.tsx', 'b.css');
const check = fc.constantFrom('install', 'build-app', 'browser');
const stepId = fc.constantFrom('one', 'two', 'three');
const count = fc.nat({ max: 1_000 });
const eventBody: fc.Arbitrary<EventInput> = fc.oneof(
  fc.record({ type: fc.constant('run.started'), mode: fc.constantFrom('generate', 'edit', 'resume'), prompt: word, kind: fc.constantFrom('web', 'dapp', 'api') }),
  fc.record({
    type: fc.constant('plan.created'),
    plan: fc.record({ title: word, summary: word, steps: fc.uniqueArray(fc.record({ id: stepId, title: word, files: fc.array(path, { maxLength: 2 }) }), { selector: (step) => step.id }) }),
  }),
  fc.record({ type: fc.constant('step.started'), stepId, title: word }),
  fc.record({ type: fc.constant('step.completed'), stepId }),
  { arbitrary: fc.record({ type: fc.constant('llm.delta'), node, text: word }), weight: 4 },
  fc.record({ type: fc.constant('file.written'), path, bytes: count }),
  fc.record({ type: fc.constant('file.edited'), path, edits: count }),
  fc.record({ type: fc.constant('file.edit_failed'), path, reason: word }),
  fc.record({ type: fc.constant('file.deleted'), path }),
  fc.record({ type: fc.constant('check.started'), check }),
  fc.record({ type: fc.constant('check.passed'), check, durationMs: count }),
  fc.record({ type: fc.constant('check.failed'), check, report: word, issues: fc.constant([]), durationMs: count }),
  fc.record({ type: fc.constant('check.skipped'), check, reason: word }),
  fc.record({ type: fc.constant('fix.started'), attempt: count, check, report: word }),
  fc.record({
    type: fc.constant('usage'),
    node,
    model: word,
    inputTokens: count,
    outputTokens: count,
    cachedInputTokens: count,
    costUsd: fc.double({ min: 0, max: 1, noNaN: true }),
    estimated: fc.boolean(),
  }),
  fc.record({ type: fc.constant('notice.posted'), level: fc.constantFrom('info', 'warn'), message: word }),
  fc.record({ type: fc.constant('preview.ready'), url: fc.constantFrom('http://localhost:5173/', 'http://127.0.0.1:4000/'), screenshotPath: fc.constant(null) }),
  fc.record({
    type: fc.constant('api.contract_checked'),
    specPath: fc.constant('openapi.yaml'),
    seed: count,
    passed: fc.boolean(),
    operations: fc.array(
      fc.record({
        operationId: word,
        method: fc.constantFrom('GET', 'POST'),
        path: fc.constantFrom('/todos', '/todos/{id}'),
        valid: count,
        invalid: count,
        failure: fc.option(fc.record({ request: word, expected: word, actual: word }), { nil: null }),
      }),
      { maxLength: 3 },
    ),
  }),
  fc.record({ type: fc.constant('contract.deployed'), name: word, address: fc.constantFrom('0x1', '0x2'), chainId: count, network: word, txHash: word, explorerUrl: fc.constant(null) }),
  fc.record({ type: fc.constant('version.created'), number: count, message: word, fileCount: count }),
  fc.record({ type: fc.constant('run.completed'), versionNumber: count, summary: word }),
  fc.record({ type: fc.constant('run.failed'), code: fc.constantFrom('CHECK_FAILED', 'LLM_BAD_OUTPUT'), message: word, check: fc.option(check, { nil: null }) }),
  fc.record({ type: fc.constant('run.cancelled'), reason: word }),
  fc.record({ type: fc.constant('dependency.added'), name: fc.constant('zod'), version: fc.constant('^4.0.0'), dev: fc.boolean() }),
  fc.record({ type: fc.constant('command.output'), commandId: fc.constant('c1'), stream: fc.constantFrom('stdout', 'stderr'), text: word }),
) as fc.Arbitrary<EventInput>;

/** The events of run r1 as the server numbers them: seq 1, 2, 3... */
const runEvents = fc
  .array(eventBody, { maxLength: 40 })
  .map((bodies) => bodies.map((body, index) => parseEvent({ ...body, runId: 'r1', projectId: 'p1', seq: index + 1, at: '2026-01-01T00:00:00.000Z' })));

const start = (): BuilderSnapshot => ({ ...initialSnapshot, run: createRunView({ id: 'r1', projectId: 'p1', mode: 'generate', prompt: 'a page', kind: 'web' }) });
const fold = (events: readonly BuildwrightEvent[], from: BuilderSnapshot = start()) => events.reduce(foldEvent, from);
const last = <T extends BuildwrightEvent['type']>(events: readonly BuildwrightEvent[], ...types: T[]) =>
  events.findLast((event) => (types as string[]).includes(event.type)) as Extract<BuildwrightEvent, { type: T }> | undefined;

describe('foldEvent (properties)', () => {
  it('property: folding is deterministic and leaves the snapshot it started from untouched', () => {
    fc.assert(
      fc.property(runEvents, (events) => {
        const from = start();
        const copy = structuredClone(from);
        expect(fold(events, from)).toEqual(fold(events));
        expect(from).toEqual(copy);
      }),
      fuzzParameters(),
    );
  });

  it('property: a stream that reconnects and replays from any earlier seq ends in the same state', () => {
    fc.assert(
      fc.property(
        runEvents.chain((events) => fc.tuple(fc.constant(events), fc.nat(events.length), fc.nat(events.length))),
        ([events, a, b]) => {
          const [resumeAt, cutAt] = a <= b ? [a, b] : [b, a];
          const seen = fold(events.slice(0, cutAt));
          expect(fold(events.slice(resumeAt), seen)).toEqual(fold(events));
        },
      ),
      fuzzParameters(),
    );
  });

  it('property: an event already folded, or of another run, returns the very same snapshot', () => {
    fc.assert(
      fc.property(
        runEvents.filter((events) => events.length > 0).chain((events) => fc.tuple(fc.constant(events), fc.nat(events.length - 1))),
        ([events, index]) => {
          const snapshot = fold(events);
          expect(foldEvent(snapshot, events[index]!)).toBe(snapshot);
          expect(foldEvent(snapshot, { ...events[index]!, runId: 'r2', seq: events.length + 1 })).toBe(snapshot);
        },
      ),
      fuzzParameters(),
    );
  });

  it('property: the state says what the events said — status, seq, streamed text, files, checks, usage, messages', () => {
    fc.assert(
      fc.property(runEvents, (events) => {
        const { run, messages, files } = fold(events);
        const terminal = last(events, 'run.completed', 'run.failed', 'run.cancelled');
        const status = terminal ? ({ 'run.completed': 'completed', 'run.failed': 'failed', 'run.cancelled': 'cancelled' } as const)[terminal.type] : events.length ? 'running' : 'starting';
        expect(run!.status).toBe(status);
        expect(run!.lastSeq).toBe(events.length);

        // Nothing streamed is lost: the assistant's text messages hold every delta, in order.
        const deltas = events.flatMap((event) => (event.type === 'llm.delta' ? [event.text] : []));
        expect(
          messages
            .filter((message) => message.kind === 'text')
            .map((message) => message.content)
            .join(''),
        ).toBe(deltas.join(''));
        expect(new Set(messages.map((message) => message.id)).size).toBe(messages.length);
        const streaming = messages.filter((message) => message.streaming);
        expect(streaming.length).toBeLessThanOrEqual(1);
        if (streaming.length) expect([messages.at(-1), events.at(-1)?.type]).toEqual([streaming[0], 'llm.delta']);
        expect(messages.filter((message) => message.kind === 'prompt')).toHaveLength(events.some((event) => event.type === 'run.started') ? 1 : 0);

        for (const file of ['a.html', 'src/App.tsx', 'b.css']) {
          const change = last(
            events.filter((event) => 'path' in event && event.path === file),
            'file.written',
            'file.edited',
            'file.deleted',
          );
          expect(Object.hasOwn(files.contents, file), file).toBe(change !== undefined && change.type !== 'file.deleted');
        }
        expect(Object.keys(files.contents)).toEqual(Object.keys(files.contents).sort());

        const checks = new Map<string, string>();
        for (const event of events) if (event.type.startsWith('check.')) checks.set((event as { check: string }).check, event.type.slice('check.'.length).replace('started', 'running'));
        expect(new Map(run!.checks.map((view) => [view.name, view.status]))).toEqual(checks);
        expect(run!.checks).toHaveLength(checks.size);

        const usage = events.flatMap((event) => (event.type === 'usage' ? [event] : []));
        expect(run!.usage.calls).toBe(usage.length);
        expect(run!.usage.inputTokens).toBe(usage.reduce((sum, event) => sum + event.inputTokens, 0));
        expect(run!.usage.costUsd).toBeCloseTo(
          usage.reduce((sum, event) => sum + event.costUsd, 0),
          9,
        );
        expect(run!.fixAttempts).toHaveLength(events.filter((event) => event.type === 'fix.started').length);
      }),
      fuzzParameters(),
    );
  });
});
