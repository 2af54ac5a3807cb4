import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { BuildwrightError } from '@buildwright/client';
import { statusOf } from '../http/errors.js';

/**
 * A tool's answer: the value as indented JSON text (what every MCP client shows the model) and as
 * `structuredContent` (what programs read).
 *
 * @example
 * return toolResult({ projects });
 */
export function toolResult(value: Record<string, unknown>): CallToolResult {
  return { content: [{ type: 'text', text: JSON.stringify(value, null, 2) }], structuredContent: value };
}

/** What a tool error says when the error is not the caller's to fix (its detail goes to `onError`). */
const internalMessage = 'The Buildwright server failed to handle this call. It has been logged; try again, and report it if it persists.';

/**
 * A tool error (`isError: true`, so the model sees it and can act on it): `CODE: message` as text
 * and `{ error: { code, message, retryable, docsUrl } }` as structured content. A BuildwrightError
 * the caller can fix (a 4xx code: unknown project, bad input, too many runs...) keeps its message,
 * which says what to do; anything else becomes `INTERNAL` with a fixed message when `hideInternal`
 * is set (over HTTP), so no stack, SQL or vendor detail leaves the server.
 *
 * @example
 * try { ... } catch (error) { return toolError(error, { hideInternal: true }); }
 */
export function toolError(error: unknown, options: { hideInternal: boolean }): CallToolResult {
  const known = BuildwrightError.isInstance(error);
  const coded =
    known && (!options.hideInternal || statusOf(error.code) < 500 || error.code === 'SERVER_UNAVAILABLE')
      ? error
      : new BuildwrightError({
          code: 'INTERNAL',
          message: options.hideInternal || !(error instanceof Error) ? internalMessage : `${internalMessage} ${error.message}`,
        });
  const body = { code: coded.code, message: coded.message, retryable: coded.retryable, docsUrl: coded.docsUrl };
  return { isError: true, content: [{ type: 'text', text: `${coded.code}: ${coded.message}` }], structuredContent: { error: body } };
}
