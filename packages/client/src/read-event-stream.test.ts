import { describe, expect, it } from 'vitest';
import { readEventStream, type EventStreamMessage } from './read-event-stream.js';

function streamOf(...chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

async function read(stream: ReadableStream<Uint8Array>): Promise<EventStreamMessage[]> {
  const messages: EventStreamMessage[] = [];
  for await (const message of readEventStream(stream)) messages.push(message);
  return messages;
}

describe('readEventStream', () => {
  it('default: ids, data, comments and named events', async () => {
    expect(await read(streamOf('retry: 1000\n\n: keep-alive\n\nid: 1\ndata: {"a":1}\n\nevent: end\ndata: {}\n\n'))).toEqual([
      { event: 'message', data: '{"a":1}', id: '1' },
      { event: 'end', data: '{}', id: '1' },
    ]);
  });

  it('behavior: messages split across chunks anywhere, CRLF and CR line ends, multi-line data', async () => {
    const text = 'id: 7\r\ndata: first\r\ndata: second\r\n\r\nid: 8\rdata:no-space\r\r';
    const whole = await read(streamOf(text));
    expect(whole).toEqual([
      { event: 'message', data: 'first\nsecond', id: '7' },
      { event: 'message', data: 'no-space', id: '8' },
    ]);
    for (let split = 1; split < text.length; split++) expect(await read(streamOf(text.slice(0, split), text.slice(split)))).toEqual(whole);
  });

  it('behavior: multi-byte characters split between chunks decode once', async () => {
    const bytes = new TextEncoder().encode('data: héllo ✓\n\n');
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const byte of bytes) controller.enqueue(new Uint8Array([byte]));
        controller.close();
      },
    });
    expect(await read(stream)).toEqual([{ event: 'message', data: 'héllo ✓', id: undefined }]);
  });

  it('behavior: an unterminated last message is not dispatched', async () => {
    expect(await read(streamOf('data: complete\n\ndata: partial'))).toEqual([{ event: 'message', data: 'complete', id: undefined }]);
  });
});
