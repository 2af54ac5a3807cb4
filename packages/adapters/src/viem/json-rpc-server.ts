import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One JSON-RPC 2.0 request as received. */
export interface JsonRpcRequest {
  jsonrpc: '2.0';
  id: string | number | null;
  method: string;
  params?: unknown;
}

/** Answers one request with a JSON-RPC response object (`result` or `error`, with the same `id`). */
export type JsonRpcHandler = (request: JsonRpcRequest) => Promise<Record<string, unknown>>;

export interface JsonRpcServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const maxBodyBytes = 20 * 1024 * 1024;

function errorResponse(id: unknown, code: number, message: string) {
  return { jsonrpc: '2.0', id: id ?? null, error: { code, message } };
}

function isRequest(value: unknown): value is JsonRpcRequest {
  return typeof value === 'object' && value !== null && typeof (value as { method?: unknown }).method === 'string';
}

// Browsers call the endpoint from the preview's origin: allow any origin, and Chrome's private
// network preflight for pages served from a non-local address.
function setCors(request: IncomingMessage, response: ServerResponse): void {
  response.setHeader('Access-Control-Allow-Origin', '*');
  response.setHeader('Access-Control-Allow-Methods', 'POST, GET, OPTIONS');
  response.setHeader('Access-Control-Allow-Headers', request.headers['access-control-request-headers'] ?? 'content-type');
  response.setHeader('Access-Control-Max-Age', '600');
  if (request.headers['access-control-request-private-network'] === 'true') response.setHeader('Access-Control-Allow-Private-Network', 'true');
}

function readBody(request: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) {
        resolve(undefined);
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

async function answer(body: unknown, handle: JsonRpcHandler): Promise<unknown> {
  const one = async (item: unknown) => {
    if (!isRequest(item)) return errorResponse((item as { id?: unknown } | null)?.id, -32600, 'Invalid request: expected a JSON-RPC 2.0 object with a "method".');
    try {
      return await handle({ jsonrpc: '2.0', id: item.id ?? null, method: item.method, params: item.params ?? [] });
    } catch (error) {
      return errorResponse(item.id, -32603, error instanceof Error ? error.message : String(error));
    }
  };
  if (!Array.isArray(body)) return one(body);
  if (body.length === 0) return errorResponse(null, -32600, 'Invalid request: empty batch.');
  // In order: a batch of transactions from one account depends on nonce order.
  const results: unknown[] = [];
  for (const item of body) results.push(await one(item));
  return results;
}

/**
 * Serves a JSON-RPC handler over HTTP on `host:port` (port 0 picks a free one), with CORS open
 * so a browser page can call it. POST carries requests (single or batch); GET answers a
 * health line.
 */
export function serveJsonRpc(options: { host: string; port: number; handle: JsonRpcHandler; name: string }): Promise<JsonRpcServer> {
  const server = createServer((request, response) => {
    setCors(request, response);
    if (request.method === 'OPTIONS') {
      response.writeHead(204).end();
      return;
    }
    if (request.method !== 'POST') {
      response.writeHead(200, { 'content-type': 'text/plain' }).end(`${options.name}: send JSON-RPC requests with POST.\n`);
      return;
    }
    void (async () => {
      const text = await readBody(request);
      let reply: unknown;
      if (text === undefined) {
        response.writeHead(413, { 'content-type': 'application/json' }).end(JSON.stringify(errorResponse(null, -32600, 'Request body too large.')));
        return;
      }
      try {
        reply = await answer(JSON.parse(text), options.handle);
      } catch {
        reply = errorResponse(null, -32700, 'Parse error: the body is not JSON.');
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(reply));
    })().catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify(errorResponse(null, -32603, error instanceof Error ? error.message : String(error))));
    });
  });
  // Clients in this same process (viem over undici) reuse idle sockets. With Node's 5 s default,
  // an event loop blocked for seconds (an in-process solc compile) lets the server close a socket
  // the client is about to reuse: ECONNRESET. Idle sockets are cheap here; keep them a minute.
  server.keepAliveTimeout = 60_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      const host = options.host.includes(':') ? `[${options.host}]` : options.host;
      resolve({
        url: `http://${host}:${port}`,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
