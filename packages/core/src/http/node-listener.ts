import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { directEventStream } from './sse.js';

/**
 * A Node request as a Web `Request` (the body streams; the signal aborts when the client leaves).
 *
 * A framework's body parser (`express.json()`, Fastify's content parsers) may have read the body
 * already: then the parsed body is used instead of the spent stream — given as `parsedBody`, or
 * found on `incoming.body` once the stream has ended. A string or bytes are sent as they are; any
 * other value as JSON. Express's mount path is kept (`originalUrl`), so `app.use('/api/builder',
 * toNodeListener(handler))` routes as the handler's `basePath` expects.
 *
 * @example
 * // Fastify 5
 * app.all('/api/builder/*', async (request, reply) => {
 *   const response = await handler(toWebRequest(request.raw, reply.raw, request.body));
 *   return reply.status(response.status).headers(Object.fromEntries(response.headers)).send(response.body);
 * });
 */
export function toWebRequest(incoming: IncomingMessage, outgoing: ServerResponse, parsedBody?: unknown): Request {
  const controller = new AbortController();
  outgoing.on('close', () => controller.abort());
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  const url = (incoming as IncomingMessage & { originalUrl?: string }).originalUrl ?? incoming.url;
  return new Request(`http://${incoming.headers.host ?? 'localhost'}${url}`, {
    method: incoming.method ?? 'GET',
    headers,
    signal: controller.signal,
    ...requestBody(incoming, headers, parsedBody),
  } as RequestInit);
}

/** The body of a Node request for `new Request()`: its stream, or what a body parser made of it. */
function requestBody(incoming: IncomingMessage, headers: Headers, parsedBody: unknown): { body?: BodyInit; duplex?: 'half' } {
  if (incoming.method === 'GET' || incoming.method === 'HEAD') return {};
  const parsed = parsedBody !== undefined ? parsedBody : incoming.readableEnded ? (incoming as IncomingMessage & { body?: unknown }).body : undefined;
  if (parsed === undefined && !incoming.readableEnded) return { body: Readable.toWeb(incoming) as ReadableStream, duplex: 'half' };
  if (parsed === undefined || parsed === null) return {};
  if (typeof parsed === 'string' || parsed instanceof Uint8Array) return { body: parsed as BodyInit };
  headers.delete('content-length');
  return { body: JSON.stringify(parsed) };
}

/** Writes a Web `Response` to a Node response, streaming its body (SSE included) until either side ends. */
export async function sendWebResponse(outgoing: ServerResponse, response: Response): Promise<void> {
  const headers = Object.fromEntries(response.headers);
  // A response sent before the request body was read (413, 400 on a bad header): the unread body
  // would be parsed as the next request on a keep-alive socket, so this connection ends here.
  if (!outgoing.req.complete) headers.connection = 'close';
  outgoing.writeHead(response.status, headers);
  outgoing.flushHeaders();
  if (!response.body) return void outgoing.end();
  // An event stream is written straight to the socket: no Web stream read per frame and client.
  const leave = directEventStream(response)?.({ write: (chunk) => void outgoing.write(chunk), end: () => void outgoing.end() });
  if (leave) {
    if (outgoing.destroyed) leave();
    else outgoing.on('close', leave);
    return;
  }
  const reader = response.body.getReader();
  outgoing.on('close', () => void reader.cancel().catch(() => undefined));
  try {
    while (true) {
      const { done, value } = await reader.read();
      if (done) break;
      outgoing.write(value);
    }
    outgoing.end();
  } catch {
    // The body failed half-way (or was cut): drop the connection so the client sees it.
    outgoing.destroy();
  }
}

/**
 * Mounts a Web-standard handler (such as `createBuilderHandler`) on `node:http` or Express (also
 * behind `express.json()` and other body parsers, and under a mount path).
 *
 * @example
 * import { createServer } from 'node:http';
 * import { createBuilderHandler } from '@buildwright/core/http';
 * import { toNodeListener } from '@buildwright/core/node-http';
 *
 * createServer(toNodeListener(createBuilderHandler(builder, { authorize }))).listen(3000);
 */
export function toNodeListener(handler: (request: Request) => Promise<Response>): (incoming: IncomingMessage, outgoing: ServerResponse) => void {
  return (incoming, outgoing) => {
    void handler(toWebRequest(incoming, outgoing))
      .then((response) => sendWebResponse(outgoing, response))
      .catch(() => {
        if (!outgoing.headersSent) outgoing.writeHead(500, { 'content-type': 'application/json' });
        outgoing.end(JSON.stringify({ error: { code: 'INTERNAL', message: 'The handler failed.' } }));
      });
  };
}
