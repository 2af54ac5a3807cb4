import { request } from 'node:http';
import { createServer } from 'node:net';
import { expect } from 'vitest';

/** Awaits a promise that must reject with a BuildwrightError of `code`. */
export async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  await expect(promise).rejects.toMatchObject({ code });
}

/** A free port: deployment URLs name the port, so a restarted adapter must get the same one. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

/** GET through the server by URL, sending the URL's host name (no DNS lookup of `*.localhost` needed). */
export async function get(url: string, port: number, path = '/'): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  const answer = await getBytes(url, port, path);
  return { ...answer, body: answer.body.toString('utf8') };
}

/** {@link get} with the body's bytes. */
export function getBytes(url: string, port: number, path = '/'): Promise<{ status: number; body: Buffer; headers: Record<string, unknown> }> {
  return new Promise((done, fail) => {
    const target = new URL(path, url);
    const sent = request({ host: '127.0.0.1', port, agent: false, path: target.pathname, headers: { host: target.host } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done({ status: response.statusCode ?? 0, body: Buffer.concat(chunks), headers: response.headers }));
    });
    sent.on('error', fail);
    sent.end();
  });
}

/**
 * Makes this process resolve `*.localhost` to 127.0.0.1, as browsers and curl do (glibc does not):
 * Node's `fetch` then reaches deployment URLs. Returns the function that undoes it (test use only).
 */
export async function resolveLocalhostNames(): Promise<() => void> {
  const dns = (await import('node:dns')).default;
  const original = dns.lookup;
  const patched = ((host: string, ...rest: unknown[]) => (original as (...args: unknown[]) => void)(host.endsWith('.localhost') ? '127.0.0.1' : host, ...rest)) as typeof dns.lookup;
  dns.lookup = patched;
  return () => {
    dns.lookup = original;
  };
}
