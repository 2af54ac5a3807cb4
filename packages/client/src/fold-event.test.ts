import { describe, expect, it } from 'vitest';
import type { BuildwrightEvent } from './event-types.js';
import { initialSnapshot, type BuilderSnapshot } from './client-state.js';
import { createRunView, foldEvent } from './fold-event.js';

const base = { runId: 'r1', projectId: 'p1', at: '2026-01-01T00:00:00.000Z' };
const events: BuildwrightEvent[] = [
  { ...base, seq: 1, type: 'run.started', mode: 'generate', prompt: 'a page', kind: 'web' },
  { ...base, seq: 2, type: 'plan.created', plan: { title: 'Page', summary: 's', steps: [{ id: 'one', title: 'One', files: ['a.html'] }] } },
  { ...base, seq: 3, type: 'step.started', stepId: 'one', title: 'One' },
  { ...base, seq: 4, type: 'llm.delta', node: 'build', text: 'Writing ' },
  { ...base, seq: 5, type: 'llm.delta', node: 'build', text: 'the page.' },
  { ...base, seq: 6, type: 'file.written', path: 'a.html', bytes: 10 },
  { ...base, seq: 7, type: 'check.started', check: 'browser' },
  { ...base, seq: 8, type: 'check.failed', check: 'browser', report: 'blank page', issues: [], durationMs: 5 },
  { ...base, seq: 9, type: 'fix.started', attempt: 1, check: 'browser', report: 'blank page' },
  { ...base, seq: 10, type: 'check.started', check: 'browser' },
  { ...base, seq: 11, type: 'check.passed', check: 'browser', durationMs: 4 },
  { ...base, seq: 12, type: 'preview.ready', url: 'http://localhost:5173/', screenshotPath: null },
  { ...base, seq: 13, type: 'usage', node: 'build', model: 'm', inputTokens: 100, outputTokens: 20, cachedInputTokens: 0, costUsd: 0.01, estimated: false },
  { ...base, seq: 14, type: 'step.completed', stepId: 'one' },
  { ...base, seq: 15, type: 'version.created', number: 1, message: 'a page', fileCount: 1 },
  { ...base, seq: 16, type: 'run.completed', versionNumber: 1, summary: 'Done.' },
];
const start = (): BuilderSnapshot => ({ ...initialSnapshot, run: createRunView({ id: 'r1', projectId: 'p1', mode: 'generate', prompt: 'a page', kind: 'web' }) });

describe('foldEvent', () => {
  it('default: a run folds into messages, plan, checks, fixes, preview, usage and status', () => {
    const final = events.reduce(foldEvent, start());
    expect(final.messages.map((message) => [message.kind, message.content, message.streaming])).toEqual([
      ['prompt', 'a page', false],
      ['activity', '', false],
      ['text', 'Writing the page.', false],
      ['summary', 'Done.', false],
    ]);
    expect(final.messages.map((message) => message.parts.map((part) => part.type))).toEqual([['text'], ['plan', 'check', 'fix', 'file'], ['text'], ['summary']]);
    expect(final.messages[1]!.parts).toEqual([
      { type: 'plan', plan: final.run!.plan },
      { type: 'check', check: { name: 'browser', status: 'passed', report: null, durationMs: 4 } },
      { type: 'fix', fix: { attempt: 1, check: 'browser', report: 'blank page' } },
      { type: 'file', path: 'a.html', change: 'written' },
    ]);
    expect(final.status).toBe('ready');
    expect(final.run).toMatchObject({
      status: 'completed',
      lastSeq: 16,
      versionNumber: 1,
      fixAttempts: [{ attempt: 1, check: 'browser' }],
      checks: [{ name: 'browser', status: 'passed', durationMs: 4 }],
    });
    expect(final.run!.plan!.steps[0]!.status).toBe('done');
    expect(final.run!.usage).toEqual({ calls: 1, inputTokens: 100, outputTokens: 20, costUsd: 0.01, estimated: false });
    expect(final.preview).toEqual({ url: 'http://localhost:5173/', docsUrl: null, status: 'ready', reason: null, live: null });
    expect(final.run!.apiContract).toBeNull();
    expect(final.files.contents).toEqual({ 'a.html': null });
  });

  it('behavior: requirements.created is kept on the run and is the first part of its activity', () => {
    const requirements = {
      summary: 'A page.',
      stories: [{ as: 'a visitor', want: 'to read the page', acceptance: ['the page shows a heading'] }],
      entities: [],
      pages: [{ path: '/', purpose: 'the page' }],
      kind: 'web' as const,
      kindReason: 'a browser page',
    };
    const [started, planned] = events;
    const final = [started!, { ...base, seq: 2, type: 'requirements.created' as const, requirements }, { ...planned!, seq: 3 }].reduce(foldEvent, start());
    expect(final.run!.requirements).toEqual(requirements);
    expect(final.messages[1]!.parts.map((part) => part.type)).toEqual(['requirements', 'plan']);
    expect(final.messages[1]!.parts[0]).toEqual({ type: 'requirements', requirements });
  });

  it('behavior: an event seen again, or of another run, returns the very same snapshot', () => {
    const halfway = events.slice(0, 8).reduce(foldEvent, start());
    expect(foldEvent(halfway, events[5]!)).toBe(halfway);
    expect(foldEvent(halfway, { ...events[8]!, runId: 'other' })).toBe(halfway);
    const replayed = events.reduce(foldEvent, halfway);
    expect(replayed).toEqual(events.reduce(foldEvent, start()));
  });

  it('behavior: untouched slices keep their identity', () => {
    const before = events.slice(0, 12).reduce(foldEvent, start());
    const after = foldEvent(before, events[12]!);
    expect(after.messages).toBe(before.messages);
    expect(after.files).toBe(before.files);
    expect(after.versions).toBe(before.versions);
    expect(after.run).not.toBe(before.run);
    expect(after.run!.plan).toBe(before.run!.plan);
  });

  it('behavior: an API run folds its latest contract check and the docs URL of its preview', () => {
    const failure = { request: 'GET /todos', expected: '200 with a body matching Todo', actual: "200 [{}]: must have required property 'done'" };
    const operation = { operationId: 'listTodos', method: 'GET', path: '/todos', valid: 2, invalid: 1 };
    const apiEvents: BuildwrightEvent[] = [
      { ...base, seq: 1, type: 'run.started', mode: 'generate', prompt: 'a todo API', kind: 'api' },
      { ...base, seq: 2, type: 'api.contract_checked', specPath: 'openapi.yaml', seed: 1, passed: false, operations: [{ ...operation, failure }] },
      { ...base, seq: 3, type: 'api.contract_checked', specPath: 'openapi.yaml', seed: 1, passed: true, operations: [{ ...operation, failure: null }] },
      { ...base, seq: 4, type: 'preview.ready', url: 'http://127.0.0.1:4000', screenshotPath: '/tmp/docs.png', docsUrl: 'http://127.0.0.1:4001/docs' },
    ];
    const failing = apiEvents.slice(0, 2).reduce(foldEvent, start());
    expect(failing.run!.apiContract).toEqual({ specPath: 'openapi.yaml', seed: 1, passed: false, operations: [{ ...operation, failure }] });
    const final = apiEvents.reduce(foldEvent, start());
    expect(final.run!.apiContract!.passed).toBe(true);
    expect(final.run!.apiContract!.operations[0]!.failure).toBeNull();
    expect(final.preview).toEqual({ url: 'http://127.0.0.1:4000', docsUrl: 'http://127.0.0.1:4001/docs', status: 'ready', reason: null, live: null });
  });

  it('behavior: a failed run ends streaming text and says why, with a failed preview', () => {
    const failed = [...events.slice(0, 5), { ...base, seq: 6, type: 'run.failed', code: 'CHECK_FAILED', message: 'The browser check failed.', check: 'browser' } as BuildwrightEvent].reduce(
      foldEvent,
      start(),
    );
    expect(failed.run).toMatchObject({ status: 'failed', error: { code: 'CHECK_FAILED', check: 'browser' } });
    expect(failed.messages.at(-1)).toMatchObject({ kind: 'error', content: 'The browser check failed.' });
    expect(failed.messages.some((message) => message.streaming)).toBe(false);
    expect(failed).toMatchObject({ status: 'error', error: { source: 'run', message: 'The browser check failed.' } });
    expect(failed.messages.at(-1)!.parts).toEqual([{ type: 'error', code: failed.run!.error!.code, message: 'The browser check failed.', check: failed.run!.error!.check }]);
    expect(failed.preview).toEqual({ url: null, docsUrl: null, status: 'failed', reason: 'The browser check failed.', live: null });
  });

  it("behavior: preview.updated shows the live work in progress while the run waits for its verified preview; preview.ready or the run's end drops it", () => {
    const live = { ...base, seq: 7, type: 'preview.updated', url: 'http://127.0.0.1:5999', afterStep: 'one' } as BuildwrightEvent;
    const building = [...events.slice(0, 6), live].reduce(foldEvent, start());
    expect(building.preview).toEqual({ url: null, docsUrl: null, status: 'waiting', reason: null, live: { url: 'http://127.0.0.1:5999', afterStep: 'one' } });
    const verified = [...events.slice(0, 6), live, ...events.slice(6)].reduce(foldEvent, start());
    expect(verified.preview).toEqual({ url: 'http://localhost:5173/', docsUrl: null, status: 'ready', reason: null, live: null });
    // An edit of a project with a verified preview: the live one shows meanwhile, and goes with the run.
    const editing = foldEvent(foldEvent(verified, { ...live, seq: 17 }), { ...base, seq: 18, type: 'run.failed', code: 'CHECK_FAILED', message: 'failed', check: 'browser' } as BuildwrightEvent);
    expect(foldEvent(verified, { ...live, seq: 17 }).preview.live).toEqual({ url: 'http://127.0.0.1:5999', afterStep: 'one' });
    expect(editing.preview).toEqual({ url: 'http://localhost:5173/', docsUrl: null, status: 'ready', reason: null, live: null });
  });
});
