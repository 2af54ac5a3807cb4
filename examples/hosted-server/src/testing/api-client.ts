import { randomUUID } from 'node:crypto';
import type { Role } from '../auth/roles.js';
import { hashPassword } from '../auth/passwords.js';
import type { TestServer } from './test-server.js';

/** An answer: status, parsed JSON body (or text), headers. */
// biome-ignore lint/suspicious/noExplicitAny: a test reads an answer field by field and expect() checks each value; typing every body would add nothing.
export interface ApiAnswer<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** A credential: an access token or an API key, sent as a Bearer token. */
export type Credential = string | undefined;

/**
 * `fetch` as curl would do it: JSON in and out, `credential` as `Authorization: Bearer`.
 *
 * @example
 * const { status, body } = await call(server.url, 'POST', '/keys', { credential: token, body: { name: 'ci' } });
 */
// biome-ignore lint/suspicious/noExplicitAny: as ApiAnswer.
export async function call<T = any>(
  baseUrl: string,
  method: string,
  path: string,
  options: { credential?: Credential; body?: unknown; headers?: Record<string, string>; redirect?: RequestRedirect } = {},
): Promise<ApiAnswer<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.credential) headers['authorization'] = `Bearer ${options.credential}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers,
    ...(options.redirect ? { redirect: options.redirect } : {}),
    ...(options.body === undefined ? {} : { body: typeof options.body === 'string' ? options.body : JSON.stringify(options.body) }),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // Not JSON (a preview file, metrics): the text as it is.
  }
  return { status: response.status, body: body as T, headers: response.headers };
}

/** A signed-in account of the test server. */
export interface TestAccount {
  id: string;
  email: string;
  role: Role;
  accessToken: string;
  refreshToken: string;
}

/**
 * An account with `role`, created directly in the database (as `npm run create-user` does) and
 * signed in through a session like `/auth/login` makes.
 */
export async function accountWithRole(server: TestServer, role: Role, options: { createdBy?: string } = {}): Promise<TestAccount> {
  const { services } = server;
  const email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@example.test`;
  const user = await services.users.create({ email, passwordHash: await hashPassword('correct horse battery'), role, ...(options.createdBy ? { createdBy: options.createdBy } : {}) });
  const refresh = await services.sessions.start(user.id);
  const access = await services.accessTokens.issue({ userId: user.id, sessionId: refresh.sessionId });
  return { id: user.id, email, role, accessToken: access.token, refreshToken: refresh.token };
}

/** Polls `read` every 50 ms until `done` holds for its value (or `timeoutMs`), returning the value. */
export async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`waitFor: still not done after ${timeoutMs} ms; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
