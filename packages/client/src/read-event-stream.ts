/** One Server-Sent Events message. */
export interface EventStreamMessage {
  /** `event:` field; `message` when absent. */
  event: string;
  /** `data:` lines joined by `\n`. */
  data: string;
  /** `id:` field, when given. */
  id: string | undefined;
}

/**
 * Parses a `text/event-stream` body as it arrives, following the HTML spec's rules: lines end
 * with `\n`, `\r\n` or `\r`, a blank line dispatches, `:` lines are comments, and a field's
 * value loses one leading space. Works on any `ReadableStream<Uint8Array>` (browsers, Node).
 *
 * @example
 * const response = await fetch(url, { headers: { accept: 'text/event-stream' } });
 * for await (const message of readEventStream(response.body!)) console.log(message.id, JSON.parse(message.data));
 */
export async function* readEventStream(body: ReadableStream<Uint8Array>, signal?: AbortSignal): AsyncGenerator<EventStreamMessage> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let event = '';
  let data: string[] = [];
  let id: string | undefined;
  let sawData = false;
  const onAbort = () => void reader.cancel().catch(() => undefined);
  signal?.addEventListener('abort', onAbort);
  try {
    while (true) {
      const { done, value } = await reader.read();
      buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
      // A trailing '\r' may be the first half of '\r\n': keep it until more arrives.
      let start = 0;
      const limit = done ? buffer.length : buffer.endsWith('\r') ? buffer.length - 1 : buffer.length;
      for (let index = 0; index < limit; index++) {
        const char = buffer.charCodeAt(index);
        if (char !== 10 && char !== 13) continue;
        const line = buffer.slice(start, index);
        if (char === 13 && buffer.charCodeAt(index + 1) === 10) index++;
        start = index + 1;
        if (line === '') {
          if (sawData) yield { event: event || 'message', data: data.join('\n'), id };
          event = '';
          data = [];
          sawData = false;
          continue;
        }
        if (line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon === -1 ? line : line.slice(0, colon);
        let value = colon === -1 ? '' : line.slice(colon + 1);
        if (value.startsWith(' ')) value = value.slice(1);
        if (field === 'data') {
          data.push(value);
          sawData = true;
        } else if (field === 'event') event = value;
        else if (field === 'id' && !value.includes('\0')) id = value;
      }
      buffer = buffer.slice(start);
      if (done) return;
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    void reader.cancel().catch(() => undefined);
  }
}
