/** What one piece of streamed arguments revealed. */
export interface StreamedArgumentsProgress {
  /** The `path` argument, once its string is complete. */
  path?: string;
  /** Decoded characters of the `content` argument that arrived with this piece (may be ''). */
  content: string;
}

/** Reads `path` and the growing `content` out of a tool call's JSON arguments as they stream. */
export interface StreamedArgumentsReader {
  /** Feeds the next piece of the arguments text. */
  push(text: string): StreamedArgumentsProgress;
  /**
   * True once the text cannot be a JSON object with one `path` and one `content` string at its
   * top level (bad JSON, a key given twice, a value of another type): nothing more is reported.
   */
  readonly broken: boolean;
}

type State = 'start' | 'key-start' | 'key-or-end' | 'key' | 'colon' | 'value' | 'string' | 'skip' | 'after-value' | 'done';

const watched = new Set(['path', 'content']);
const simpleEscapes: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const maxKeyLength = 64;
/** Longer than any path the file rules accept (1,024 bytes). */
const maxPathLength = 4096;

/**
 * An incremental reader of the two string fields a file preview needs, in one pass over the text
 * (O(n) however it is chunked). Libraries such as `partial-json` parse the whole text again on
 * every piece, which is quadratic over a large file; this reads each character once. It is never
 * trusted for the file itself: the complete tool call is what is validated and applied.
 *
 * @example
 * const reader = createStreamedArgumentsReader();
 * reader.push('{"path":"src/a.ts","con'); // { path: 'src/a.ts', content: '' }
 * reader.push('tent":"let a\\n');        // { content: 'let a\n' }
 */
export function createStreamedArgumentsReader(): StreamedArgumentsReader {
  let state: State = 'start';
  let key = '';
  let keyOverflow = false;
  let stringValue = '';
  let pendingEscape: '' | '\\' | `u${string}` = '';
  let target: 'key' | 'path' | 'content' | 'other' = 'key';
  const seen = new Set<string>();
  // Skipping a non-string value: nesting depth and whether inside a string of it.
  let depth = 0;
  let skipString = false;
  let skipEscape = false;
  let broken = false;

  const fail = () => {
    broken = true;
    state = 'done';
  };

  const push = (text: string): StreamedArgumentsProgress => {
    const progress: StreamedArgumentsProgress = { content: '' };
    if (broken) return progress;
    let contentStart = state === 'string' && target === 'content' && pendingEscape === '' ? 0 : -1;
    const flushContent = (end: number) => {
      if (target === 'content' && contentStart !== -1 && end > contentStart) progress.content += text.slice(contentStart, end);
      contentStart = -1;
    };
    const append = (decoded: string) => {
      if (target === 'content') progress.content += decoded;
      else if (target === 'key') {
        if (key.length + decoded.length > maxKeyLength) keyOverflow = true;
        else key += decoded;
      } else if (target === 'path') {
        stringValue += decoded;
        if (stringValue.length > maxPathLength) fail();
      }
    };
    const closeString = () => {
      if (target === 'key') {
        state = 'colon';
        return;
      }
      if (target === 'path') progress.path = stringValue;
      state = 'after-value';
    };
    for (let index = 0; index < text.length && state !== 'done'; index++) {
      const char = text[index]!;
      const blank = char === ' ' || char === '\t' || char === '\n' || char === '\r';
      switch (state) {
        case 'start':
          if (char === '{') state = 'key-or-end';
          else if (!blank) fail();
          break;
        case 'key-or-end':
        case 'key-start':
          if (char === '"') {
            state = 'key';
            target = 'key';
            key = '';
            keyOverflow = false;
          } else if (char === '}' && state === 'key-or-end') state = 'done';
          else if (!blank) fail();
          break;
        case 'colon':
          if (char === ':') {
            if (!keyOverflow) {
              if (seen.has(key)) {
                fail();
                break;
              }
              seen.add(key);
            }
            state = 'value';
          } else if (!blank) fail();
          break;
        case 'value':
          if (char === '"') {
            state = 'string';
            target = !keyOverflow && watched.has(key) ? (key as 'path' | 'content') : 'other';
            stringValue = '';
            if (target === 'content') contentStart = index + 1;
          } else if (blank) break;
          else if (!keyOverflow && watched.has(key)) fail();
          else {
            state = 'skip';
            depth = char === '{' || char === '[' ? 1 : 0;
            skipString = false;
            skipEscape = false;
          }
          break;
        case 'key':
        case 'string':
          if (pendingEscape === '\\') {
            const simple = simpleEscapes[char];
            if (simple !== undefined) {
              append(simple);
              pendingEscape = '';
            } else if (char === 'u') pendingEscape = 'u';
            else fail();
            if (target === 'content' && pendingEscape === '') contentStart = index + 1;
          } else if (pendingEscape !== '') {
            if (!/[0-9a-fA-F]/.test(char)) {
              fail();
              break;
            }
            pendingEscape = `${pendingEscape}${char}` as `u${string}`;
            if (pendingEscape.length === 5) {
              append(String.fromCharCode(Number.parseInt(pendingEscape.slice(1), 16)));
              pendingEscape = '';
              if (target === 'content') contentStart = index + 1;
            }
          } else if (char === '\\') {
            flushContent(index);
            pendingEscape = '\\';
          } else if (char === '"') {
            flushContent(index);
            closeString();
          } else if (char < ' ') fail();
          else if (target !== 'content') append(char);
          break;
        case 'skip':
          if (skipString) {
            if (skipEscape) skipEscape = false;
            else if (char === '\\') skipEscape = true;
            else if (char === '"') skipString = false;
          } else if (char === '"') skipString = true;
          else if (char === '{' || char === '[') depth++;
          else if (char === '}' || char === ']') {
            if (depth === 0) {
              // `}` ends the object right after a number, `true`, `false` or `null`.
              state = char === '}' ? 'done' : 'skip';
              if (char === ']') fail();
            } else if (--depth === 0) state = 'after-value';
          } else if (char === ',' && depth === 0) state = 'key-start';
          break;
        case 'after-value':
          if (char === ',') state = 'key-start';
          else if (char === '}') state = 'done';
          else if (!blank) fail();
          break;
        default:
          break;
      }
    }
    if (state === 'string' && target === 'content' && pendingEscape === '') flushContent(text.length);
    if (broken) return { content: '' };
    return progress;
  };

  return {
    push,
    get broken() {
      return broken;
    },
  };
}
