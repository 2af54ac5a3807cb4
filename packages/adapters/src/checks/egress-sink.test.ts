import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startEgressSink } from './egress-sink.js';

/** Sends `text` to the sink and resolves with what came back once it closed the connection. */
async function send(url: string, text: string): Promise<string> {
  const { port } = new URL(url);
  return new Promise((resolve) => {
    let answer = '';
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(text));
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('close', () => resolve(answer));
    // The sink may close while this side still writes: what matters is what came back.
    socket.on('error', () => {});
  });
}

describe('startEgressSink', () => {
  it('default: notes the target of a tunnel and of a plain proxied request, answers nothing and closes', async () => {
    const sink = await startEgressSink();
    try {
      expect(sink.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(await send(sink.url, 'CONNECT 127.0.0.1:6379 HTTP/1.1\r\nHost: 127.0.0.1:6379\r\n\r\n')).toBe('');
      expect(await send(sink.url, 'GET http://example.invalid/steal?x=1 HTTP/1.1\r\n\r\n')).toBe('');
      expect(sink.attempts()).toEqual(['127.0.0.1:6379', 'http://example.invalid/steal?x=1']);
    } finally {
      await sink.close();
    }
  });

  it('behavior: a line that never ends is cut at 2 KB and noted once', async () => {
    const sink = await startEgressSink();
    try {
      await send(sink.url, `GET http://example.invalid/${'a'.repeat(5000)}`);
      expect(sink.attempts()).toHaveLength(1);
      expect(sink.attempts()[0]!.length).toBeLessThanOrEqual(500);
    } finally {
      await sink.close();
    }
  });
});
