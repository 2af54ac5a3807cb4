import { useState, type FormEvent } from 'react';
import { api, currentSession } from '../api.js';
import { ShownOnce, useCreateWithSecret } from '../shown-once.js';
import { ErrorNote, useApi } from '../use-api.js';

interface Customer {
  id: string;
  email: string;
  plan: string;
  disabled: boolean;
  createdAt: string;
}

interface Licence {
  id: string;
  licensee: string;
  plan: string;
  seats: number;
  seatsUsed: number;
  expiresAt: string;
  revoked: boolean;
}

type LicenceStatus = { valid: true; claims: { licensee: string; plan: string; seats: number; expiresAt: string }; seatsUsed: number } | { valid: false; reason: string };

const plans = ['free', 'pro', 'team'];

/**
 * Customers and licences (RESELLER; an ADMIN sees the licences part): the accounts the reseller
 * created (create, disable), licences it issued (the key shown once; revoke), and a check of any
 * licence key through the public `/licences/validate`. The server decides: `/reseller/…` is for
 * resellers alone, `/licences` for resellers and admins.
 */
export function ResellerPage() {
  const reseller = currentSession()?.user.role === 'RESELLER';
  return (
    <>
      {reseller && <Customers />}
      <Licences />
      <ValidateLicence />
    </>
  );
}

function Customers() {
  const { data, error, reload } = useApi<{ customers: Customer[] }>('/reseller/customers');
  const [failure, setFailure] = useState<unknown>(null);
  const create = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const fields = new FormData(form);
    try {
      await api('POST', '/reseller/customers', { email: String(fields.get('email')), password: String(fields.get('password')) });
      form.reset();
      setFailure(null);
      reload();
    } catch (problem) {
      setFailure(problem);
    }
  };
  const disable = (id: string, disabled: boolean) => api('PATCH', `/reseller/customers/${id}`, { disabled }).then(reload, setFailure);
  return (
    <section className="card">
      <h1>Customers</h1>
      <form className="inline" onSubmit={create} aria-label="New customer">
        <label>
          Customer email
          <input name="email" type="email" required maxLength={254} />
        </label>
        <label>
          Initial password
          <input name="password" type="password" required minLength={10} maxLength={200} autoComplete="new-password" />
        </label>
        <button type="submit">Create customer</button>
      </form>
      <ErrorNote error={error ?? failure} />
      <table aria-label="Customers">
        <thead>
          <tr>
            <th>Email</th>
            <th>Plan</th>
            <th>Created</th>
            <th>Disabled</th>
          </tr>
        </thead>
        <tbody>
          {data?.customers.map((customer) => (
            <tr key={customer.id} data-customer={customer.email}>
              <td>{customer.email}</td>
              <td>{customer.plan}</td>
              <td>{new Date(customer.createdAt).toLocaleDateString()}</td>
              <td>
                <input type="checkbox" aria-label={`Disable ${customer.email}`} checked={customer.disabled} onChange={(event) => disable(customer.id, event.target.checked)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {data?.customers.length === 0 && <p>No customers yet.</p>}
    </section>
  );
}

function Licences() {
  const { data, error, reload } = useApi<{ licences: Licence[] }>('/licences');
  const { secret, failure, setFailure, submit } = useCreateWithSecret(
    (form) =>
      api<{ key: string }>('POST', '/licences', {
        licensee: String(form.get('licensee')),
        plan: String(form.get('plan')),
        seats: Number(form.get('seats')),
        validDays: Number(form.get('validDays')),
      }).then((answer) => answer.key),
    reload,
  );
  const revoke = (id: string) => api('POST', `/licences/${id}/revoke`).then(reload, setFailure);
  return (
    <section className="card">
      <h1>Licences</h1>
      <form className="inline" onSubmit={submit} aria-label="New licence">
        <label>
          Licensee
          <input name="licensee" required maxLength={200} />
        </label>
        <label>
          Plan
          <select name="plan" defaultValue="pro">
            {plans.map((plan) => (
              <option key={plan}>{plan}</option>
            ))}
          </select>
        </label>
        <label>
          Seats
          <input name="seats" type="number" required min={1} max={10_000} defaultValue={5} />
        </label>
        <label>
          Valid for (days)
          <input name="validDays" type="number" required min={1} max={3_650} defaultValue={365} />
        </label>
        <button type="submit">Issue licence</button>
      </form>
      <ShownOnce secret={secret} note="Copy the licence key now: it is shown only this once." testId="new-licence" />
      <ErrorNote error={error ?? failure} />
      <table aria-label="Licences">
        <thead>
          <tr>
            <th>Licensee</th>
            <th>Plan</th>
            <th>Seats used</th>
            <th>Expires</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {data?.licences.map((licence) => (
            <tr key={licence.id} data-licence={licence.licensee} data-revoked={licence.revoked ? 'true' : 'false'}>
              <td>{licence.licensee}</td>
              <td>{licence.plan}</td>
              <td>
                {licence.seatsUsed} / {licence.seats}
              </td>
              <td>{new Date(licence.expiresAt).toLocaleDateString()}</td>
              <td>
                {licence.revoked ? (
                  'revoked'
                ) : (
                  <button type="button" onClick={() => revoke(licence.id)}>
                    Revoke {licence.licensee}
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

function ValidateLicence() {
  const [status, setStatus] = useState<LicenceStatus | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const check = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    try {
      setStatus(await api<LicenceStatus>('POST', '/licences/validate', { key: String(new FormData(event.currentTarget).get('key')).trim() }));
      setFailure(null);
    } catch (problem) {
      setStatus(null);
      setFailure(problem);
    }
  };
  return (
    <section className="card">
      <h1>Check a licence key</h1>
      <form className="inline" onSubmit={check} aria-label="Check licence">
        <label>
          Licence key
          <input name="key" required maxLength={4_000} size={60} />
        </label>
        <button type="submit">Check</button>
      </form>
      <ErrorNote error={failure} />
      {status && (
        <p role="status" data-testid="licence-status" data-valid={String(status.valid)}>
          {status.valid
            ? `Valid: ${status.claims.licensee}, ${status.claims.plan}, ${status.seatsUsed} of ${status.claims.seats} seats used, until ${new Date(status.claims.expiresAt).toLocaleDateString()}`
            : `Not valid: ${status.reason}`}
        </p>
      )}
    </section>
  );
}
