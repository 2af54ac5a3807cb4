/** The signed-in session, kept in localStorage so a reload stays signed in. */
export interface Session {
  user: { id: string; email: string; role: 'USER' | 'RESELLER' | 'ADMIN' };
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
}

/** A refusal of the API: its status and `{ error: { code, message } }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const storageKey = 'hosted-server.session';
const listeners = new Set<() => void>();
let refreshing: Promise<Session | null> | null = null;

export function currentSession(): Session | null {
  const stored = localStorage.getItem(storageKey);
  return stored ? (JSON.parse(stored) as Session) : null;
}

export function saveSession(session: Session | null): void {
  if (session) localStorage.setItem(storageKey, JSON.stringify(session));
  else localStorage.removeItem(storageKey);
  for (const listener of listeners) listener();
}

/** Calls `listener` when the session changes (sign-in, refresh, sign-out); returns the unsubscribe. */
export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

async function readAnswer<T>(response: Response): Promise<T> {
  const text = await response.text();
  const body = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(response.status, body?.error?.code ?? 'HTTP_ERROR', body?.error?.message ?? `${response.status} ${response.statusText}`);
  return body as T;
}

/** Exchanges the refresh token for a new pair (once at a time); a refused one signs out. */
function refresh(session: Session): Promise<Session | null> {
  refreshing ??= fetch('/auth/refresh', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ refreshToken: session.refreshToken }) })
    .then((response) => readAnswer<Omit<Session, 'user'>>(response))
    .then((tokens) => {
      const next = { ...session, ...tokens };
      saveSession(next);
      return next;
    })
    .catch(() => {
      saveSession(null);
      return null;
    })
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

/** The access token to send, refreshed first when it ends within a minute; null when signed out. */
export async function accessToken(): Promise<string | null> {
  let session = currentSession();
  if (session && Date.parse(session.accessTokenExpiresAt) - Date.now() < 60_000) session = await refresh(session);
  return session?.accessToken ?? null;
}

/** The headers of the builder client: the current access token. */
export async function authHeaders(): Promise<Record<string, string>> {
  const token = await accessToken();
  return token ? { authorization: `Bearer ${token}` } : {};
}

/**
 * A JSON call to the API with the session's token.
 *
 * @example
 * const { keys } = await api<{ keys: ApiKey[] }>('GET', '/keys');
 */
export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = await authHeaders();
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  if (response.status === 401) {
    const answer = await readAnswer<T>(response).catch((error: unknown) => error as ApiError);
    if (answer instanceof ApiError && answer.code === 'TOKEN_EXPIRED' && currentSession()) {
      const next = await refresh(currentSession()!);
      if (next) return api(method, path, body);
    }
    if (answer instanceof ApiError) throw answer;
  }
  return readAnswer<T>(response);
}

/** Signs up or in; the session is saved. */
export async function signIn(mode: 'signup' | 'login', email: string, password: string): Promise<Session> {
  const response = await fetch(`/auth/${mode}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  const session = await readAnswer<Session>(response);
  saveSession(session);
  return session;
}

export async function signOut(): Promise<void> {
  await api('POST', '/auth/logout').catch(() => undefined);
  saveSession(null);
}
