import { z } from 'zod';

/**
 * The WebSocket protocol of `GET /ws/runs/:runId` (see the README's "WebSocket"): the client's
 * first and only message authenticates and says where to resume; the server answers `ready`, then
 * one `event` message per event in seq order (the SSE stream's events, the same objects), then
 * `end` and close 1000 after the terminal event. A refusal is an `error` message and a close code.
 */
export const firstMessageSchema = z.strictObject({
  type: z.literal('follow'),
  /** An access token (JWT from /auth/login or /auth/refresh) or an API key `bwk_…` with `builder:read`. */
  token: z.string().min(1).max(4096),
  /** The last seq the client has (SSE's Last-Event-ID); 0 or absent: from the start. */
  afterSeq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
});

export type FirstMessage = z.infer<typeof firstMessageSchema>;

/** What the server sends, one JSON text frame each. */
export type ServerMessage =
  | { type: 'ready'; runId: string; afterSeq: number }
  | { type: 'event'; event: { type: string; seq: number } }
  | { type: 'end'; reason: 'ended' }
  | { type: 'error'; code: string; message: string };
