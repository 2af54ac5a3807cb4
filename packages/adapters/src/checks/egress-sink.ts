import { createServer } from 'node:net';
import type { Socket } from 'node:net';

/** A proxy that lets nothing through: what reaches it is noted, and its connection closed. */
export interface EgressSink {
  /** `http://127.0.0.1:<port>`, for Chromium's proxy setting. */
  url: string;
  /** What reached it, in order: `host:port` of a tunnel (`CONNECT`: HTTPS, WebSockets), or the URL of a plain HTTP request. */
  attempts(): string[];
  close(): Promise<void>;
}

/** Most attempts noted; a page that loops on requests gets no more. */
const maxAttempts = 100;
/** Longest first line read from a connection. */
const maxLineBytes = 2048;

/**
 * Starts the black hole Chromium's proxy setting points at: every request the egress policy does
 * not let bypass the proxy ends here. It reads the request line only (a tunnel's `CONNECT
 * host:port`, or `GET http://host/path`), notes the target and closes the connection without an
 * answer, so nothing is sent on and the page gets a network error. Chromium never falls back to a
 * direct connection from a fixed proxy that fails.
 *
 * @example
 * const sink = await startEgressSink();
 * const context = await browser.newContext({ proxy: { server: sink.url, bypass: '<-loopback>,127.0.0.1:4173' } });
 */
export async function startEgressSink(): Promise<EgressSink> {
  const attempts: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    socket.setTimeout(5_000, () => socket.destroy());
    let head = '';
    socket.on('data', (chunk: Buffer) => {
      head += chunk.toString('latin1');
      const end = head.indexOf('\r\n');
      if (end === -1 && head.length < maxLineBytes) return;
      const [, target] = (end === -1 ? head : head.slice(0, end)).split(' ');
      if (target && attempts.length < maxAttempts) attempts.push(target.slice(0, 500));
      socket.destroy();
    });
  });
  server.unref();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the egress sink has no TCP port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    attempts: () => [...attempts],
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
