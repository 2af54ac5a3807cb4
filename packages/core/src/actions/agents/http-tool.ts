import type { AgentHttpTool } from '../../spec/agent-definition.js';
import type { AgentToolResult } from './agent-tool-result.js';

/** Longest tool answer sent back to the model; the rest is cut with a note. */
const maxContentChars = 16_000;

/** The answer of one HTTP tool call, as the model sees it (`status` null when no response came). */
export type HttpToolResult = AgentToolResult;

/**
 * Calls an agent's HTTP tool with the model's arguments, in the host: the request is the tool the
 * agent's author declared (method and URL), only the arguments come from the model. `{name}`
 * placeholders of the URL take the argument of that name; a GET or DELETE sends the rest as the
 * query string, other methods as a JSON body. Never throws for the tool's own failures: a non-2xx
 * status or an unreachable service is an answer with `ok: false` that goes back to the model.
 *
 * @example
 * const result = await callHttpTool(tool, { ticket: 'T-1' }, { fetch, signal });
 */
export async function callHttpTool(tool: AgentHttpTool, args: Record<string, unknown>, options: { fetch: typeof fetch; signal: AbortSignal }): Promise<HttpToolResult> {
  const rest = { ...args };
  const url = new URL(
    tool.url.replace(/\{([A-Za-z0-9_]+)\}/g, (_match, name: string) => {
      const value = rest[name];
      delete rest[name];
      return encodeURIComponent(typeof value === 'string' ? value : JSON.stringify(value ?? ''));
    }),
  );
  const inQuery = tool.method === 'GET' || tool.method === 'DELETE';
  if (inQuery) for (const [name, value] of Object.entries(rest)) url.searchParams.set(name, typeof value === 'string' ? value : JSON.stringify(value));
  let response: Response;
  try {
    response = await options.fetch(url, {
      method: tool.method,
      headers: { accept: 'application/json, text/plain;q=0.9', ...(inQuery ? {} : { 'content-type': 'application/json' }), ...tool.headers },
      ...(inQuery ? {} : { body: JSON.stringify(rest) }),
      signal: options.signal,
      redirect: 'error',
    });
  } catch (error) {
    if (options.signal.aborted) throw options.signal.reason;
    return { ok: false, status: null, content: `The tool ${tool.name} could not be reached (${error instanceof Error ? error.message : String(error)}).` };
  }
  const text = await response.text();
  const body = text.length > maxContentChars ? `${text.slice(0, maxContentChars)}\n[cut: the answer had ${text.length} characters]` : text;
  return response.ok ? { ok: true, status: response.status, content: body } : { ok: false, status: response.status, content: `The tool ${tool.name} answered HTTP ${response.status}: ${body}` };
}
