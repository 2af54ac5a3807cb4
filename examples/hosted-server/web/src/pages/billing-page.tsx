import { useEffect, useState } from 'react';
import { api } from '../api.js';
import { useLocation } from '../router.js';
import { ErrorNote, useApi } from '../use-api.js';

interface Billing {
  plan: string;
  subscribedPlan: string;
  subscriptionStatus: string | null;
}

/**
 * The plan and subscription; Upgrade opens a Stripe Checkout session, Manage the customer portal
 * (both made by the server). Stripe sends the browser back to `?checkout=done`; the plan changes
 * when Stripe's signed webhook arrives, so the page asks again every 2 s for a while.
 */
export function BillingPage() {
  const { search } = useLocation();
  const returned = search.get('checkout');
  const { data, error, reload } = useApi<Billing>('/billing');
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => {
    if (returned !== 'done') return;
    const timer = setInterval(reload, 2_000);
    const stop = setTimeout(() => clearInterval(timer), 60_000);
    return () => (clearInterval(timer), clearTimeout(stop));
  }, [returned, reload]);
  const open = (path: string, body?: unknown) =>
    api<{ url: string }>('POST', path, body).then(
      ({ url }) => window.location.assign(url),
      (problem: unknown) => setFailure(problem),
    );
  return (
    <section className="card">
      <h1>Billing</h1>
      {returned === 'done' && <p role="status">Thank you: the plan changes as soon as Stripe confirms the payment.</p>}
      {returned === 'cancelled' && <p role="status">Checkout cancelled: nothing changed.</p>}
      <ErrorNote error={error ?? failure} />
      {data && (
        <>
          <p>
            Plan in force: <strong data-testid="billing-plan">{data.plan}</strong> (subscription: {data.subscribedPlan}, {data.subscriptionStatus ?? 'none'})
          </p>
          <p className="toolbar">
            {data.plan !== 'pro' && data.plan !== 'team' && (
              <button type="button" onClick={() => open('/billing/checkout', { plan: 'pro' })}>
                Upgrade to pro
              </button>
            )}
            {data.plan !== 'team' && (
              <button type="button" onClick={() => open('/billing/checkout', { plan: 'team' })}>
                Upgrade to team
              </button>
            )}
            <button type="button" onClick={() => open('/billing/portal')}>
              Manage subscription
            </button>
          </p>
        </>
      )}
    </section>
  );
}
