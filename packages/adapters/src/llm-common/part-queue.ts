import type { LlmStreamPart } from '@buildwright/core';

/**
 * A one-reader queue between the attempt that produces parts and the stream that yields them.
 * It is its own AsyncIterator (no async generator in between): a part waiting in the queue is
 * handed out without extra promise hops, which keeps the adapter's overhead per delta small.
 * Text deltas that pile up while the reader is busy are merged into one.
 */
export interface PartQueue extends AsyncIterator<LlmStreamPart> {
  push(part: LlmStreamPart): void;
  /** No more parts: the reader ends after the buffered ones. */
  close(): void;
  /** Ends with an error: after the buffered parts, or before them when `immediate` (an abort). */
  fail(error: unknown, immediate?: boolean): void;
  /** Called once when the reader stops early (`return()`), before the queue closes. */
  onReturn: (() => void) | undefined;
}

const done: IteratorReturnResult<undefined> = { done: true, value: undefined };

export function createPartQueue(): PartQueue {
  let items: LlmStreamPart[] = [];
  let head = 0;
  let closed = false;
  let failure: { error: unknown; immediate: boolean } | undefined;
  let waiting: { resolve(result: IteratorResult<LlmStreamPart>): void; reject(error: unknown): void } | undefined;

  const settleWaiting = () => {
    if (!waiting) return;
    const reader = waiting;
    if (failure) {
      waiting = undefined;
      reader.reject(failure.error);
    } else if (closed) {
      waiting = undefined;
      reader.resolve(done);
    }
  };

  const queue: PartQueue = {
    onReturn: undefined,
    push(part) {
      if (closed || failure) return;
      if (waiting) {
        const reader = waiting;
        waiting = undefined;
        reader.resolve({ done: false, value: part });
        return;
      }
      const last = items[items.length - 1];
      if (part.type === 'text-delta' && last?.type === 'text-delta' && items.length > head) {
        items[items.length - 1] = { type: 'text-delta', text: last.text + part.text };
        return;
      }
      items.push(part);
    },
    close() {
      closed = true;
      settleWaiting();
    },
    fail(error, immediate = false) {
      if (closed || failure) return;
      failure = { error, immediate };
      settleWaiting();
    },
    next() {
      if (failure?.immediate) return Promise.reject(failure.error);
      if (head < items.length) {
        const value = items[head]!;
        head += 1;
        if (head === items.length) {
          items = [];
          head = 0;
        }
        return Promise.resolve({ done: false, value });
      }
      if (failure) return Promise.reject(failure.error);
      if (closed) return Promise.resolve(done);
      return new Promise((resolve, reject) => {
        waiting = { resolve, reject };
      });
    },
    return() {
      const stop = queue.onReturn;
      queue.onReturn = undefined;
      stop?.();
      closed = true;
      items = [];
      head = 0;
      settleWaiting();
      return Promise.resolve(done);
    },
  };
  return queue;
}
