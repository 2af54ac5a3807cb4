import Stripe from 'stripe';
import type { ServerConfig } from '../config/config.js';
import { HttpError } from '../http/http-error.js';

/**
 * The Stripe SDK for the configured key. `STRIPE_API_BASE` (e.g. `http://127.0.0.1:12111`) points
 * it at another server speaking Stripe's REST API through the SDK's own `host` / `port` /
 * `protocol` options: the tests' stand-in, or stripe-mock. 503 `NOT_CONFIGURED` without a key.
 *
 * @example
 * const stripe = stripeClient(config.stripe);
 */
export function stripeClient(options: ServerConfig['stripe']): Stripe {
  if (!options.secretKey) throw new HttpError(503, 'NOT_CONFIGURED', 'Billing is not configured: set STRIPE_SECRET_KEY (and STRIPE_WEBHOOK_SECRET, STRIPE_PRICE_PRO, STRIPE_PRICE_TEAM).');
  if (!options.apiBase) return new Stripe(options.secretKey, { maxNetworkRetries: 2 });
  const base = new URL(options.apiBase);
  return new Stripe(options.secretKey, {
    host: base.hostname,
    port: base.port || (base.protocol === 'https:' ? 443 : 80),
    protocol: base.protocol === 'https:' ? 'https' : 'http',
    maxNetworkRetries: 0,
  });
}
