import { useState, type FormEvent } from 'react';
import { signIn } from '../api.js';
import { navigate } from '../router.js';
import { ErrorNote } from '../use-api.js';

/** Sign up or log in: email and password (at least 10 characters for a new account). */
export function LoginPage() {
  const [mode, setMode] = useState<'login' | 'signup'>('login');
  const [error, setError] = useState<unknown>(null);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    try {
      await signIn(mode, String(form.get('email')), String(form.get('password')));
      navigate('/projects', { replace: true });
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <section className="card login">
      <h1>{mode === 'login' ? 'Log in' : 'Create an account'}</h1>
      <form onSubmit={submit}>
        <label>
          Email
          <input name="email" type="email" autoComplete="email" required />
        </label>
        <label>
          Password
          <input name="password" type="password" autoComplete={mode === 'login' ? 'current-password' : 'new-password'} minLength={mode === 'signup' ? 10 : 1} required />
        </label>
        <p>
          <button type="submit">{mode === 'login' ? 'Log in' : 'Sign up'}</button>
        </p>
      </form>
      <ErrorNote error={error} />
      <button type="button" className="link" onClick={() => (setMode(mode === 'login' ? 'signup' : 'login'), setError(null))}>
        {mode === 'login' ? 'No account yet? Sign up' : 'Have an account? Log in'}
      </button>
    </section>
  );
}
