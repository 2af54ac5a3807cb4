import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createServer, request } from 'node:http';
import type { Server } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPrivateAddress, startRegistryProxy } from './registry-proxy.js';

// The install step's only way out: a forward proxy on a Unix socket. Driven here over real
// sockets from the host side, against a local "registry" and a local "other service".
const directory = mkdtempSync(join(tmpdir(), 'bw-proxy-'));
let registry: Server;
let registryPort = 0;
let otherConnections = 0;
let other: Server;
let otherPort = 0;

const listen = async (server: Server) => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return (server.address() as { port: number }).port;
};

beforeAll(async () => {
  registry = createServer((incoming, response) => response.end(`registry saw ${incoming.url}`));
  registryPort = await listen(registry);
  other = createServer((_incoming, response) => {
    otherConnections += 1;
    response.end('other');
  });
  otherPort = await listen(other);
});
afterAll(async () => {
  registry.close();
  other.close();
  await rm(directory, { recursive: true, force: true });
});

/** Sends a CONNECT through the proxy's socket; resolves to the status line, and the tunnel's answer to a GET when it opened. */
function tunnel(socketPath: string, target: string): Promise<{ status: string; body?: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(socketPath, () => socket.write(`CONNECT ${target} HTTP/1.1\r\nHost: ${target}\r\n\r\n`));
    let text = '';
    let opened = false;
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      text += chunk;
      if (!opened && text.includes('\r\n\r\n')) {
        const status = text.split('\r\n')[0] ?? '';
        if (!status.includes(' 200 ')) {
          resolve({ status });
          socket.destroy();
          return;
        }
        opened = true;
        text = '';
        socket.write(`GET /is-number HTTP/1.1\r\nHost: ${target}\r\nConnection: close\r\n\r\n`);
      }
    });
    socket.on('end', () => opened && resolve({ status: '200', body: text }));
    socket.on('error', reject);
  });
}

function plainGet(socketPath: string, url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request({ socketPath, path: url, method: 'GET', headers: { host: new URL(url).host } }, (answer) => {
      let body = '';
      answer
        .setEncoding('utf8')
        .on('data', (chunk: string) => (body += chunk))
        .on('end', () => resolve({ status: answer.statusCode ?? 0, body }));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

describe('startRegistryProxy', () => {
  it('default: tunnels to the registry host and port only; refuses other ports, hosts and loopback services', async () => {
    const socketPath = join(directory, 'a.sock');
    const proxy = await startRegistryProxy(socketPath, { registry: `http://127.0.0.1:${registryPort}/`, allowPrivateAddresses: true });
    try {
      const allowed = await tunnel(socketPath, `127.0.0.1:${registryPort}`);
      expect(allowed.body).toContain('registry saw /is-number');
      for (const target of [`127.0.0.1:${otherPort}`, '127.0.0.1:5432', 'localhost:6379', 'example.com:443', `[::1]:${registryPort}`, 'no-port-given']) {
        expect((await tunnel(socketPath, target)).status).toContain('403');
      }
      expect(otherConnections).toBe(0);
      expect(proxy.refused).toEqual([`127.0.0.1:${otherPort}`, '127.0.0.1:5432', 'localhost:6379', 'example.com:443', `[::1]:${registryPort}`, 'no-port-given']);
    } finally {
      await proxy.close();
    }
  });

  it('behavior: plain http is forwarded only for an http registry, only to it', async () => {
    const socketPath = join(directory, 'b.sock');
    const proxy = await startRegistryProxy(socketPath, { registry: `http://127.0.0.1:${registryPort}/`, allowPrivateAddresses: true });
    try {
      expect(await plainGet(socketPath, `http://127.0.0.1:${registryPort}/react`)).toEqual({ status: 200, body: 'registry saw /react' });
      expect((await plainGet(socketPath, `http://127.0.0.1:${otherPort}/`)).status).toBe(403);
      expect(otherConnections).toBe(0);
    } finally {
      await proxy.close();
    }
  });

  it('error: a registry that resolves to a private address is refused unless allowed', async () => {
    const socketPath = join(directory, 'c.sock');
    const proxy = await startRegistryProxy(socketPath, { registry: `http://localhost:${registryPort}/` });
    try {
      const refused = await tunnel(socketPath, `localhost:${registryPort}`);
      expect(refused.status).toContain('403');
      expect(proxy.refused).toEqual([`localhost:${registryPort}`]);
    } finally {
      await proxy.close();
    }
  });

  it('behavior: private, loopback, link-local and mapped addresses are recognised', () => {
    for (const address of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1', '::']) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
    for (const address of ['104.16.0.35', '8.8.8.8', '2606:4700::6810:123', '::ffff:104.16.0.35']) {
      expect(isPrivateAddress(address), address).toBe(false);
    }
  });
});
