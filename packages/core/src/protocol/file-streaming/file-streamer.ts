import type { EventInput } from '../../events/events.js';
import type { LlmToolCall } from '../../spec/llm.js';
import { utf8ByteLength } from '../utf8-byte-length.js';
import { createStreamedArgumentsReader, type StreamedArgumentsReader } from './streamed-arguments.js';

export interface FileStreamerOptions {
  emit(event: EventInput): Promise<void>;
  /**
   * The normalized path a `write_file` to `path` (as the model wrote it) would write, or
   * undefined when the write would be refused: nothing of a refused path is ever streamed.
   */
  previewPath(path: string): string | undefined;
  /** Most UTF-8 bytes streamed of one file; past them the preview stops (the write still happens). */
  maxBytes: number;
  /** Shortest time between two events of one file, in ms. Default 100. */
  intervalMs?: number;
  /** Characters that make an event without waiting for `intervalMs`. Default 4096. */
  chunkCharacters?: number;
  /** Clock, for tests. Default `Date.now`. */
  now?: () => number;
}

/** Turns streamed `write_file` arguments into coalesced `file.streaming` events. */
export interface FileStreamer {
  /** A `tool-call-delta` part arrived. */
  delta(part: { id: string; name: string; argumentsDelta: string }): Promise<void>;
  /** The complete call arrived: what is pending of it is sent. */
  complete(call: LlmToolCall): Promise<void>;
  /**
   * The call was executed: unless it wrote the streamed path, its draft is discarded
   * (`file.streaming` with `discarded: true`).
   */
  settle(call: LlmToolCall, written: boolean): Promise<void>;
  /** The model call was retried or ended: every draft not completed is discarded. */
  abandon(): Promise<void>;
}

interface CallStream {
  reader: StreamedArgumentsReader;
  /** The path as the model wrote it, once known. */
  rawPath?: string;
  /** Normalized path, once known and accepted; undefined before, or when refused. */
  path?: string;
  /** True once nothing more is sent (refused path, broken arguments, size cap). */
  stopped: boolean;
  /** Content that arrived before the path. */
  early: string;
  /** Content not sent yet. */
  pending: string;
  /** Characters sent (the next event's offset). */
  offset: number;
  /** UTF-8 bytes taken into the preview (sent or pending). */
  bytes: number;
  /** When the last event of this call was sent. */
  sentAt: number;
  /** True once an event of this call was sent (so a refusal must discard it). */
  started: boolean;
  completed: boolean;
}

/**
 * Live previews of files while the model writes them (see docs/events.md, `file.streaming`).
 * Only `write_file` streams, and only once its `path` is known and passes the path rules, so a
 * refused write shows nothing. Events are coalesced: at most one per file per `intervalMs`,
 * unless `chunkCharacters` are waiting. Previews are never what is written: the complete call is
 * validated and applied as always, and a draft it did not write is discarded.
 *
 * @example
 * const streamer = createFileStreamer({ emit, previewPath, maxBytes: maxEventContentBytes });
 * for await (const part of llm.stream(request)) if (part.type === 'tool-call-delta') await streamer.delta(part);
 */
export function createFileStreamer(options: FileStreamerOptions): FileStreamer {
  const intervalMs = options.intervalMs ?? 100;
  const chunkCharacters = options.chunkCharacters ?? 4096;
  const now = options.now ?? Date.now;
  const calls = new Map<string, CallStream>();

  const send = async (stream: CallStream) => {
    if (stream.path === undefined || stream.pending === '') return;
    const delta = stream.pending;
    const offset = stream.offset;
    stream.pending = '';
    stream.offset += delta.length;
    stream.sentAt = now();
    stream.started = true;
    await options.emit({ type: 'file.streaming', path: stream.path, offset, delta });
  };

  const take = (stream: CallStream, text: string) => {
    if (text === '' || stream.stopped) return;
    const bytes = utf8ByteLength(text);
    if (stream.bytes + bytes > options.maxBytes) {
      // Past the cap the preview stops; the file arrives whole through the project files.
      stream.stopped = true;
      return;
    }
    stream.bytes += bytes;
    if (stream.path === undefined) stream.early += text;
    else stream.pending += text;
  };

  const discard = async (stream: CallStream) => {
    stream.stopped = true;
    stream.pending = '';
    if (stream.path === undefined || !stream.started) return;
    stream.started = false;
    await options.emit({ type: 'file.streaming', path: stream.path, offset: stream.offset, delta: '', discarded: true });
  };

  return {
    async delta(part) {
      if (part.name !== 'write_file') return;
      let stream = calls.get(part.id);
      if (!stream) {
        stream = { reader: createStreamedArgumentsReader(), stopped: false, early: '', pending: '', offset: 0, bytes: 0, sentAt: Number.NEGATIVE_INFINITY, started: false, completed: false };
        calls.set(part.id, stream);
      }
      if (stream.stopped || stream.completed) return;
      const progress = stream.reader.push(part.argumentsDelta);
      if (stream.reader.broken) {
        await discard(stream);
        return;
      }
      if (progress.path !== undefined && stream.rawPath === undefined) {
        stream.rawPath = progress.path;
        const path = options.previewPath(progress.path);
        if (path === undefined) {
          stream.stopped = true;
          return;
        }
        stream.path = path;
        stream.pending = stream.early;
        stream.early = '';
      }
      take(stream, progress.content);
      if (stream.pending.length >= chunkCharacters || now() - stream.sentAt >= intervalMs) await send(stream);
    },
    async complete(call) {
      const stream = calls.get(call.id);
      if (!stream) return;
      stream.completed = true;
      await send(stream);
    },
    async settle(call, written) {
      const stream = calls.get(call.id);
      if (!stream) return;
      calls.delete(call.id);
      const path = (call.arguments as { path?: unknown } | undefined)?.path;
      if (!written || path !== stream.rawPath) await discard(stream);
    },
    async abandon() {
      for (const [id, stream] of calls) {
        if (stream.completed) continue;
        calls.delete(id);
        await discard(stream);
      }
    },
  };
}
