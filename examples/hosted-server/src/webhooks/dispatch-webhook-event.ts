import type { WebhookPayload } from './webhook-events.js';
import type { WebhookQueue } from './webhook-queue.js';
import type { WebhookStore } from './webhook-store.js';

/**
 * Logs one delivery of `payload` per endpoint of `userId` subscribed to its type and enqueues
 * them. Returns the delivery ids.
 *
 * @example
 * await dispatchWebhookEvent({ store, queue }, run.ownerId, { id: `run.completed:${run.id}`, type: 'run.completed', createdAt, data: { runId } });
 */
export async function dispatchWebhookEvent(dependencies: { store: WebhookStore; queue: WebhookQueue }, userId: string, payload: WebhookPayload): Promise<string[]> {
  const endpoints = await dependencies.store.subscribers(userId, payload.type);
  const ids: string[] = [];
  for (const endpoint of endpoints) {
    const delivery = await dependencies.store.createDelivery({ endpointId: endpoint.id, userId, payload });
    await dependencies.queue.enqueue(delivery.id);
    ids.push(delivery.id);
  }
  return ids;
}
