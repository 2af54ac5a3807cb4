import type { Context } from 'hono';
import type { z } from 'zod';
import { HttpError } from './http-error.js';

/**
 * The request's JSON body parsed by `schema`; 400 `INVALID_INPUT` naming the field otherwise.
 *
 * @example
 * const { email, password } = await readJson(context, signUpSchema);
 */
export async function readJson<Schema extends z.ZodType>(context: Context, schema: Schema): Promise<z.infer<Schema>> {
  let body: unknown;
  try {
    const text = await context.req.text();
    body = text === '' ? {} : JSON.parse(text);
  } catch {
    throw new HttpError(400, 'INVALID_INPUT', 'The body is not JSON: send application/json.');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new HttpError(400, 'INVALID_INPUT', `${issue.path.join('.') || 'body'}: ${issue.message}`);
  }
  return parsed.data;
}

/** A path parameter that must be a UUID: anything else is a 404 (no such record), never a 500. */
export function uuidParam(context: Context, name: string, what: string): string {
  const value = context.req.param(name) ?? '';
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) throw new HttpError(404, 'NOT_FOUND', `No ${what} with this id for this account.`);
  return value.toLowerCase();
}
