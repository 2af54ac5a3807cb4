import type { EventBusUnsubscribe } from '@buildwright/core';

/** How a bus's transport starts and stops listening to one channel. */
export interface ChannelTransport {
  listen(channel: string): Promise<void>;
  unlisten(channel: string): Promise<void>;
}

interface Channel {
  listeners: Set<(payload: string) => void>;
  ready: Promise<void>;
}

/**
 * The listeners of an event bus by channel, over one transport subscription per channel: the
 * first listener of a channel makes the transport listen, the last one leaving makes it stop.
 * Shared by the Redis and Postgres buses.
 */
export class ChannelSubscriptions {
  private readonly channels = new Map<string, Channel>();

  constructor(private readonly transport: ChannelTransport) {}

  /** Channels listened to now (to listen again after a reconnect). */
  get names(): string[] {
    return [...this.channels.keys()];
  }

  /** Hands a payload that arrived on `channel` to its listeners; one listener's failure does not reach the others. */
  deliver(channel: string, payload: string): void {
    for (const listener of [...(this.channels.get(channel)?.listeners ?? [])]) {
      try {
        listener(payload);
      } catch {
        // A listener's own failure is its caller's: the bus keeps delivering.
      }
    }
  }

  /** Adds a listener; resolves once the transport listens (`wait` bounds that wait), to its unsubscribe function. */
  async add(channel: string, listener: (payload: string) => void, wait: <T>(promise: Promise<T>) => Promise<T>): Promise<EventBusUnsubscribe> {
    let entry = this.channels.get(channel);
    if (!entry) {
      const created: Channel = { listeners: new Set(), ready: this.transport.listen(channel) };
      created.ready.catch(() => {
        if (this.channels.get(channel) === created) this.channels.delete(channel);
      });
      this.channels.set(channel, created);
      entry = created;
    }
    const subscribed = entry;
    // A wrapper per subscription: the same function subscribed twice is two subscriptions.
    const own = (payload: string) => listener(payload);
    subscribed.listeners.add(own);
    try {
      await wait(subscribed.ready);
    } catch (error) {
      subscribed.listeners.delete(own);
      throw error;
    }
    let removed = false;
    return async () => {
      if (removed) return;
      removed = true;
      subscribed.listeners.delete(own);
      if (subscribed.listeners.size > 0 || this.channels.get(channel) !== subscribed) return;
      this.channels.delete(channel);
      await this.transport.unlisten(channel).catch(() => undefined);
    };
  }

  clear(): void {
    this.channels.clear();
  }
}
