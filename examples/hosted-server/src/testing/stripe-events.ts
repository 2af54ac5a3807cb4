import Stripe from 'stripe';

/**
 * A Stripe webhook delivery of `type` with `object`, signed as Stripe signs it (the SDK's own
 * `generateTestHeaderString` with the endpoint secret): the raw body and its `Stripe-Signature`.
 *
 * @example
 * const { payload, signature } = signedStripeEvent({ secret, id: 'evt_1', type: 'customer.subscription.updated', object: subscription });
 */
export function signedStripeEvent(options: { secret: string; id: string; type: string; object: Record<string, unknown>; created?: number }): { payload: string; signature: string } {
  const payload = JSON.stringify({
    id: options.id,
    object: 'event',
    api_version: '2025-01-27',
    created: options.created ?? Math.floor(Date.now() / 1000),
    type: options.type,
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    data: { object: options.object },
  });
  const stripe = new Stripe('sk_test_signing_only');
  return { payload, signature: stripe.webhooks.generateTestHeaderString({ payload, secret: options.secret }) };
}

/** A subscription object as Stripe sends it in `customer.subscription.*` events (the fields the service reads). */
export function subscriptionObject(options: { id: string; customer: string; price: string; status: string }): Record<string, unknown> {
  return {
    id: options.id,
    object: 'subscription',
    customer: options.customer,
    status: options.status,
    items: { object: 'list', data: [{ id: `si_${options.id}`, object: 'subscription_item', price: { id: options.price, object: 'price' } }] },
  };
}
