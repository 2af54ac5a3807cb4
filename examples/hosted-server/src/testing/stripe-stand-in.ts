import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the stand-in received: the form fields the Stripe SDK sent, flattened (`line_items[0][price]`). */
export interface StripeRequest {
  method: string;
  path: string;
  fields: Record<string, string>;
  authorization: string | undefined;
  idempotencyKey: string | undefined;
}

/**
 * A local server speaking the part of Stripe's REST API the service calls (customers, Checkout
 * sessions, customer-portal sessions): form-encoded bodies in, Stripe-shaped JSON objects out,
 * Stripe's error shape for anything else. The `stripe` SDK reaches it through its own `host` /
 * `port` / `protocol` options (STRIPE_API_BASE). It records every request for the test to read.
 *
 * @example
 * const stripe = await startStripeStandIn();
 * // STRIPE_API_BASE: stripe.url
 */
export async function startStripeStandIn(): Promise<{ url: string; requests: StripeRequest[]; close(): Promise<void> }> {
  const requests: StripeRequest[] = [];
  let counter = 0;
  const next = (prefix: string) => `${prefix}_standin${(++counter).toString().padStart(6, '0')}`;
  const server: Server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const fields = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
    const path = new URL(request.url ?? '/', 'http://stand-in').pathname;
    const header = (name: string) => (typeof request.headers[name] === 'string' ? (request.headers[name] as string) : undefined);
    requests.push({ method: request.method ?? 'GET', path, fields, authorization: header('authorization'), idempotencyKey: header('idempotency-key') });
    const send = (status: number, body: unknown) => response.writeHead(status, { 'content-type': 'application/json', 'request-id': next('req') }).end(JSON.stringify(body));
    if (!header('authorization')?.startsWith('Bearer sk_')) return send(401, { error: { type: 'invalid_request_error', message: 'Invalid API Key provided.' } });
    const metadata = Object.fromEntries(Object.entries(fields).flatMap(([key, value]) => (key.startsWith('metadata[') ? [[key.slice(9, -1), value]] : [])));
    const created = Math.floor(Date.now() / 1000);
    if (request.method === 'POST' && path === '/v1/customers') {
      return send(200, { id: next('cus'), object: 'customer', created, email: fields['email'] ?? null, metadata, livemode: false });
    }
    if (request.method === 'POST' && path === '/v1/checkout/sessions') {
      const id = next('cs_test');
      return send(200, {
        id,
        object: 'checkout.session',
        created,
        mode: fields['mode'],
        customer: fields['customer'] ?? null,
        client_reference_id: fields['client_reference_id'] ?? null,
        metadata,
        payment_status: 'unpaid',
        status: 'open',
        success_url: fields['success_url'],
        cancel_url: fields['cancel_url'],
        url: `https://checkout.stripe.test/c/pay/${id}`,
        livemode: false,
      });
    }
    if (request.method === 'POST' && path === '/v1/billing_portal/sessions') {
      const id = next('bps');
      return send(200, {
        id,
        object: 'billing_portal.session',
        created,
        customer: fields['customer'],
        return_url: fields['return_url'] ?? null,
        url: `https://billing.stripe.test/p/session/${id}`,
        livemode: false,
      });
    }
    return send(404, { error: { type: 'invalid_request_error', message: `Unrecognized request URL (${request.method}: ${path}).` } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
