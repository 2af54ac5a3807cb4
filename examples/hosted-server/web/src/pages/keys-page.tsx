import { api } from '../api.js';
import { ShownOnce, useCreateWithSecret } from '../shown-once.js';
import { ErrorNote, useApi } from '../use-api.js';

const scopes = ['builder:read', 'builder:write', 'usage:read', 'webhooks:manage'] as const;

interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** API keys for machines: create (the key is shown once), the list with last use, revoke. */
export function KeysPage() {
  const { data, error, reload } = useApi<{ keys: ApiKey[] }>('/keys');
  const { secret, failure, setFailure, submit } = useCreateWithSecret(
    (form) => api<{ key: string }>('POST', '/keys', { name: String(form.get('name')), scopes: form.getAll('scope') }).then((answer) => answer.key),
    reload,
  );
  const revoke = (id: string) => api('DELETE', `/keys/${id}`).then(reload, setFailure);
  return (
    <section className="card">
      <h1>API keys</h1>
      <form className="inline" onSubmit={submit} aria-label="New API key">
        <label>
          Name
          <input name="name" required maxLength={100} />
        </label>
        {scopes.map((scope) => (
          <label key={scope}>
            <span>
              <input type="checkbox" name="scope" value={scope} defaultChecked={scope.startsWith('builder')} /> {scope}
            </span>
          </label>
        ))}
        <button type="submit">Create key</button>
      </form>
      <ShownOnce secret={secret} note="Copy the key now: it is shown only this once." testId="new-key" />
      <ErrorNote error={error ?? failure} />
      <table>
        <thead>
          <tr>
            <th>Name</th>
            <th>Key</th>
            <th>Scopes</th>
            <th>Last used</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {data?.keys.map((key) => (
            <tr key={key.id} data-revoked={key.revokedAt ? 'true' : 'false'}>
              <td>{key.name}</td>
              <td>{key.prefix}…</td>
              <td>{key.scopes.join(', ')}</td>
              <td>{key.lastUsedAt ? new Date(key.lastUsedAt).toLocaleString() : 'never'}</td>
              <td>
                {key.revokedAt ? (
                  'revoked'
                ) : (
                  <button type="button" onClick={() => revoke(key.id)}>
                    Revoke {key.name}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
