import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, connect } from 'node:net';
import type { Server, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where bridge directories are mounted inside the sandbox (one per bridge: `<this>-<port>`). */
const bridgeMountPrefix = '/tmp/.buildwright-bridge';

/**
 * Runs inside the sandbox and joins a TCP port of the sandbox's own network namespace to a Unix
 * socket in a directory shared with the host. `serve`: connections arriving on the socket go to a
 * server listening on the port (host → sandbox). `listen`: connections to the port go to the
 * socket (sandbox → a host service such as the registry proxy).
 */
const bridgeScript = `
const net = require('node:net');
const [mode, port, socketPath] = process.argv.slice(2);
const pipe = (client, upstream) => {
  client.on('error', () => upstream.destroy());
  upstream.on('error', () => client.destroy());
  client.pipe(upstream).pipe(client);
};
if (mode === 'serve') net.createServer((client) => pipe(client, net.connect(Number(port), '127.0.0.1'))).listen(socketPath);
else net.createServer((client) => pipe(client, net.connect(socketPath))).listen(Number(port), '127.0.0.1', () => require('node:fs').writeFileSync('/tmp/.buildwright-bridge-ready-' + port, ''));
`;

/** A directory to bind at `bridgeMountPoint`, and the shell line that starts the inside half. */
export interface ServerBridge {
  /** Host directory to bind at `mountPoint`. */
  directory: string;
  /** Where `directory` is mounted inside the sandbox. */
  mountPoint: string;
  /** Shell line to run before the command, inside the sandbox (backgrounded). */
  insideCommand: string;
  close(): Promise<void>;
}

const pipeSockets = (client: Socket, upstream: Socket) => {
  client.on('error', () => upstream.destroy());
  upstream.on('error', () => client.destroy());
  client.pipe(upstream).pipe(client);
};

async function bridgeDirectory(): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'bw-bridge-'));
  await writeFile(join(directory, 'bridge.cjs'), bridgeScript);
  return directory;
}

function insideLine(mode: 'serve' | 'listen', port: number): string {
  const mountPoint = `${bridgeMountPrefix}-${port}`;
  return `'${process.execPath}' ${mountPoint}/bridge.cjs ${mode} ${port} ${mountPoint}/bridge.sock &`;
}

/**
 * A server inside a sandbox has no route from the host (the sandbox has its own network
 * namespace). The bridge carries connections: host 127.0.0.1:port → Unix socket → sandbox
 * 127.0.0.1:port. The sandbox still has no network of its own.
 */
export async function openServerBridge(port: number): Promise<ServerBridge> {
  const directory = await bridgeDirectory();
  const socketPath = join(directory, 'bridge.sock');
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    pipeSockets(client, connect(socketPath));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    directory,
    mountPoint: `${bridgeMountPrefix}-${port}`,
    insideCommand: insideLine('serve', port),
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(directory, { recursive: true, force: true });
    },
  };
}

/**
 * The other direction: inside the sandbox, 127.0.0.1:`port` reaches `listen(socketPath)` on the
 * host (used for the registry proxy). The caller's server listens on the returned socket path.
 */
export async function openServiceBridge(port: number): Promise<ServerBridge & { socketPath: string }> {
  const directory = await bridgeDirectory();
  return {
    directory,
    mountPoint: `${bridgeMountPrefix}-${port}`,
    socketPath: join(directory, 'bridge.sock'),
    insideCommand: `${insideLine('listen', port)}\nuntil [ -e /tmp/.buildwright-bridge-ready-${port} ]; do sleep 0.01; done`,
    close: () => rm(directory, { recursive: true, force: true }),
  };
}

/**
 * A service on this machine's loopback that a command may reach (a local chain's JSON-RPC): inside
 * the sandbox, 127.0.0.1:`port` reaches host 127.0.0.1:`port`, and nothing else of the host does.
 */
export async function openLoopbackForward(port: number): Promise<ServerBridge> {
  const bridge = await openServiceBridge(port);
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    pipeSockets(client, connect(port, '127.0.0.1'));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(bridge.socketPath, () => resolve());
  });
  return {
    ...bridge,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await bridge.close();
    },
  };
}
