import { createHmac, timingSafeEqual } from 'node:crypto';

/** Header carrying the signature of an outbound webhook: `t=<unix seconds>,v1=<hex HMAC-SHA256>`. */
export const signatureHeader = 'buildwright-signature';

/**
 * The signature header value for `body` sent at `timestampSeconds`: HMAC-SHA256 with the
 * endpoint's secret over `<timestamp>.<body>` (the timestamp is signed, so an old delivery cannot
 * be replayed later as new).
 *
 * @example
 * headers[signatureHeader] = signWebhook({ secret, body, timestampSeconds: Math.floor(Date.now() / 1000) });
 */
export function signWebhook(options: { secret: string; body: string; timestampSeconds: number }): string {
  const digest = createHmac('sha256', options.secret).update(`${options.timestampSeconds}.${options.body}`).digest('hex');
  return `t=${options.timestampSeconds},v1=${digest}`;
}

/**
 * What a receiver runs: true when `header` signs `body` with `secret` and its timestamp is within
 * `toleranceSeconds` (default 300) of `now`.
 *
 * @example
 * if (!verifyWebhook({ secret, body: rawBody, header: request.headers.get('buildwright-signature') })) return new Response(null, { status: 400 });
 */
export function verifyWebhook(options: { secret: string; body: string; header: string | null | undefined; toleranceSeconds?: number; now?: Date }): boolean {
  const parts = new Map((options.header ?? '').split(',').map((part) => part.split('=', 2) as [string, string]));
  const timestamp = Number(parts.get('t'));
  const signature = parts.get('v1');
  if (!Number.isInteger(timestamp) || !signature) return false;
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (Math.abs(now - timestamp) > (options.toleranceSeconds ?? 300)) return false;
  const expected = Buffer.from(signWebhook({ secret: options.secret, body: options.body, timestampSeconds: timestamp }).split('v1=')[1]!, 'hex');
  const given = Buffer.from(signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
