import { utf8ByteLength } from '../../protocol/utf8-byte-length.js';

/** The text cut to at most `maxBytes` of UTF-8 (never inside a character), its full size, and whether it was cut. */
export function cutToBytes(text: string, maxBytes: number): { text: string; bytes: number; truncated: boolean } {
  const bytes = utf8ByteLength(text);
  if (bytes <= maxBytes) return { text, bytes, truncated: false };
  let low = 0;
  let high = Math.min(text.length, maxBytes);
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (utf8ByteLength(text.slice(0, middle)) <= maxBytes) low = middle;
    else high = middle - 1;
  }
  // A lone high surrogate at the cut would be half a character.
  const end = low > 0 && /[\uD800-\uDBFF]/.test(text[low - 1]!) ? low - 1 : low;
  return { text: text.slice(0, end), bytes, truncated: true };
}
