/**
 * What happens when the model calls a tool of an external server: run it (`allow`), refuse it
 * (`deny`), or pause the call until the user decides (`ask`, emitting `tool.approval_requested`).
 */
export type ToolPolicy = 'allow' | 'ask' | 'deny';

/** A tool an external server offers, as the server describes it. */
export interface ExternalTool {
  /** The server's name for it (`lookup_brand_colors`); the model sees `mcp__<server>__<name>`. */
  name: string;
  /** What it does, written by the server (untrusted: shown to the model as the server's words). */
  description: string;
  /** JSON Schema of its arguments object. */
  inputSchema: Record<string, unknown>;
}

/** A resource an external server offers to read (a document, a record...). */
export interface ExternalResource {
  uri: string;
  name: string;
  description?: string | undefined;
  mimeType?: string | undefined;
}

/** What a tool call or resource read returned, flattened to text. */
export interface ExternalToolOutput {
  /** The result as text (a server's text parts joined; other parts described in brackets). */
  text: string;
  /** True when the server reported the call as failed (its text says why). */
  isError: boolean;
}

/** An open connection to one server, for one run. */
export interface ToolProviderSession {
  /** The server's tools when the session opened. */
  readonly tools: readonly ExternalTool[];
  /** The server's resources when the session opened (empty when it has none). */
  readonly resources: readonly ExternalResource[];
  /**
   * Calls a tool. Rejects (a `BuildwrightError` `TOOL_TIMEOUT` after `timeoutMs`, `TOOL_UNAVAILABLE`
   * when the connection is gone); a tool that fails on the server resolves with `isError`.
   */
  callTool(input: { name: string; arguments: Record<string, unknown>; timeoutMs: number; signal: AbortSignal }): Promise<ExternalToolOutput>;
  /** Reads a resource by URI; rejects like `callTool`. */
  readResource(input: { uri: string; timeoutMs: number; signal: AbortSignal }): Promise<ExternalToolOutput>;
  /** Closes the connection (stops a stdio server's process). Never throws. */
  close(): Promise<void>;
}

/**
 * A source of tools the model may call beside the file protocol: an MCP server (`mcpServer()` from
 * `@buildwright/adapters/mcp`), given to `createBuilder({ mcp: [...] })`. The engine opens one
 * session per run, offers the tools as `mcp__<name>__<tool>`, checks consent before every call and
 * closes the session when the run ends. A server that cannot be reached only drops its tools.
 *
 * Core knows only this port: the MCP SDK is loaded by the adapter, so a builder without servers
 * never loads it.
 *
 * @example
 * const provider: ToolProvider = {
 *   specificationVersion: 'v1',
 *   name: 'brand',
 *   policy: { lookup_brand_colors: 'allow' },
 *   async connect() {
 *     return {
 *       tools: [{ name: 'lookup_brand_colors', description: 'Brand colors', inputSchema: { type: 'object', properties: {} } }],
 *       resources: [],
 *       callTool: async () => ({ text: '{"primary":"#0a84ff"}', isError: false }),
 *       readResource: async () => ({ text: '', isError: true }),
 *       close: async () => {},
 *     };
 *   },
 * };
 */
export interface ToolProvider {
  readonly specificationVersion: 'v1';
  /** The server's name in tool names and events: letters, digits and `-` (no `__`). */
  readonly name: string;
  /**
   * Consent for its tools: one policy for all, or one per tool name with `'*'` for the rest.
   * Default `ask`. Reading a resource is the tool `read_resource`.
   */
  readonly policy?: ToolPolicy | Readonly<Record<string, ToolPolicy>> | undefined;
  /** How long one call may take (ms). Default 30 s. */
  readonly timeoutMs?: number | undefined;
  /** Largest result passed to the model (bytes of UTF-8); longer ones are cut and marked so. Default 16 KiB. */
  readonly maxResultBytes?: number | undefined;
  /** Opens a session: connects, lists tools and resources. Rejects when the server cannot be reached within `timeoutMs`. */
  connect(input: { timeoutMs: number; signal: AbortSignal }): Promise<ToolProviderSession>;
}
