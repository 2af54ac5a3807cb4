import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildwrightEvent } from '../events/events.js';
import type { CancelRequestMessage, EventBus, EventBusMessage } from '../spec/event-bus.js';

/** Options of {@link runEventBusSpec}. */
export interface RunEventBusSpecOptions {
  /** Name of the `describe` block; defaults to `event bus spec`. */
  name?: string;
  /** How long a message may take to arrive (ms). Default 5 000. */
  deliveryTimeoutMs?: number;
}

/**
 * The event bus conformance suite: every `EventBus` must pass it. The factory is called twice,
 * for two processes' buses on the same transport (same server and prefix): messages published on
 * one must reach subscribers on the other. An in-process bus passes by returning the same object
 * twice. Cases: delivery in publish order with the event (or its seq alone, `event: null`),
 * isolation between runs and between the event and cancel channels, several subscribers,
 * unsubscribing, a subscription live once `subscribe` resolved, and large events.
 *
 * @example
 * // my-event-bus.test.ts
 * import { runEventBusSpec } from '@buildwright/core/testing';
 * import { myEventBus } from './my-event-bus.js';
 *
 * runEventBusSpec(() => myEventBus({ url: process.env.BUS_URL, prefix: 'test-1' }));
 */
export function runEventBusSpec(factory: () => Promise<EventBus> | EventBus, options: RunEventBusSpecOptions = {}): void {
  const timeoutMs = options.deliveryTimeoutMs ?? 5_000;
  let publisher!: EventBus;
  let subscriber!: EventBus;
  const runId = () => `run-${globalThis.crypto.randomUUID()}`;

  /** Collects a run's messages on the subscriber's bus. */
  const collect = async (id: string, bus = subscriber) => {
    const messages: EventBusMessage[] = [];
    const off = await bus.subscribe(id, (message) => messages.push(message));
    return { messages, off };
  };
  const until = async (what: string, done: () => boolean) => {
    const deadline = Date.now() + timeoutMs;
    while (!done()) {
      if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  /** Waits long enough for a message that should not come to have come. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, Math.min(300, timeoutMs)));

  describe(options.name ?? 'event bus spec', () => {
    beforeAll(async () => {
      publisher = await factory();
      subscriber = await factory();
    });
    afterAll(async () => {
      await publisher?.close();
      if (subscriber !== publisher) await subscriber?.close();
    });

    it('default: names its provider and spec version', () => {
      expect(publisher.specificationVersion).toBe('v1');
      expect(typeof publisher.provider).toBe('string');
      expect(publisher.provider.length).toBeGreaterThan(0);
    });

    it('default: events published on one bus reach a subscriber on another, in order, each with its seq and event', async () => {
      const id = runId();
      const { messages, off } = await collect(id);
      const events = [1, 2, 3].map((seq) => stepEvent(id, seq));
      for (const event of events) await publisher.publish(id, event);
      await until('3 messages', () => messages.length >= 3);
      expect(messages.map((message) => message.seq)).toEqual([1, 2, 3]);
      expect(messages.every((message) => message.runId === id)).toBe(true);
      expect(messages.map((message) => message.event)).toEqual(events);
      await off();
    });

    it('behavior: a subscriber gets only the events of its run', async () => {
      const [mine, other] = [runId(), runId()];
      const { messages, off } = await collect(mine);
      await publisher.publish(other, stepEvent(other, 1));
      await publisher.publish(mine, stepEvent(mine, 1));
      await until('the message of its run', () => messages.length >= 1);
      await settle();
      expect(messages.map((message) => [message.runId, message.seq])).toEqual([[mine, 1]]);
      await off();
    });

    it('behavior: 300 events published without waiting arrive once each, in publish order', async () => {
      const id = runId();
      const { messages, off } = await collect(id);
      await Promise.all(Array.from({ length: 300 }, (_, index) => publisher.publish(id, stepEvent(id, index + 1))));
      await until('300 messages', () => messages.length >= 300);
      await settle();
      expect(messages.map((message) => message.seq)).toEqual(Array.from({ length: 300 }, (_, index) => index + 1));
      await off();
    });

    it('behavior: every subscriber of a run gets each event; one that unsubscribed gets no more, and unsubscribing twice is safe', async () => {
      const id = runId();
      const first = await collect(id);
      const second = await collect(id, publisher);
      await publisher.publish(id, stepEvent(id, 1));
      await until('both subscribers', () => first.messages.length >= 1 && second.messages.length >= 1);
      await first.off();
      await first.off();
      await publisher.publish(id, stepEvent(id, 2));
      await until('the remaining subscriber', () => second.messages.length >= 2);
      await settle();
      expect(first.messages.map((message) => message.seq)).toEqual([1]);
      expect(second.messages.map((message) => message.seq)).toEqual([1, 2]);
      await second.off();
    });

    it('behavior: subscribing again after unsubscribing receives again', async () => {
      const id = runId();
      const first = await collect(id);
      await first.off();
      const again = await collect(id);
      await publisher.publish(id, stepEvent(id, 1));
      await until('the new subscription', () => again.messages.length >= 1);
      expect(first.messages).toEqual([]);
      await again.off();
    });

    it('behavior: a large event (200 KB) arrives whole, or as its seq alone to read from storage', async () => {
      const id = runId();
      const { messages, off } = await collect(id);
      const large: BuildwrightEvent = {
        type: 'command.output',
        runId: id,
        projectId: 'project-1',
        seq: 7,
        at: new Date(0).toISOString(),
        commandId: 'command-1',
        stream: 'stdout',
        text: 'x'.repeat(200_000),
      };
      await publisher.publish(id, large);
      await until('the large event', () => messages.length >= 1);
      expect(messages[0]!.seq).toBe(7);
      if (messages[0]!.event !== null) expect(messages[0]!.event).toEqual(large);
      await off();
    });

    it('behavior: cancel requests reach the cancel subscribers of their run only, never event subscribers', async () => {
      const [mine, other] = [runId(), runId()];
      const requests: CancelRequestMessage[] = [];
      const off = await subscriber.subscribeCancel(mine, (request) => requests.push(request));
      const events = await collect(mine);
      await publisher.publishCancel(other, { reason: 'not this one' });
      await publisher.publishCancel(mine, { reason: 'stopped by the user' });
      await until('the cancel request', () => requests.length >= 1);
      await publisher.publish(mine, stepEvent(mine, 1));
      await until('the event', () => events.messages.length >= 1);
      await settle();
      expect(requests).toEqual([{ runId: mine, reason: 'stopped by the user' }]);
      expect(events.messages.map((message) => message.seq)).toEqual([1]);
      await off();
      await publisher.publishCancel(mine, { reason: 'after unsubscribing' });
      await settle();
      expect(requests).toHaveLength(1);
      await events.off();
    });
  });
}

function stepEvent(runId: string, seq: number): BuildwrightEvent {
  return { type: 'step.started', runId, projectId: 'project-1', seq, at: new Date(Date.UTC(2025, 0, 1, 0, 0, seq % 60)).toISOString(), stepId: `step-${seq}`, title: `Step ${seq}` };
}
