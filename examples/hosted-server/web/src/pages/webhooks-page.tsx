import { useState } from 'react';
import { api } from '../api.js';
import { ShownOnce, useCreateWithSecret } from '../shown-once.js';
import { ErrorNote, useApi } from '../use-api.js';

const events = ['run.completed', 'run.failed', 'version.created'] as const;

interface Endpoint {
  id: string;
  url: string;
  events: string[];
  disabled: boolean;
}

interface Delivery {
  id: string;
  eventType: string;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  replayOf: string | null;
  createdAt: string;
}

/** One endpoint's delivery log, with Refresh and a replay per delivery. */
function Deliveries({ endpoint }: { endpoint: Endpoint }) {
  const { data, error, reload } = useApi<{ deliveries: Delivery[] }>(`/webhooks/${endpoint.id}/deliveries`);
  const [failure, setFailure] = useState<unknown>(null);
  const replay = (id: string) => api('POST', `/webhooks/deliveries/${id}/replay`).then(reload, setFailure);
  return (
    <section aria-label={`Deliveries to ${endpoint.url}`}>
      <button type="button" onClick={reload}>
        Refresh deliveries
      </button>
      <ErrorNote error={error ?? failure} />
      <table>
        <tbody>
          {data?.deliveries.map((delivery) => (
            <tr key={delivery.id} data-status={delivery.status}>
              <td>{delivery.eventType}</td>
              <td>{delivery.status}</td>
              <td>{delivery.attempts} attempts</td>
              <td>{delivery.lastStatusCode ?? '—'}</td>
              <td>{new Date(delivery.createdAt).toLocaleString()}</td>
              <td>
                <button type="button" onClick={() => replay(delivery.id)}>
                  Replay
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Outbound webhooks: register an endpoint (its signing secret is shown once), the deliveries, delete. */
export function WebhooksPage() {
  const { data, error, reload } = useApi<{ endpoints: Endpoint[] }>('/webhooks');
  const { secret, failure, setFailure, submit } = useCreateWithSecret(
    (form) => api<{ secret: string }>('POST', '/webhooks', { url: String(form.get('url')), events: form.getAll('event') }).then((answer) => answer.secret),
    reload,
  );
  const remove = (id: string) => api('DELETE', `/webhooks/${id}`).then(reload, setFailure);
  return (
    <section className="card">
      <h1>Webhooks</h1>
      <form className="inline" onSubmit={submit} aria-label="New webhook">
        <label>
          Endpoint URL
          <input name="url" type="url" required placeholder="https://example.com/hooks/buildwright" />
        </label>
        {events.map((type) => (
          <label key={type}>
            <span>
              <input type="checkbox" name="event" value={type} defaultChecked={type === 'run.completed'} /> {type}
            </span>
          </label>
        ))}
        <button type="submit">Add endpoint</button>
      </form>
      <ShownOnce secret={secret} note="The signing secret, shown only this once: verify each delivery's buildwright-signature with it." testId="webhook-secret" />
      <ErrorNote error={error ?? failure} />
      {data?.endpoints.map((endpoint) => (
        <section key={endpoint.id} className="card">
          <h2>{endpoint.url}</h2>
          <p>
            {endpoint.events.join(', ')}
            {endpoint.disabled && ' (disabled)'}{' '}
            <button type="button" onClick={() => remove(endpoint.id)}>
              Delete endpoint
            </button>
          </p>
          <Deliveries endpoint={endpoint} />
        </section>
      ))}
    </section>
  );
}
