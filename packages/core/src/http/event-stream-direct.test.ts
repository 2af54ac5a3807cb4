import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { toNodeListener } from './node-listener.js';
import { directEventStream, encodeEventFrame, type EventStreamSink, eventStream, formatEvent } from './sse.js';

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await new Promise((resolve) => (server.closeAllConnections(), server.close(resolve)));
});

/** Streams whose feed the test drives: each follow is recorded with its sink and whether it was stopped. */
function feeds() {
  const followed: { sink: EventStreamSink; stopped: boolean; closed: boolean }[] = [];
  const responses: Response[] = [];
  const handler = async () => {
    const entry = { sink: undefined as unknown as EventStreamSink, stopped: false, closed: false };
    const response = eventStream({
      follow: (sink) => {
        entry.sink = sink;
        followed.push(entry);
        // Sent before the response reaches the server: it waits until a writer takes the stream.
        sink.send(encodeEventFrame({ type: 'llm.delta', seq: 1 }));
        return () => (entry.stopped = true);
      },
      heartbeatMs: 60_000,
      onError: () => undefined,
      onClose: () => (entry.closed = true),
    });
    responses.push(response);
    return response;
  };
  return { followed, responses, handler };
}

async function listen(handler: (request: Request) => Promise<Response>): Promise<string> {
  const server = createServer(toNodeListener(handler));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

/** Reads a stream's text until `until` says it is enough (or it ends); returns the request to destroy. */
function read(url: string, until: (text: string) => boolean) {
  let text = '';
  let request!: ReturnType<typeof get>;
  const done = new Promise<string>((resolve, reject) => {
    request = get(url, { agent: false }, (response) => {
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        text += chunk;
        if (until(text)) resolve(text);
      });
      response.on('end', () => resolve(text));
    }).on('error', reject);
  });
  return { done, destroy: () => request.destroy() };
}

describe('eventStream through toNodeListener (direct writes)', () => {
  it('default: frames go straight to the socket, in order, the one waiting first, then `event: end`; the Web body is never read', async () => {
    const { followed, responses, handler } = feeds();
    const url = await listen(handler);
    const first = read(url, (text) => text.includes('id: 1\n'));
    await first.done;
    const events = [2, 3, 4].map((seq) => ({ type: 'llm.delta', seq }));
    const whole = read(url, () => false);
    while (followed.length < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    first.destroy();
    for (const event of events) followed[1]!.sink.send(encodeEventFrame(event));
    followed[1]!.sink.end('ended');
    expect(await whole.done).toBe(`retry: 1000\n\n${formatEvent({ type: 'llm.delta', seq: 1 })}${events.map(formatEvent).join('')}event: end\ndata: {"reason":"ended"}\n\n`);
    expect(responses.map((response) => response.body?.locked)).toEqual([false, false]);
    expect(directEventStream(responses[1]!)).toBeTypeOf('function');
    expect(followed[1]).toMatchObject({ stopped: true, closed: true });
  });

  it('behavior: a client that leaves stops its feed (frames sent after that go nowhere)', async () => {
    const { followed, handler } = feeds();
    const url = await listen(handler);
    const client = read(url, (text) => text.includes('id: 1\n'));
    await client.done;
    client.destroy();
    const deadline = Date.now() + 2_000;
    while (!followed[0]!.stopped && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(followed[0]).toMatchObject({ stopped: true, closed: true });
    expect(() => followed[0]!.sink.send(encodeEventFrame({ type: 'llm.delta', seq: 2 }))).not.toThrow();
  });

  it('behavior: once the Web body is read, the direct form declines (one reader only), and the Web body has every frame', async () => {
    const { followed, responses, handler } = feeds();
    const response = await handler();
    const reader = response.body!.getReader();
    const firstChunk = reader.read();
    expect(new TextDecoder().decode((await firstChunk).value)).toBe('retry: 1000\n\n');
    expect(directEventStream(responses[0]!)!({ write: () => undefined, end: () => undefined })).toBeUndefined();
    followed[0]!.sink.end('ended');
    let text = '';
    while (true) {
      const { done, value } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    expect(text).toBe(`${formatEvent({ type: 'llm.delta', seq: 1 })}event: end\ndata: {"reason":"ended"}\n\n`);
  });
});
