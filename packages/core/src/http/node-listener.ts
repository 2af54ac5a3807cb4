import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';

/** A Node request as a Web `Request` (the body streams; the signal aborts when the client leaves). */
export function toWebRequest(incoming: IncomingMessage, outgoing: ServerResponse): Request {
  const controller = new AbortController();
  outgoing.on('close', () => controller.abort());
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  const hasBody = incoming.method !== 'GET' && incoming.method !== 'HEAD';
  return new Request(`http://${incoming.headers.host ?? 'localhost'}${incoming.url}`, {
    method: incoming.method ?? 'GET',
    headers,
    signal: controller.signal,
    ...(hasBody ? { body: Readable.toWeb(incoming) as ReadableStream, duplex: 'half' } : {}),
  } as RequestInit);
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
 * Mounts a Web-standard handler (such as `createBuilderHandler`) on `node:http` or Express.
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
