import type { z } from 'zod';
import { httpError } from './errors.js';

/**
 * Reads a JSON request body of at most `maxBytes` and validates it with a (strict) zod schema.
 * Oversize bodies are `PAYLOAD_TOO_LARGE` (the declared length is checked before reading, the
 * streamed length while reading); a missing or wrong content type, malformed JSON or a body
 * the schema refuses (unknown fields included) are `INVALID_INPUT` naming the field.
 *
 * @example
 * const body = await readJsonBody(request, z.object({ prompt: z.string() }).strict(), 1_048_576);
 */
export async function readJsonBody<T>(request: Request, schema: z.ZodType<T>, maxBytes: number): Promise<T> {
  const text = await readText(request, maxBytes);
  if (text.trim() === '') return parse(schema, {});
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    throw httpError('INVALID_INPUT', `Send the body as JSON with "content-type: application/json" (got "${type || 'none'}").`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw httpError('INVALID_INPUT', 'The request body is not valid JSON.');
  }
  return parse(schema, value);
}

/** Validates a value with a schema, turning the first issue into an `INVALID_INPUT` message. */
export function parse<T>(schema: z.ZodType<T>, value: unknown, what = 'body'): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const where = issue.path.length ? `${what}.${issue.path.join('.')}` : what;
  const keys = issue.code === 'unrecognized_keys' ? ` (${issue.keys.map((key) => `"${key}"`).join(', ')} ${issue.keys.length === 1 ? 'is' : 'are'} not accepted)` : '';
  throw httpError('INVALID_INPUT', `Invalid ${where}: ${issue.message}${keys}.`);
}

async function readText(request: Request, maxBytes: number): Promise<string> {
  const tooLarge = () => httpError('PAYLOAD_TOO_LARGE', `The request body is larger than ${maxBytes} bytes.`);
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  while (true) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw httpError('INVALID_INPUT', 'The request body is not UTF-8 text.');
  }
}
