import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountWithRole, call } from '../testing/api-client.js';
import { runUntilEnded } from '../testing/run-until-ended.js';
import { signedStripeEvent, subscriptionObject } from '../testing/stripe-events.js';
import { startStripeStandIn } from '../testing/stripe-stand-in.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const webhookSecret = 'whsec_test_billing';
let server: TestServer;
let stripe: Awaited<ReturnType<typeof startStripeStandIn>>;

beforeAll(async () => {
  stripe = await startStripeStandIn();
  server = await startTestServer({
    worker: true,
    environment: {
      STRIPE_SECRET_KEY: 'sk_test_billing',
      STRIPE_WEBHOOK_SECRET: webhookSecret,
      STRIPE_PRICE_PRO: 'price_pro_monthly',
      STRIPE_PRICE_TEAM: 'price_team_monthly',
      STRIPE_API_BASE: stripe.url,
      PLAN_FREE_GENERATIONS: '1',
      PLAN_PRO_GENERATIONS: '3',
    },
  });
});
afterAll(async () => {
  await server?.close();
  await stripe?.close();
});

const postEvent = (event: { payload: string; signature: string }) =>
  fetch(`${server.url}/billing/webhook`, { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': event.signature }, body: event.payload });

describe('billing through Stripe', () => {
  it('default: checkout and portal sessions are created through the stripe SDK against the stand-in', async () => {
    const user = await accountWithRole(server, 'USER');
    const checkout = await call(server.url, 'POST', '/billing/checkout', { credential: user.accessToken, body: { plan: 'team' } });
    expect(checkout.status).toBe(201);
    expect(checkout.body.url).toMatch(/^https:\/\/checkout\.stripe\.test\/c\/pay\/cs_test_/);
    const sent = stripe.requests.filter((request) => request.path === '/v1/checkout/sessions').at(-1)!;
    expect(sent.authorization).toBe('Bearer sk_test_billing');
    expect(sent.fields).toMatchObject({ mode: 'subscription', client_reference_id: user.id, 'line_items[0][price]': 'price_team_monthly', 'metadata[plan]': 'team' });
    expect(sent.fields['customer']).toMatch(/^cus_standin/);
    const portal = await call(server.url, 'POST', '/billing/portal', { credential: user.accessToken });
    expect(portal.status).toBe(201);
    // The customer made for the checkout is reused, not created twice.
    expect(stripe.requests.filter((request) => request.path === '/v1/customers' && request.fields['metadata[userId]'] === user.id)).toHaveLength(1);
    expect(stripe.requests.at(-1)!.fields['customer']).toBe(sent.fields['customer']);
  });

  it('error: a webhook with a wrong signature, another secret or an old timestamp is 400 and changes nothing', async () => {
    const event = signedStripeEvent({ secret: 'whsec_someone_else', id: 'evt_forged', type: 'checkout.session.completed', object: {} });
    expect((await postEvent(event)).status).toBe(400);
    const real = signedStripeEvent({ secret: webhookSecret, id: 'evt_tampered', type: 'checkout.session.completed', object: { payment_status: 'paid' } });
    expect((await postEvent({ payload: real.payload.replace('paid', 'PAID'), signature: real.signature })).status).toBe(400);
    const old = signedStripeEvent({ secret: webhookSecret, id: 'evt_old', type: 'checkout.session.completed', object: {} });
    const stale = old.signature.replace(/t=\d+/, `t=${Math.floor(Date.now() / 1000) - 3_600}`);
    expect((await postEvent({ payload: old.payload, signature: stale })).status).toBe(400);
    expect((await server.services.db.query('SELECT count(*) FROM hs_stripe_events')).rows[0].count).toBe('0');
  });

  it('behavior: a paid checkout upgrades the plan at once and the higher quota applies; replays change nothing; cancellation downgrades', async () => {
    const user = await accountWithRole(server, 'USER');
    const checkout = await call(server.url, 'POST', '/billing/checkout', { credential: user.accessToken, body: { plan: 'pro' } });
    const customer = stripe.requests.filter((request) => request.path === '/v1/checkout/sessions').at(-1)!.fields['customer']!;
    const first = await call(server.url, 'POST', '/api/builder/runs', { credential: user.accessToken, body: { prompt: 'a counter page' } });
    expect((await runUntilEnded(server.url, user.accessToken, first.body.runId)).status).toBe('completed');
    expect((await call(server.url, 'POST', '/api/builder/runs', { credential: user.accessToken, body: { prompt: 'one more' } })).status).toBe(429);

    const created = Math.floor(Date.now() / 1000);
    const completed = signedStripeEvent({
      secret: webhookSecret,
      id: 'evt_checkout_1',
      type: 'checkout.session.completed',
      created,
      object: { id: checkout.body.id, object: 'checkout.session', customer, client_reference_id: user.id, subscription: 'sub_1', payment_status: 'paid', metadata: { userId: user.id, plan: 'pro' } },
    });
    const handled = await postEvent(completed);
    expect(handled.status).toBe(200);
    expect(await handled.json()).toMatchObject({ outcome: 'applied' });
    expect((await call(server.url, 'GET', '/billing', { credential: user.accessToken })).body).toMatchObject({ plan: 'pro', subscriptionStatus: 'active' });
    const second = await call(server.url, 'POST', '/api/builder/runs', { credential: user.accessToken, body: { prompt: 'one more' } });
    expect(second.status).toBe(201);

    // Stripe delivers again: recognised by its id, nothing changes (an admin's later change stays).
    const admin = await accountWithRole(server, 'ADMIN');
    await call(server.url, 'PATCH', `/admin/users/${user.id}`, { credential: admin.accessToken, body: { plan: 'team' } });
    const replay = await postEvent(completed);
    expect(await replay.json()).toMatchObject({ outcome: 'duplicate' });
    expect((await server.services.users.byId(user.id))!.plan).toBe('team');

    const cancelled = signedStripeEvent({
      secret: webhookSecret,
      id: 'evt_sub_deleted',
      type: 'customer.subscription.deleted',
      created: created + 10,
      object: subscriptionObject({ id: 'sub_1', customer, price: 'price_pro_monthly', status: 'canceled' }),
    });
    expect(await (await postEvent(cancelled)).json()).toMatchObject({ outcome: 'applied' });
    // An update sent before the cancellation but delivered after it is ignored.
    const late = signedStripeEvent({
      secret: webhookSecret,
      id: 'evt_sub_late',
      type: 'customer.subscription.updated',
      created: created + 5,
      object: subscriptionObject({ id: 'sub_1', customer, price: 'price_pro_monthly', status: 'active' }),
    });
    expect(await (await postEvent(late)).json()).toMatchObject({ outcome: 'ignored' });
    expect((await call(server.url, 'GET', '/billing', { credential: user.accessToken })).body).toMatchObject({ plan: 'free', subscriptionStatus: 'canceled' });
    expect((await call(server.url, 'POST', '/api/builder/runs', { credential: user.accessToken, body: { prompt: 'again' } })).status).toBe(429);
  });
});

// The real Stripe API in test mode, when a key is given: the same checkout through the SDK, no stand-in.
describe.skipIf(!process.env.STRIPE_SECRET_KEY || !process.env.STRIPE_PRICE_PRO)('billing against Stripe test mode (needs STRIPE_SECRET_KEY and STRIPE_PRICE_PRO; skipped without them)', () => {
  it('live: a checkout session for the pro plan has a Stripe URL', async () => {
    const live = await startTestServer({ environment: { STRIPE_SECRET_KEY: process.env.STRIPE_SECRET_KEY!, STRIPE_PRICE_PRO: process.env.STRIPE_PRICE_PRO!, STRIPE_WEBHOOK_SECRET: 'whsec_unused' } });
    try {
      const user = await accountWithRole(live, 'USER');
      const checkout = await call(live.url, 'POST', '/billing/checkout', { credential: user.accessToken, body: { plan: 'pro' } });
      expect(checkout.status).toBe(201);
      expect(checkout.body.url).toMatch(/^https:\/\/checkout\.stripe\.com\//);
    } finally {
      await live.close();
    }
  });
});
