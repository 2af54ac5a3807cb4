import { useState, type FormEvent } from 'react';
import { api } from '../api.js';
import { ErrorNote } from '../use-api.js';

interface Activated {
  licence: { licensee: string; plan: string; expiresAt: string };
  plan: string;
}

/**
 * Activate a licence: paste a `BWL1.…` key from a reseller; the server checks it (signature,
 * expiry, revocation, seats) and the account's plan is then the licence's while it is valid.
 * A refusal shows its code (`LICENCE_EXPIRED`, `LICENCE_REVOKED`, `LICENCE_INVALID`, `LICENCE_SEATS_TAKEN`).
 */
export function ActivateLicence({ onActivated }: { onActivated(): void }) {
  const [activated, setActivated] = useState<Activated | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const activate = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    try {
      setActivated(await api<Activated>('POST', '/licences/activate', { key: String(new FormData(event.currentTarget).get('key')).trim() }));
      setFailure(null);
      onActivated();
    } catch (problem) {
      setActivated(null);
      setFailure(problem);
    }
  };
  return (
    <section className="card">
      <h2>Activate a licence</h2>
      <form className="inline" onSubmit={activate} aria-label="Activate licence">
        <label>
          Licence key
          <input name="key" required maxLength={4_000} size={60} placeholder="BWL1.…" />
        </label>
        <button type="submit">Activate</button>
      </form>
      <ErrorNote error={failure} />
      {activated && (
        <p role="status" data-testid="licence-activated">
          Activated: {activated.licence.licensee}'s {activated.licence.plan} licence, until {new Date(activated.licence.expiresAt).toLocaleDateString()}. Your plan is now {activated.plan}.
        </p>
      )}
    </section>
  );
}
