import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database.js';
import type { WebhookEventType, WebhookPayload } from './webhook-events.js';

/** A registered endpoint as listed (never its secret). */
export interface WebhookEndpoint {
  id: string;
  url: string;
  events: WebhookEventType[];
  createdAt: string;
  disabled: boolean;
}

/** One delivery of one event to one endpoint, with its attempts so far. */
export interface WebhookDelivery {
  id: string;
  endpointId: string;
  eventType: WebhookEventType;
  payload: WebhookPayload;
  status: 'pending' | 'retrying' | 'succeeded' | 'failed';
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  replayOf: string | null;
  createdAt: string;
  updatedAt: string;
}

interface EndpointRow {
  id: string;
  url: string;
  events: WebhookEventType[];
  created_at: Date;
  disabled_at: Date | null;
}
interface DeliveryRow {
  id: string;
  endpoint_id: string;
  event_type: WebhookEventType;
  payload: WebhookPayload;
  status: WebhookDelivery['status'];
  attempts: number;
  last_status_code: number | null;
  last_error: string | null;
  replay_of: string | null;
  created_at: Date;
  updated_at: Date;
}

const toEndpoint = (row: EndpointRow): WebhookEndpoint => ({ id: row.id, url: row.url, events: row.events, createdAt: row.created_at.toISOString(), disabled: row.disabled_at !== null });
const toDelivery = (row: DeliveryRow): WebhookDelivery => ({
  id: row.id,
  endpointId: row.endpoint_id,
  eventType: row.event_type,
  payload: row.payload,
  status: row.status,
  attempts: row.attempts,
  lastStatusCode: row.last_status_code,
  lastError: row.last_error,
  replayOf: row.replay_of,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
});
const endpointColumns = 'id, url, events, created_at, disabled_at';
const deliveryColumns = 'id, endpoint_id, event_type, payload, status, attempts, last_status_code, last_error, replay_of, created_at, updated_at';

/** Endpoints and the delivery log (`hs_webhook_endpoints`, `hs_webhook_deliveries`); every read is scoped to the user. */
export function webhookStore(db: Database) {
  return {
    async createEndpoint(userId: string, input: { url: string; events: WebhookEventType[]; secretCiphertext: string }): Promise<WebhookEndpoint> {
      const { rows } = await db.query<EndpointRow>(`INSERT INTO hs_webhook_endpoints (id, user_id, url, events, secret_ciphertext) VALUES ($1, $2, $3, $4, $5) RETURNING ${endpointColumns}`, [
        randomUUID(),
        userId,
        input.url,
        input.events,
        input.secretCiphertext,
      ]);
      return toEndpoint(rows[0]!);
    },
    async listEndpoints(userId: string): Promise<WebhookEndpoint[]> {
      const { rows } = await db.query<EndpointRow>(`SELECT ${endpointColumns} FROM hs_webhook_endpoints WHERE user_id = $1 ORDER BY created_at, id`, [userId]);
      return rows.map(toEndpoint);
    },
    async deleteEndpoint(userId: string, id: string): Promise<boolean> {
      const { rowCount } = await db.query('DELETE FROM hs_webhook_endpoints WHERE id = $1 AND user_id = $2', [id, userId]);
      return (rowCount ?? 0) > 0;
    },
    /** The user's live endpoints subscribed to `type`, with their sealed secrets. */
    async subscribers(userId: string, type: WebhookEventType): Promise<Array<{ id: string }>> {
      const { rows } = await db.query<{ id: string }>('SELECT id FROM hs_webhook_endpoints WHERE user_id = $1 AND disabled_at IS NULL AND $2 = ANY(events)', [userId, type]);
      return rows;
    },
    /** What a delivery attempt needs: the endpoint's URL and sealed secret and the payload. */
    async deliveryTarget(deliveryId: string): Promise<{ url: string; secretCiphertext: string; payload: WebhookPayload; eventType: WebhookEventType } | undefined> {
      const { rows } = await db.query<{ url: string; secret_ciphertext: string; payload: WebhookPayload; event_type: WebhookEventType }>(
        `SELECT e.url, e.secret_ciphertext, d.payload, d.event_type FROM hs_webhook_deliveries d JOIN hs_webhook_endpoints e ON e.id = d.endpoint_id WHERE d.id = $1 AND e.disabled_at IS NULL`,
        [deliveryId],
      );
      const row = rows[0];
      return row && { url: row.url, secretCiphertext: row.secret_ciphertext, payload: row.payload, eventType: row.event_type };
    },
    async createDelivery(input: { endpointId: string; userId: string; payload: WebhookPayload; replayOf?: string }): Promise<WebhookDelivery> {
      const { rows } = await db.query<DeliveryRow>(
        `INSERT INTO hs_webhook_deliveries (id, endpoint_id, user_id, event_type, payload, status, replay_of) VALUES ($1, $2, $3, $4, $5, 'pending', $6) RETURNING ${deliveryColumns}`,
        [randomUUID(), input.endpointId, input.userId, input.payload.type, input.payload, input.replayOf ?? null],
      );
      return toDelivery(rows[0]!);
    },
    async recordAttempt(id: string, outcome: { status: WebhookDelivery['status']; statusCode: number | null; error: string | null }): Promise<void> {
      await db.query('UPDATE hs_webhook_deliveries SET status = $2, attempts = attempts + 1, last_status_code = $3, last_error = $4, updated_at = now() WHERE id = $1', [
        id,
        outcome.status,
        outcome.statusCode,
        outcome.error,
      ]);
    },
    async listDeliveries(userId: string, endpointId: string, limit = 100): Promise<WebhookDelivery[] | undefined> {
      const owned = await db.query('SELECT 1 FROM hs_webhook_endpoints WHERE id = $1 AND user_id = $2', [endpointId, userId]);
      if (owned.rows.length === 0) return undefined;
      const { rows } = await db.query<DeliveryRow>(`SELECT ${deliveryColumns} FROM hs_webhook_deliveries WHERE endpoint_id = $1 ORDER BY created_at DESC, id LIMIT $2`, [endpointId, limit]);
      return rows.map(toDelivery);
    },
    async delivery(userId: string, id: string): Promise<WebhookDelivery | undefined> {
      const { rows } = await db.query<DeliveryRow>(`SELECT ${deliveryColumns} FROM hs_webhook_deliveries WHERE id = $1 AND user_id = $2`, [id, userId]);
      return rows[0] && toDelivery(rows[0]);
    },
  };
}

export type WebhookStore = ReturnType<typeof webhookStore>;
