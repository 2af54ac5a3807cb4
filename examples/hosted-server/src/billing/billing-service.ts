import type Stripe from 'stripe';
import type { User } from '../accounts/users.js';
import type { ServerConfig } from '../config/config.js';
import { isPlanName, type PlanName } from '../config/plans.js';
import { inTransaction, type Database, type Queryable } from '../db/database.js';
import { HttpError } from '../http/http-error.js';
import { stripeClient } from './stripe-client.js';

/** What handling one webhook event did. */
export type StripeEventOutcome = { kind: 'duplicate' } | { kind: 'ignored'; reason: string } | { kind: 'applied'; userId: string; plan: PlanName; status: string | null };

/** Subscription states that keep the paid plan. */
const payingStatuses = new Set(['active', 'trialing', 'past_due']);

/**
 * Stripe checkout, customer portal and subscription state. The plan follows the subscription
 * from Stripe's webhooks: each event is recorded by id in the transaction that applies it, so a
 * replayed event changes nothing, and an event older than the last one applied (Stripe does not
 * deliver in order) is ignored.
 */
export function billingService(dependencies: { db: Database; config: ServerConfig['stripe']; publicUrl: () => string }) {
  const { db, config } = dependencies;
  let client: Stripe | undefined;
  const stripe = () => (client ??= stripeClient(config));
  const planOfPrice = (priceId: string | undefined) => (Object.entries(config.prices) as [PlanName, string][]).find(([, price]) => price === priceId)?.[0];

  const customerOf = async (user: User): Promise<string> => {
    if (user.stripeCustomerId) return user.stripeCustomerId;
    const customer = await stripe().customers.create({ email: user.email, metadata: { userId: user.id } });
    const { rows } = await db.query<{ stripe_customer_id: string }>('UPDATE hs_users SET stripe_customer_id = COALESCE(stripe_customer_id, $2) WHERE id = $1 RETURNING stripe_customer_id', [
      user.id,
      customer.id,
    ]);
    return rows[0]!.stripe_customer_id;
  };

  const applyPlan = async (client: Queryable, where: { userId?: string; customerId?: string }, change: { plan: PlanName; status: string | null; subscriptionId: string | null; at: Date }) => {
    const { rows } = await client.query<{ id: string }>(
      `UPDATE hs_users SET plan = $3, subscription_status = $4, stripe_subscription_id = COALESCE($5, stripe_subscription_id), billing_event_at = $6,
         stripe_customer_id = COALESCE(stripe_customer_id, $2)
       WHERE (id = $1 OR ($1::uuid IS NULL AND stripe_customer_id = $2)) AND (billing_event_at IS NULL OR billing_event_at <= $6) RETURNING id`,
      [where.userId ?? null, where.customerId ?? null, change.plan, change.status, change.subscriptionId, change.at],
    );
    return rows[0]?.id;
  };

  return {
    /** A Checkout session for `plan`; the client goes to its `url`. */
    async checkout(user: User, plan: PlanName): Promise<{ id: string; url: string }> {
      const price = config.prices[plan];
      if (!price) throw new HttpError(400, 'INVALID_INPUT', `The ${plan} plan cannot be bought here: set STRIPE_PRICE_${plan.toUpperCase()} to its Stripe price id.`);
      const session = await stripe().checkout.sessions.create({
        mode: 'subscription',
        customer: await customerOf(user),
        client_reference_id: user.id,
        line_items: [{ price, quantity: 1 }],
        metadata: { userId: user.id, plan },
        subscription_data: { metadata: { userId: user.id, plan } },
        success_url: `${dependencies.publicUrl()}/app/billing?checkout=done&session_id={CHECKOUT_SESSION_ID}`,
        cancel_url: `${dependencies.publicUrl()}/app/billing?checkout=cancelled`,
      });
      if (!session.url) throw new HttpError(502, 'UNAVAILABLE', 'Stripe returned a checkout session without a URL; try again.');
      return { id: session.id, url: session.url };
    },
    /** A customer-portal session (change card, cancel); the client goes to its `url`. */
    async portal(user: User): Promise<{ url: string }> {
      const session = await stripe().billingPortal.sessions.create({ customer: await customerOf(user), return_url: `${dependencies.publicUrl()}/app/billing` });
      return { url: session.url };
    },
    /** Verifies a webhook's signature (400 `INVALID_SIGNATURE`) and returns the event. */
    verify(payload: string, signature: string | null): Stripe.Event {
      if (!config.webhookSecret) throw new HttpError(503, 'NOT_CONFIGURED', 'Stripe webhooks are not configured: set STRIPE_WEBHOOK_SECRET.');
      try {
        return stripe().webhooks.constructEvent(payload, signature ?? '', config.webhookSecret);
      } catch {
        throw new HttpError(400, 'INVALID_SIGNATURE', 'The Stripe-Signature header does not sign this payload with the webhook secret.');
      }
    },
    /** Applies one verified event, once. */
    async handle(event: Stripe.Event): Promise<StripeEventOutcome> {
      return inTransaction(db, async (client): Promise<StripeEventOutcome> => {
        const recorded = await client.query('INSERT INTO hs_stripe_events (id, type) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING RETURNING id', [event.id, event.type]);
        if (recorded.rows.length === 0) return { kind: 'duplicate' };
        const at = new Date(event.created * 1000);
        if (event.type === 'checkout.session.completed') {
          const session = event.data.object;
          const plan = session.metadata?.['plan'];
          if (session.payment_status !== 'paid' || !isPlanName(plan)) return { kind: 'ignored', reason: 'checkout not paid or without a plan' };
          const customerId = typeof session.customer === 'string' ? session.customer : session.customer?.id;
          const subscriptionId = typeof session.subscription === 'string' ? session.subscription : (session.subscription?.id ?? null);
          const userId = await applyPlan(
            client,
            { ...(session.client_reference_id ? { userId: session.client_reference_id } : {}), ...(customerId ? { customerId } : {}) },
            { plan, status: 'active', subscriptionId, at },
          );
          return userId ? { kind: 'applied', userId, plan, status: 'active' } : { kind: 'ignored', reason: 'no such account, or a newer event applied' };
        }
        if (event.type === 'customer.subscription.created' || event.type === 'customer.subscription.updated' || event.type === 'customer.subscription.deleted') {
          const subscription = event.data.object;
          const customerId = typeof subscription.customer === 'string' ? subscription.customer : subscription.customer.id;
          const paidPlan = planOfPrice(subscription.items.data[0]?.price.id);
          const paying = event.type !== 'customer.subscription.deleted' && payingStatuses.has(subscription.status);
          const plan: PlanName = paying && paidPlan ? paidPlan : 'free';
          const userId = await applyPlan(client, { customerId }, { plan, status: subscription.status, subscriptionId: subscription.id, at });
          return userId ? { kind: 'applied', userId, plan, status: subscription.status } : { kind: 'ignored', reason: 'no account with this customer, or a newer event applied' };
        }
        return { kind: 'ignored', reason: `${event.type} is not handled` };
      });
    },
  };
}

export type BillingService = ReturnType<typeof billingService>;
