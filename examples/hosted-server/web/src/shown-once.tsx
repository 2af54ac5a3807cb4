import { useState, type FormEvent } from 'react';

/**
 * A form that creates something whose secret the server shows only in its answer (an API key, a
 * webhook's signing secret): `submit` for the form, the `secret` to show once, the `failure`.
 *
 * @example
 * const created = useCreateWithSecret((form) => api('POST', '/keys', { name: form.get('name') }).then((answer) => answer.key), reload);
 * <form onSubmit={created.submit}>…</form>
 */
export function useCreateWithSecret(create: (form: FormData) => Promise<string>, onCreated: () => void) {
  const [secret, setSecret] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    try {
      setSecret(await create(new FormData(event.currentTarget)));
      setFailure(null);
      onCreated();
    } catch (problem) {
      setFailure(problem);
    }
  };
  return { secret, failure, setFailure, submit };
}

/** The secret with a note that it will not be shown again. */
export function ShownOnce({ secret, note, testId }: { secret: string | null; note: string; testId: string }) {
  if (!secret) return null;
  return (
    <div role="status">
      <p>{note}</p>
      <p className="secret" data-testid={testId}>
        {secret}
      </p>
    </div>
  );
}
