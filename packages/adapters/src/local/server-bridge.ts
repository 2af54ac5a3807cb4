import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, connect } from 'node:net';
import type { Server, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where the bridge directory is mounted inside the sandbox. */
export const bridgeMountPoint = '/tmp/.buildwright-bridge';

/**
 * Runs inside the sandbox next to the server: forwards connections from a Unix socket (in a
 * directory shared with the host) to the server's TCP port in the sandbox's own network namespace.
 */
const bridgeScript = `
const net = require('node:net');
const [port, socketPath] = process.argv.slice(2);
net.createServer((client) => {
  const upstream = net.connect(Number(port), '127.0.0.1');
  client.on('error', () => upstream.destroy());
  upstream.on('error', () => client.destroy());
  client.pipe(upstream).pipe(client);
}).listen(socketPath);
`;

/**
 * A server inside a sandbox without network is unreachable over TCP from the host. The bridge
 * carries connections through a Unix socket in a directory bind-mounted into the sandbox: host
 * 127.0.0.1:port → socket → sandbox 127.0.0.1:port. The sandbox still has no network of its own.
 */
export interface ServerBridge {
  /** Host directory to bind at `bridgeMountPoint`. */
  directory: string;
  /** Shell line to start before the server command, inside the sandbox. */
  insideCommand: string;
  close(): Promise<void>;
}

export async function openServerBridge(port: number): Promise<ServerBridge> {
  const directory = await mkdtemp(join(tmpdir(), 'bw-bridge-'));
  await writeFile(join(directory, 'bridge.cjs'), bridgeScript);
  const socketPath = join(directory, 'server.sock');
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    const upstream = connect(socketPath);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    directory,
    insideCommand: `'${process.execPath}' ${bridgeMountPoint}/bridge.cjs ${port} ${bridgeMountPoint}/server.sock &`,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(directory, { recursive: true, force: true });
    },
  };
}
