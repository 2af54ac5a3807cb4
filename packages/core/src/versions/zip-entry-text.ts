import { crc32, createInflateRaw } from 'node:zlib';
import { importRejected } from './import-limits.js';

/** What {@link zipEntryText} reads: one entry's data as it lies in the archive, and what the archive claims about it. */
export interface ZipEntryData {
  name: string;
  path: string;
  /** 0 (stored) or 8 (deflate). */
  method: number;
  /** The entry's bytes in the archive (compressed for deflate). */
  data: Uint8Array;
  uncompressedSize: number;
  crc32: number;
}

/** Output of one inflate step: each step runs in the libuv threadpool, the event loop only counts and copies. */
const inflateChunkBytes = 64 * 1024;

/**
 * The UTF-8 text of one ZIP entry, inflated streaming off the event loop (node:zlib runs each
 * step in the libuv threadpool) with the real bytes counted as they come out. Inflating stops at
 * the first chunk that would pass the entry's claimed size and the entry is refused with
 * `overLimit()`: a bomb that claims 1 byte costs one chunk, not its inflated
 * size. The size and CRC-32 the archive claims are then checked, and the bytes decoded once
 * (decoding chunk by chunk into many strings costs the event loop more, in garbage collection).
 *
 * @example
 * const text = await zipEntryText(entry, () => importRejected('size', `${entry.name} is larger than it claims`));
 */
export async function zipEntryText(entry: ZipEntryData, overLimit: () => Error): Promise<string> {
  let bytes: Uint8Array;
  if (entry.method === 0) {
    if (entry.data.byteLength > entry.uncompressedSize) throw overLimit();
    bytes = entry.data;
  } else {
    bytes = await inflateLimited(entry, overLimit);
  }
  if (bytes.byteLength !== entry.uncompressedSize || crc32(bytes) !== entry.crc32) throw corrupt(`"${entry.name}" does not match its claimed size and checksum`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw importRejected('encoding', `"${entry.name}" is not UTF-8 text; projects hold text files only. Remove it from the archive or convert it (an SVG, a data URL).`, { path: entry.path });
  }
}

/** Inflates into a buffer of the claimed size, failing with `overLimit()` at the first chunk that does not fit. */
function inflateLimited(entry: ZipEntryData, overLimit: () => Error): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const limitBytes = entry.uncompressedSize;
    const output = new Uint8Array(limitBytes);
    let length = 0;
    const inflater = createInflateRaw({ chunkSize: inflateChunkBytes });
    const fail = (error: Error) => {
      inflater.destroy();
      reject(error);
    };
    // A 'data' listener sees each chunk as zlib pushes it, so the abort comes before the next step.
    inflater.on('data', (chunk: Buffer) => {
      if (length + chunk.byteLength > limitBytes) return fail(overLimit());
      output.set(chunk, length);
      length += chunk.byteLength;
    });
    inflater.on('error', (error) => fail(corrupt(`"${entry.name}" does not inflate (${error.message})`)));
    inflater.on('end', () => resolve(output.subarray(0, length)));
    inflater.end(entry.data);
  });
}

export const corrupt = (what: string) => importRejected('format', `the archive is damaged: ${what}.`);
