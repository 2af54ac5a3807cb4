import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import { BuildwrightError } from '@buildwright/client';
import type { Builder } from '../builder/create-builder.js';
import { ownerCaps } from '../http/owner-caps.js';
import type { DeployAdapter } from '../spec/deploy.js';
import { mcpServerFor } from './create-builder-mcp-server.js';

/** A Web-standard request handler serving MCP's Streamable HTTP transport. */
export type McpHandler = (request: Request) => Promise<Response>;

export interface McpServerOptions {
  /**
   * Returns the id of the user making the request (every tool and resource is scoped to it), or
   * throws / rejects when the request is not authorized (the response is then 401). The same hook
   * as `createBuilderHandler`'s.
   */
  authorize(request: Request): string | Promise<string>;
  /**
   * A deploy adapter for the `deploy` tool. Default: the builder's own deploy targets
   * (`createBuilder({ deploy })`, through `builder.deploy`); without either there is no `deploy` tool.
   */
  deploy?: DeployAdapter;
  /** Runs one owner may have in progress at once through this handler; more get a `TOO_MANY_REQUESTS` tool error. Default 10. */
  maxRunsPerOwner?: number;
  /** Largest accepted request body in bytes (413 beyond). Default 1 MiB. */
  maxBodyBytes?: number;
  /**
   * Origins a browser request may come from (`https://app.example.com`); a request with another
   * `Origin` header gets 403 before `authorize` runs (requests without one, from MCP clients that
   * are not browsers, pass). Guards a server reachable from a browser against DNS rebinding.
   * Default: every origin.
   */
  allowedOrigins?: string[];
  /** `Host` header values accepted (`localhost:3000`); another gets 403. Default: every host. */
  allowedHosts?: string[];
  /** Sees every unexpected error with its stack; the client only gets a generic message. Default `console.error`. */
  onError?(error: unknown): void;
}

/**
 * Creates an MCP endpoint for a builder on the Streamable HTTP transport (stateless: each POST
 * is answered on its own, so it scales across processes like the HTTP handler). Mount it beside
 * `createBuilderHandler` with the same `authorize`: each request is authorized first (401
 * otherwise) and works only on that owner's projects and runs. Tool calls answer as an SSE stream
 * carrying progress notifications when the client asks for them. GET and DELETE get 405: there is
 * no session to stream to or end. See docs/mcp-server.md.
 *
 * @example
 * import { createBuilderHandler } from '@buildwright/core/http';
 * import { createMcpServer } from '@buildwright/core/mcp';
 *
 * const authorize = async (request: Request) => (await session(request))?.userId ?? Promise.reject(new Error('no session'));
 * const api = createBuilderHandler(builder, { basePath: '/api/builder', authorize });
 * const mcp = createMcpServer(builder, { authorize });
 * Bun.serve({ fetch: (request) => (new URL(request.url).pathname === '/mcp' ? mcp(request) : api(request)) });
 */
export function createMcpServer(builder: Builder, options: McpServerOptions): McpHandler {
  if (typeof options?.authorize !== 'function') {
    throw new BuildwrightError({ code: 'INVALID_INPUT', docsPage: 'mcp-server.md', message: 'createMcpServer needs options.authorize(request) returning the owner id.' });
  }
  const report = options.onError ?? ((error: unknown) => console.error('[buildwright/mcp]', error));
  const runSlots = ownerCaps({ limit: options.maxRunsPerOwner ?? 10, what: 'runs in progress', retryAfterSeconds: 10 });
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;

  return async (request) => {
    const origin = request.headers.get('origin');
    if (origin !== null && options.allowedOrigins && !options.allowedOrigins.includes(origin)) {
      return jsonRpcError(403, -32000, `UNAUTHORIZED: Requests from origin ${origin} are not accepted here: add it to allowedOrigins if it is yours.`, 'UNAUTHORIZED');
    }
    const host = request.headers.get('host') ?? new URL(request.url).host;
    if (options.allowedHosts && !options.allowedHosts.includes(host)) {
      return jsonRpcError(403, -32000, `UNAUTHORIZED: Requests for host ${host} are not accepted here: add it to allowedHosts if it is yours.`, 'UNAUTHORIZED');
    }
    if (request.method !== 'POST') {
      return jsonRpcError(405, -32000, `METHOD_NOT_ALLOWED: This MCP endpoint is stateless and answers POST only (got ${request.method}).`, 'METHOD_NOT_ALLOWED', { allow: 'POST' });
    }
    let ownerId: unknown;
    try {
      ownerId = await options.authorize(request);
    } catch (error) {
      const message = BuildwrightError.isInstance(error) && error.code === 'UNAUTHORIZED' ? error.message : 'The request is not authorized; sign in and try again.';
      return jsonRpcError(401, -32001, `UNAUTHORIZED: ${message}`, 'UNAUTHORIZED');
    }
    if (typeof ownerId !== 'string' || ownerId === '') return jsonRpcError(401, -32001, 'UNAUTHORIZED: The request is not authorized; sign in and try again.', 'UNAUTHORIZED');

    const server = mcpServerFor({ builder, ownerId, runSlots, deploy: options.deploy, hideInternalErrors: true, onError: report });
    const transport = new WebStandardStreamableHTTPServerTransport({ maxRequestBodySize: maxBodyBytes }); // no sessionIdGenerator: stateless
    const close = () => {
      void server.close().catch(report);
    };
    try {
      await server.connect(transport);
      const response = await transport.handleRequest(request);
      return onBodyEnd(response, close);
    } catch (error) {
      close();
      report(error);
      return jsonRpcError(500, -32603, 'INTERNAL: The server failed to handle this request. It has been logged; try again, and report it if it persists.', 'INTERNAL');
    }
  };
}

/** A JSON-RPC error response with no id (the request was refused before it was read), with its Buildwright code in `data`. */
function jsonRpcError(status: number, code: number, message: string, buildwrightCode: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ jsonrpc: '2.0', error: { code, message, data: { code: buildwrightCode } }, id: null }), {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers },
  });
}

/** The response, calling `done` once its body has been sent or abandoned (at once when it has none). */
function onBodyEnd(response: Response, done: () => void): Response {
  if (!response.body) {
    done();
    return response;
  }
  const reader = response.body.getReader();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done: ended, value } = await reader.read();
        if (ended) {
          controller.close();
          done();
        } else controller.enqueue(value);
      } catch (error) {
        controller.error(error);
        done();
      }
    },
    cancel(reason) {
      done();
      return reader.cancel(reason);
    },
  });
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}
