import { EventEmitter } from 'eventemitter3';
import type { BuildwrightEvent, EventInput, EventType } from '../events/events.js';
import { isTerminal } from '@buildwright/client';
import type { StorageAdapter } from '../spec/storage.js';

type Listeners = { [T in EventType]: [Extract<BuildwrightEvent, { type: T }>] } & { event: [BuildwrightEvent] };

/**
 * Numbers, persists and then publishes the events of one run. Each event is stored with its
 * `seq` before any listener sees it; appends are serialized so storage order is `seq` order.
 * Nothing is published after the terminal event.
 */
export class RunEvents {
  readonly bus = new EventEmitter<Listeners>();
  /** Every event published by this process for the run, in order (for late iterators). */
  readonly published: BuildwrightEvent[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  private ended = false;

  /** Last seq used; set before the first event when resuming. */
  lastSeq = 0;

  constructor(
    private readonly storage: StorageAdapter,
    readonly runId: string,
    /** Known at once for generate and edit; set when a resumed run's record is loaded. */
    public projectId: string,
  ) {}

  get isEnded(): boolean {
    return this.ended;
  }

  /** Stores and publishes one event; resolves once it is stored. Ignored after the run ended. */
  emit(input: EventInput): Promise<void> {
    if (this.ended) return Promise.resolve();
    if (isTerminal(input)) this.ended = true;
    const event = { ...input, runId: this.runId, projectId: this.projectId, seq: ++this.lastSeq, at: new Date().toISOString() } as BuildwrightEvent;
    const stored = this.queue.then(() => this.storage.appendEvent(event));
    this.queue = stored.catch(() => undefined);
    return stored.then(() => {
      this.published.push(event);
      this.bus.emit(event.type, event as never);
      this.bus.emit('event', event);
    });
  }
}
