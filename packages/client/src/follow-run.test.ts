import { describe, expect, it } from 'vitest';
import { BuildwrightError } from './buildwright-error.js';
import type { ConnectionState } from './client-state.js';
import type { BuildwrightEvent } from './event-types.js';
import { followRunEvents } from './follow-run.js';
import type { RunEventSource, RunEventSourceRequest, RunStreamMessage } from './run-event-source.js';

const base = { runId: 'r1', projectId: 'p1', at: '2026-01-01T00:00:00.000Z' };
const log: BuildwrightEvent[] = [
  { ...base, seq: 1, type: 'run.started', mode: 'generate', prompt: 'a page', kind: 'web' },
  { ...base, seq: 2, type: 'step.started', stepId: 'one', title: 'One' },
  { ...base, seq: 3, type: 'file.written', path: 'a.html', bytes: 10 },
  { ...base, seq: 4, type: 'step.completed', stepId: 'one' },
  { ...base, seq: 5, type: 'version.created', number: 1, message: 'a page', fileCount: 1 },
  { ...base, seq: 6, type: 'run.completed', versionNumber: 1, summary: 'Done.' },
];

/** A source over the stored log, as a server serves it: the events after `afterSeq`; `connections[i]` shapes connection i. */
function logSource(connections: Array<{ dropAfter?: number; refuse?: BuildwrightError; end?: 'detached' }>): { source: RunEventSource; requests: RunEventSourceRequest[] } {
  const requests: RunEventSourceRequest[] = [];
  const source: RunEventSource = async function* (request): AsyncGenerator<RunStreamMessage> {
    const shape = connections[requests.length] ?? {};
    requests.push(request);
    if (shape.refuse) throw shape.refuse;
    yield { type: 'open' };
    if (shape.end) {
      yield { type: 'end', reason: shape.end };
      return;
    }
    const rest = log.filter((event) => event.seq > request.afterSeq);
    for (const event of rest.slice(0, shape.dropAfter ?? rest.length)) yield { type: 'event', event };
  };
  return { source, requests };
}

async function follow(source: RunEventSource) {
  const seen: BuildwrightEvent[] = [];
  const connections: ConnectionState[] = [];
  const errors: Array<[string, boolean]> = [];
  const ends: string[] = [];
  await followRunEvents({
    source,
    runId: 'r1',
    lastSeq: () => seen.at(-1)?.seq ?? 0,
    onEvent: (event) => seen.push(event),
    onConnection: (state) => connections.push(state),
    onError: (error, fatal) => errors.push([error.code, fatal]),
    onEnd: (reason) => ends.push(reason),
    signal: new AbortController().signal,
    reconnect: { initialDelayMs: 1, maxDelayMs: 2, maxAttempts: 3 },
  });
  return { seqs: seen.map((event) => event.seq), connections, errors, ends };
}

describe('followRunEvents over a RunEventSource', () => {
  it('behavior: a connection lost after 3 events is followed by one asking for the events after seq 3: no gap, no repeat, ended at the terminal event', async () => {
    const { source, requests } = logSource([{ dropAfter: 3 }]);
    expect(await follow(source)).toEqual({ seqs: [1, 2, 3, 4, 5, 6], connections: ['open', 'reconnecting', 'open', 'closed'], errors: [], ends: ['ended'] });
    expect(requests.map((request) => [request.runId, request.afterSeq])).toEqual([
      ['r1', 0],
      ['r1', 3],
    ]);
  });

  it('behavior: a retryable error reconnects; `end` from the source ends with its reason', async () => {
    const unavailable = new BuildwrightError({ code: 'SERVER_UNAVAILABLE', message: 'restarting', retryable: true });
    const { source, requests } = logSource([{ refuse: unavailable }, { end: 'detached' }]);
    expect(await follow(source)).toEqual({ seqs: [], connections: ['reconnecting', 'open', 'closed'], errors: [], ends: ['detached'] });
    expect(requests).toHaveLength(2);
  });

  it('error: an error that is not retryable stops at once, reported as fatal, with no reconnection', async () => {
    const { source, requests } = logSource([{ refuse: new BuildwrightError({ code: 'RUN_NOT_FOUND', message: 'No run r1.' }) }]);
    expect(await follow(source)).toEqual({ seqs: [], connections: ['closed'], errors: [['RUN_NOT_FOUND', true]], ends: [] });
    expect(requests).toHaveLength(1);
  });

  it('error: a source that keeps failing is given up after maxAttempts with SERVER_UNAVAILABLE', async () => {
    const source: RunEventSource = async function* () {
      yield { type: 'open' };
      throw new Error('socket reset');
    };
    const { errors, ends } = await follow(source);
    expect([errors, ends]).toEqual([[['SERVER_UNAVAILABLE', true]], []]);
  });
});
