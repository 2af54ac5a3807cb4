import { EventEmitter } from 'eventemitter3';
import { BuildwrightError } from '@buildwright/client';
import type { BuildwrightEvent, EventInput, EventType } from '../events/events.js';
import { isTerminal } from '@buildwright/client';
import type { EventBus } from '../spec/event-bus.js';
import type { StorageAdapter } from '../spec/storage.js';

export type RunEventListeners = { [T in EventType]: [Extract<BuildwrightEvent, { type: T }>] } & { event: [BuildwrightEvent] };

/**
 * Numbers, persists and then publishes the events of one run. Each event is stored with its
 * `seq` before any listener sees it; appends are serialized so storage order is `seq` order.
 * Published events also go to the builder's event bus, in `seq` order, for watchers in other
 * processes (a bus that fails loses only live delivery: watchers read storage).
 * Nothing is published after the terminal event. Once an append fails with
 * `STORAGE_UNAVAILABLE`, later events are refused with that error (storing them when the database
 * comes back would leave a gap in `seq`); the run's end is then published unstored.
 */
export class RunEvents {
  readonly bus = new EventEmitter<RunEventListeners>();
  /** Every event published by this process for the run, in order (for late iterators). */
  readonly published: BuildwrightEvent[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  private ended = false;
  private unavailable: BuildwrightError | undefined;

  /** Last seq used; set before the first event when resuming. */
  lastSeq = 0;
  /** Seq of the last event known to be stored. */
  lastStoredSeq = 0;

  constructor(
    private readonly storage: StorageAdapter,
    readonly runId: string,
    /** Known at once for generate and edit; set when a resumed run's record is loaded. */
    public projectId: string,
    private readonly eventBus?: EventBus,
  ) {}

  get isEnded(): boolean {
    return this.ended;
  }

  /** Stores and publishes one event; resolves once it is stored. Ignored after the run ended. */
  emit(input: EventInput): Promise<void> {
    if (this.ended) return Promise.resolve();
    if (this.unavailable) return Promise.reject(this.unavailable);
    if (isTerminal(input)) this.ended = true;
    const event = this.stamp(input, ++this.lastSeq);
    const stored = this.queue.then(() => {
      if (this.unavailable) throw this.unavailable;
      return this.storage.appendEvent(event);
    });
    this.queue = stored.catch((error: unknown) => {
      if (BuildwrightError.isInstance(error) && error.code === 'STORAGE_UNAVAILABLE') this.unavailable ??= error;
    });
    return stored.then(() => {
      this.lastStoredSeq = event.seq;
      this.publish(event);
    });
  }

  /** True once an append failed because storage was unavailable. */
  get storageUnavailable(): boolean {
    return this.unavailable !== undefined;
  }

  /**
   * Publishes the run's terminal event to this process's listeners without storing it (storage is
   * unavailable), numbered after the last stored event. Returns it, for storing later.
   */
  publishUnstored(input: EventInput): BuildwrightEvent | undefined {
    const last = this.published.at(-1);
    if (last && isTerminal(last)) return undefined;
    this.ended = true;
    const event = this.stamp(input, this.lastStoredSeq + 1);
    this.publish(event);
    return event;
  }

  /**
   * Publishes, to this process's listeners only, an event stored by the process that executes the
   * run now (this one handed it over after its plan was approved elsewhere).
   */
  relay(event: BuildwrightEvent): void {
    if (this.ended || event.seq <= this.lastSeq) return;
    if (isTerminal(event)) this.ended = true;
    this.lastSeq = event.seq;
    this.lastStoredSeq = event.seq;
    this.published.push(event);
    this.bus.emit(event.type, event as never);
    this.bus.emit('event', event);
  }

  private stamp(input: EventInput, seq: number): BuildwrightEvent {
    return { ...input, runId: this.runId, projectId: this.projectId, seq, at: new Date().toISOString() } as BuildwrightEvent;
  }

  private publish(event: BuildwrightEvent): void {
    this.published.push(event);
    this.bus.emit(event.type, event as never);
    this.bus.emit('event', event);
    // Not awaited: the run does not wait for the bus, and a watcher that misses this reads it from storage.
    this.eventBus?.publish(this.runId, event).catch(() => undefined);
  }
}
