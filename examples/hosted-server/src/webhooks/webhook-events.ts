/** Events a user can subscribe an endpoint to. */
export const webhookEventTypes = ['run.completed', 'run.failed', 'version.created'] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];

/** The JSON body of a delivery. */
export interface WebhookPayload {
  /** Unique per event (the same on a retry or a replay): receivers deduplicate by it. */
  id: string;
  type: WebhookEventType;
  createdAt: string;
  data: Record<string, unknown>;
}
