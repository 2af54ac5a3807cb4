import { lookup } from 'node:dns/promises';
import { createServer, request } from 'node:http';
import type { IncomingMessage, Server } from 'node:http';
import { BlockList, connect, isIP } from 'node:net';
import type { Socket } from 'node:net';

export interface RegistryProxyOptions {
  /** The package registry, e.g. `https://registry.npmjs.org/`. The only origin the proxy forwards to. */
  registry: string;
  /** Forward to a registry on a loopback or private address (a local Verdaccio). Default false. */
  allowPrivateAddresses?: boolean;
}

/** A forward proxy that reaches the package registry and nothing else. */
export interface RegistryProxy {
  /** `host:port` targets that were refused, in order. */
  readonly refused: readonly string[];
  close(): Promise<void>;
}

/** Loopback, private, link-local, shared and unspecified ranges: never reachable through the proxy. */
const privateRanges = (() => {
  const list = new BlockList();
  for (const [network, prefix] of [
    ['0.0.0.0', 8],
    ['10.0.0.0', 8],
    ['100.64.0.0', 10],
    ['127.0.0.0', 8],
    ['169.254.0.0', 16],
    ['172.16.0.0', 12],
    ['192.168.0.0', 16],
    ['224.0.0.0', 3],
  ] as const) {
    list.addSubnet(network, prefix, 'ipv4');
  }
  for (const [network, prefix] of [
    ['::', 127],
    ['fc00::', 7],
    ['fe80::', 10],
    ['ff00::', 8],
  ] as const)
    list.addSubnet(network, prefix, 'ipv6');
  return list;
})();

export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return privateRanges.check(mapped, 'ipv4');
  return privateRanges.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

/**
 * Starts the install step's egress: an HTTP proxy on a Unix socket (bridged into the sandbox's
 * own network namespace) that tunnels `CONNECT` only to the registry's host and port, and
 * forwards plain requests only to an `http:` registry. Every other target, and a registry name
 * that resolves to a loopback or private address, gets 403 and is recorded in `refused`.
 *
 * @example
 * const proxy = await startRegistryProxy('/tmp/bridge/bridge.sock', { registry: 'https://registry.npmjs.org/' });
 * // inside: npm_config_https_proxy=http://127.0.0.1:<bridged port> npm install
 * await proxy.close();
 */
export async function startRegistryProxy(socketPath: string, options: RegistryProxyOptions): Promise<RegistryProxy> {
  const registry = new URL(options.registry);
  const registryPort = Number(registry.port || (registry.protocol === 'https:' ? 443 : 80));
  const registryHost = registry.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const refused: string[] = [];
  const sockets = new Set<Socket>();

  /** The address to connect to for `host:port`, or why it is refused. */
  const resolveTarget = async (host: string, port: number): Promise<{ address: string } | { reason: string }> => {
    const name = host.replace(/^\[|\]$/g, '').toLowerCase();
    if (name !== registryHost || port !== registryPort) return { reason: `only ${registryHost}:${registryPort} (the package registry) is reachable` };
    const addresses = await lookup(name, { all: true }).catch(() => []);
    const first = addresses[0];
    if (!first) return { reason: `${name} does not resolve` };
    if (!options.allowPrivateAddresses && addresses.some((entry) => isPrivateAddress(entry.address))) {
      return { reason: `${name} resolves to a private address` };
    }
    return { address: first.address };
  };

  /** Records the refusal; returns the text the client gets with its 403. */
  const refuse = (target: string, reason: string) => {
    refused.push(target);
    return `buildwright sandbox: ${target} refused: ${reason}\n`;
  };

  const server: Server = createServer(async (incoming, response) => {
    const target = safeUrl(incoming.url);
    if (!target || registry.protocol !== 'http:' || target.protocol !== 'http:') {
      response.writeHead(403).end(refuse(incoming.url ?? '', 'only the package registry is reachable'));
      return;
    }
    const decision = await resolveTarget(target.hostname, Number(target.port || 80));
    if ('reason' in decision) {
      response.writeHead(403).end(refuse(target.host, decision.reason));
      return;
    }
    const upstream = request({ host: decision.address, port: registryPort, method: incoming.method, path: `${target.pathname}${target.search}`, headers: forwardHeaders(incoming) }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    });
    upstream.on('error', () => response.destroy());
    incoming.pipe(upstream);
  });

  server.on('connect', async (incoming: IncomingMessage, client: Socket, head: Buffer) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    const target = incoming.url ?? '';
    const match = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(target);
    const decision = match ? await resolveTarget(match[1] ?? '', Number(match[2])) : { reason: 'malformed CONNECT target' };
    if ('reason' in decision) {
      client.end(`HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n${refuse(target, decision.reason)}`);
      return;
    }
    const upstream = connect(registryPort, decision.address, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client).pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => resolve());
  });
  return {
    refused,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function safeUrl(url: string | undefined): URL | undefined {
  try {
    return url ? new URL(url) : undefined;
  } catch {
    return undefined;
  }
}

function forwardHeaders(incoming: IncomingMessage): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value !== undefined && !/^(proxy-|connection$|keep-alive$)/i.test(name)) headers[name] = value;
  }
  return headers;
}
