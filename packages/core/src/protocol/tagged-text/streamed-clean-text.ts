import { cleanText } from './tagged-text-values.js';

/** `cleanText` applied while a value streams in. */
export interface StreamedTextCleaner {
  /** Feeds raw text of the value; returns cleaned text that is now certain (may be ''). */
  push(raw: string): string;
  /** The value ended; returns the rest of the cleaned text. */
  end(): string;
}

/**
 * Cleans an argument value as it arrives, so that what `push` and `end` return, joined, is exactly
 * `cleanText` of the whole value. Text is held back only while the rules could still change it:
 * a first line that may be blank, a one-line value (trimmed), a trailing line that may be blank,
 * and a value that starts with a code fence (it may be unwrapped, so it comes whole at the end).
 *
 * @example
 * const cleaner = createStreamedTextCleaner();
 * cleaner.push('\nconst a = 1;\nconst b'); // 'const a = 1;\nconst b'
 * cleaner.end();                          // ''
 */
export function createStreamedTextCleaner(): StreamedTextCleaner {
  let raw = '';
  /** Index in `raw` where the cleaned value starts, once the first line is decided. */
  let start = -1;
  /** How far into `raw` the cleaned text was handed out; -1 while holding everything. */
  let sent = -1;

  const decideStart = () => {
    const head = /^[ \t]*(\r?\n)?/.exec(raw)!;
    if (head[1] !== undefined) start = head[0].length;
    else if (raw.length > head[0].length && !(raw[head[0].length] === '\r' && raw.length === head[0].length + 1)) start = 0;
  };

  return {
    push(piece) {
      raw += piece;
      if (start === -1) decideStart();
      if (start === -1) return '';
      const body = raw.slice(start);
      if (sent === -1) {
        // Streams only once the value is surely several lines (no trim) and does not open with a fence.
        const lead = body.replace(/^[ \t\r\n]*/, '');
        if (lead.length < 3 && ('```'.startsWith(lead) || '~~~'.startsWith(lead))) return '';
        if (lead.startsWith('```') || lead.startsWith('~~~')) return '';
        if (!/\n[ \t]*[^ \t\r\n]/.test(body) && !/\n[ \t]*\r(?!\n|$)/.test(body)) return '';
        sent = start;
      }
      // Holds a last line that may still turn out blank (dropped at the end).
      const tail = /\r?\n[ \t]*$|\r$/.exec(raw.slice(sent));
      const until = tail ? sent + tail.index : raw.length;
      const out = raw.slice(sent, until);
      sent = until;
      return out;
    },
    end() {
      if (sent === -1) return cleanText(raw);
      return raw.slice(sent).replace(/\r?\n[ \t]*$/, '');
    },
  };
}
