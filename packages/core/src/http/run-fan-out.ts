import { isTerminal } from '@buildwright/client';
import type { BuildwrightEvent } from '../events/events.js';
import { readEventPages } from '../run/event-pages.js';
import type { StorageAdapter } from '../spec/storage.js';
import { encodeEventFrame, type EventStreamSink, type StreamEndReason } from './sse.js';

/** What {@link runFanOuts} needs: where stored and live events come from, and the paging. */
export interface RunFanOutOptions {
  storage: Pick<StorageAdapter, 'readEvents'>;
  /** The run's events after `afterSeq` until its terminal event, live ones included (`builder.watch`). */
  watch(input: { ownerId: string; runId: string; afterSeq: number; signal: AbortSignal }): AsyncIterable<BuildwrightEvent>;
  /** Why the events ran out without a terminal event: the run is still going elsewhere ('detached') or over. */
  endReason(input: { ownerId: string; runId: string }): Promise<StreamEndReason>;
  /** Stored events read per query. */
  pageSize: number;
  /** Frames of a run's latest events kept for streams that join a little behind it: at most this many... */
  windowSize: number;
  /** ...and at most this many bytes (the latest frame is kept whatever its size). */
  windowBytes: number;
}

/** The streams of a handler, one fan-out per followed run. */
export interface RunFanOuts {
  /** Feeds `sink` the run's events after `afterSeq`; returns the function that stops it. */
  follow(input: { ownerId: string; runId: string; afterSeq: number }, sink: EventStreamSink): () => void;
}

/**
 * Streams of runs through one reader per run: however many clients follow a run, its events are
 * read (stored, then live through `watch`) once and each is encoded once, and every client is
 * sent the same frame. A client that joins behind the run's latest events reads the stored ones
 * it lacks on its own, a page at a time, until it reaches the frames kept for the run, then
 * follows with the others. A replay also reads pages, sending each before reading the next.
 * Every client gets each seq after its own once, in order.
 *
 * @example
 * const fanOuts = runFanOuts({ storage, watch: (input) => builder.watch(input.runId, input), endReason, pageSize: 500, windowSize: 1_000, windowBytes: 4_194_304 });
 * return eventStream({ follow: (sink) => fanOuts.follow({ ownerId, runId, afterSeq }, sink), heartbeatMs, onError });
 */
export function runFanOuts(options: RunFanOutOptions): RunFanOuts {
  const running = new Map<string, RunFanOut>();
  return {
    follow(input, sink) {
      const key = `${input.ownerId}\0${input.runId}`;
      let fanOut = running.get(key);
      if (!fanOut) {
        const created = new RunFanOut(options, input, () => {
          if (running.get(key) === created) running.delete(key);
        });
        running.set(key, created);
        fanOut = created;
      }
      return fanOut.add(input.afterSeq, sink);
    },
  };
}

interface Follower {
  sink: EventStreamSink;
  /** Seq of the last event it was sent (or the one it said it had). */
  position: number;
  /** Reading stored events on its own, behind the kept frames. */
  catchingUp: boolean;
  closed: boolean;
}

type Outcome = { reason: StreamEndReason } | { error: unknown };

/** The followers of one run and the one reader that feeds them. */
class RunFanOut {
  private readonly followers = new Set<Follower>();
  /** Frames of the latest events by seq, oldest first. */
  private readonly frames = new Map<number, Uint8Array>();
  private frameBytes = 0;
  /** Seq of the last event the reader delivered. */
  private lastSeq: number;
  private terminalSeq: number | undefined;
  /** How the reader ended; set once. */
  private outcome: Outcome | undefined;
  private readonly reader = new AbortController();

  constructor(
    private readonly options: RunFanOutOptions,
    private readonly scope: { ownerId: string; runId: string; afterSeq: number },
    /** Called once when no new follower should join this fan-out (it ended or has no follower left). */
    private readonly retire: () => void,
  ) {
    this.lastSeq = scope.afterSeq;
    void this.read();
  }

  add(afterSeq: number, sink: EventStreamSink): () => void {
    const follower: Follower = { sink, position: afterSeq, catchingUp: false, closed: false };
    this.followers.add(follower);
    if (this.reaches(afterSeq)) this.attach(follower);
    else {
      follower.catchingUp = true;
      void this.catchUp(follower);
    }
    return () => this.remove(follower);
  }

  /** Whether a follower at `position` can go on from the kept frames (or needs nothing older). */
  private reaches(position: number): boolean {
    return position >= this.lastSeq || this.frames.has(position + 1);
  }

  /** Sends the kept frames after the follower's position; from then on it gets each new one. */
  private attach(follower: Follower): void {
    follower.catchingUp = false;
    for (const [seq, frame] of this.frames) {
      if (follower.closed) return;
      if (seq > follower.position) this.send(follower, seq, frame, seq === this.terminalSeq);
    }
    if (!follower.closed && this.outcome) this.end(follower, this.outcome);
  }

  private send(follower: Follower, seq: number, frame: Uint8Array, terminal: boolean): void {
    follower.position = seq;
    follower.sink.send(frame);
    if (terminal) this.end(follower, { reason: 'ended' });
  }

  private end(follower: Follower, outcome: Outcome): void {
    if ('error' in outcome) follower.sink.fail(outcome.error);
    else follower.sink.end(outcome.reason);
    this.remove(follower);
  }

  private remove(follower: Follower): void {
    if (follower.closed) return;
    follower.closed = true;
    this.followers.delete(follower);
    if (this.followers.size > 0 || this.outcome) return;
    this.reader.abort();
    this.retire();
  }

  /** The one reader: stored events in pages from the first follower's seq, then live ones. */
  private async read(): Promise<void> {
    const { signal } = this.reader;
    try {
      for await (const event of this.events(signal)) {
        if (signal.aborted) return;
        this.deliver(event);
        if (isTerminal(event)) return this.finish({ reason: 'ended' });
      }
      if (signal.aborted) return;
      this.finish({ reason: await this.options.endReason(this.scope) });
    } catch (error) {
      if (!signal.aborted) this.finish({ error });
    }
  }

  private async *events(signal: AbortSignal): AsyncGenerator<BuildwrightEvent> {
    const { ownerId, runId } = this.scope;
    let afterSeq = this.scope.afterSeq;
    if (afterSeq > 0 && (await this.options.storage.readEvents({ ownerId, runId, afterSeq: afterSeq - 1, limit: 1 })).length === 0) {
      // The first client says it has an event that is not stored (a bad Last-Event-ID): reading from
      // there would skip, for every client that joins later, the events stored up to it.
      afterSeq = 0;
      this.lastSeq = 0;
    }
    for await (const page of readEventPages(this.options.storage, { ownerId, runId, afterSeq, pageSize: this.options.pageSize })) {
      for (const event of page) {
        yield event;
        if (isTerminal(event) || signal.aborted) return;
        afterSeq = event.seq;
      }
    }
    // Events stored from here on: `watch` subscribes first, then reads what is stored after `afterSeq`.
    yield* this.options.watch({ ownerId, runId, afterSeq, signal });
  }

  private deliver(event: BuildwrightEvent): void {
    if (event.seq <= this.lastSeq) return;
    const frame = encodeEventFrame(event);
    this.lastSeq = event.seq;
    if (isTerminal(event)) this.terminalSeq = event.seq;
    this.frames.set(event.seq, frame);
    this.frameBytes += frame.byteLength;
    for (const [seq, oldest] of this.frames) {
      if (this.frames.size <= 1 || (this.frames.size <= this.options.windowSize && this.frameBytes <= this.options.windowBytes)) break;
      this.frames.delete(seq);
      this.frameBytes -= oldest.byteLength;
    }
    for (const follower of this.followers) {
      if (!follower.catchingUp && follower.position < event.seq) this.send(follower, event.seq, frame, event.seq === this.terminalSeq);
    }
  }

  private finish(outcome: Outcome): void {
    this.outcome = outcome;
    this.retire();
    // Followers still reading stored events end when they reach the kept frames.
    for (const follower of this.followers) if (!follower.catchingUp) this.end(follower, outcome);
  }

  /** Reads the stored events a follower lacks, a page at a time, until it reaches the kept frames. */
  private async catchUp(follower: Follower): Promise<void> {
    const { ownerId, runId } = this.scope;
    try {
      pages: for await (const page of readEventPages(this.options.storage, { ownerId, runId, afterSeq: follower.position, pageSize: this.options.pageSize })) {
        for (const event of page) {
          if (follower.closed) return;
          if (this.reaches(follower.position)) break pages;
          if (event.seq > follower.position) this.send(follower, event.seq, this.frames.get(event.seq) ?? encodeEventFrame(event), isTerminal(event));
        }
        if (follower.closed || this.reaches(follower.position)) break;
      }
      if (!follower.closed) this.attach(follower);
    } catch (error) {
      if (!follower.closed) this.end(follower, { error });
    }
  }
}
