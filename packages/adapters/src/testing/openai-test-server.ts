import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BuildwrightError, createTurnCursor, parseTranscript, type Transcript, type TranscriptTurn } from '@buildwright/core';
import { turnChunks, turnCompletion } from './openai-chunks.js';
import { answerEmbeddings, type TestEmbedder } from './openai-embeddings-route.js';
import type { OpenAiTestFault } from './openai-faults.js';

/** A request the server received, for assertions. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** The parsed JSON body (`model`, `messages`, `tools`, `stream`...). */
  body: Record<string, unknown>;
  /** True once the connection of this request closed (the answer ended, or the client hung up). */
  closed: boolean;
}

/** Picks the turn that answers a request; `cursor.next(node)` takes turns by node like `scriptedLlm`. */
export type TurnPicker = (request: RecordedRequest, cursor: ReturnType<typeof createTurnCursor>, transcript: Transcript) => TranscriptTurn;

export interface OpenAiTestServerOptions {
  /** The turns to play, as a `buildwright.transcript/v1` object. Default: no turns. */
  transcript?: Transcript | Record<string, unknown>;
  /**
   * How a request finds its turn. The server cannot see the graph node, so by default turns are
   * played in order, whatever their `node`. Pass a picker to choose by request content.
   */
  pickTurn?: TurnPicker;
  /** Characters per text delta. Default 8. */
  deltaSize?: number;
  /** Characters per tool-call arguments delta. Default 7. */
  argumentsDeltaSize?: number;
  /** Send the usage chunk when the request asks for it. Default true. */
  usage?: boolean;
  /**
   * How tool calls are sent: `native` `tool_calls` deltas, tagged `text` in the content, or
   * `auto` (default): native when the request offers `tools`, tagged text when it does not.
   */
  toolCalls?: 'auto' | 'native' | 'text';
  /** When set, requests must carry `Authorization: Bearer <apiKey>` or get a 401. */
  apiKey?: string;
  /** The vectors `POST /v1/embeddings` answers with. Default: the SDK's lexical embedder at the request's `dimensions` (256 when none). */
  embed?: TestEmbedder;
}

/** A running OpenAI-compatible chat-completions server on 127.0.0.1. */
export interface OpenAiTestServer {
  /** `http://127.0.0.1:<port>/v1`, for `baseURL`. */
  readonly baseURL: string;
  readonly port: number;
  /** Every chat-completions and embeddings request received, in order. */
  readonly requests: RecordedRequest[];
  /** Queues faults: each one answers the next request, before any turn. */
  fail(...faults: OpenAiTestFault[]): void;
  /** Turns not yet played. */
  remainingTurns(): number;
  /** Stops the server and drops open connections. */
  close(): Promise<void>;
}

/**
 * Starts an OpenAI-compatible chat-completions server on a random local port that plays a
 * transcript over real HTTP and SSE: text in small deltas, tool-call arguments split across
 * many chunks, several calls per message, the usage chunk, `[DONE]`; and, on demand, faults
 * (401, 429 with retry-after, 5xx, a cut connection, a stall, a truncated or garbled stream).
 * A request with no turn left gets a 400 naming the transcript. See docs/openai.md.
 *
 * @example
 * const server = await startOpenAiTestServer({ transcript });
 * server.fail(openAiFaults.serverError());
 * const llm = openaiLlm({ model: 'gpt-4.1-mini', baseURL: server.baseURL, apiKey: 'test' });
 */
export async function startOpenAiTestServer(options: OpenAiTestServerOptions = {}): Promise<OpenAiTestServer> {
  const transcript = parseTranscript(options.transcript ?? { format: 'buildwright.transcript/v1', turns: [] }, 'OpenAI test server transcript');
  const cursor = createTurnCursor(transcript);
  let nextIndex = 0;
  const inOrder: TurnPicker = (_request, _cursor, script) => {
    const turn = script.turns[nextIndex];
    if (turn === undefined) throw exhausted(script.turns.length);
    nextIndex += 1;
    return turn;
  };
  const pickTurn = options.pickTurn ?? inOrder;
  let played = 0;
  const requests: RecordedRequest[] = [];
  const faults: OpenAiTestFault[] = [];
  /** A turn picked for a faulted request, kept for the retry. */
  let heldTurn: { turn: TranscriptTurn; index: number } | undefined;

  const takeTurn = (request: RecordedRequest): { turn: TranscriptTurn; index: number } => {
    if (heldTurn) {
      const held = heldTurn;
      heldTurn = undefined;
      return held;
    }
    const turn = pickTurn(request, cursor, transcript);
    played += 1;
    return { turn, index: played };
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendError(res, 500, `OpenAI test server failed: ${(error as Error).message}`, 'server_error');
      else res.destroy();
    });
  });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (req.method === 'GET' && /\/models$/.test(path)) {
      sendJson(res, 200, { object: 'list', data: [{ id: 'test-model', object: 'model', owned_by: 'buildwright' }] });
      return;
    }
    const embeddings = /^(?:\/v1)?\/embeddings$/.test(path);
    if (req.method !== 'POST' || !(embeddings || /^(?:\/v1)?\/chat\/completions$/.test(path))) {
      sendError(res, 404, `OpenAI test server: no route ${req.method} ${path}. Use POST /v1/chat/completions or POST /v1/embeddings.`, 'invalid_request_error');
      return;
    }
    const text = await readBody(req);
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(text) as Record<string, unknown>;
    } catch {
      sendError(res, 400, 'We could not parse the JSON body of your request.', 'invalid_request_error');
      return;
    }
    const request: RecordedRequest = { method: req.method, path, headers: req.headers, body, closed: false };
    res.once('close', () => {
      request.closed = true;
    });
    requests.push(request);
    if (options.apiKey !== undefined && req.headers.authorization !== `Bearer ${options.apiKey}`) {
      sendError(res, 401, 'Incorrect API key provided.', 'invalid_request_error', 'invalid_api_key');
      return;
    }
    const fault = faults.shift();
    if (fault?.type === 'http') {
      sendError(res, fault.status, fault.message, fault.errorType ?? 'invalid_request_error', fault.code, fault.headers);
      return;
    }
    if (embeddings) {
      // A stream fault on an embeddings request (a JSON answer, not a stream) is a cut connection.
      if (fault) {
        res.socket?.destroy();
        return;
      }
      const answer = await answerEmbeddings(body, options.embed);
      sendJson(res, answer.status, answer.body);
      return;
    }
    let picked: { turn: TranscriptTurn; index: number };
    try {
      picked = takeTurn(request);
    } catch (error) {
      const message = BuildwrightError.isInstance(error) ? error.message : String(error);
      sendError(res, 400, `OpenAI test server: ${message}`, 'invalid_request_error', 'transcript_exhausted');
      return;
    }
    if (fault) heldTurn = picked;
    const mode = options.toolCalls ?? 'auto';
    const plan = {
      turn: picked.turn,
      turnIndex: picked.index,
      model: typeof body['model'] === 'string' ? body['model'] : 'test-model',
      toolCalls: mode === 'auto' ? (Array.isArray(body['tools']) && body['tools'].length > 0 ? 'native' : 'text') : mode,
      promptCharacters: JSON.stringify(body['messages'] ?? []).length,
    } as const;
    if (body['stream'] !== true) {
      sendJson(res, 200, turnCompletion(plan));
      return;
    }
    const streamOptions = body['stream_options'] as { include_usage?: boolean } | undefined;
    const { chunks, finishIndex } = turnChunks({
      ...plan,
      deltaSize: options.deltaSize ?? 8,
      argumentsDeltaSize: options.argumentsDeltaSize ?? 7,
      includeUsage: (options.usage ?? true) && streamOptions?.include_usage === true,
    });
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', connection: 'keep-alive' });
    res.flushHeaders();
    if (fault?.type === 'garbage') {
      res.write(`data: ${JSON.stringify(chunks[0])}\n\n`);
      res.end('data: {"id": "chatcmpl-broken", "choices": [\n\n');
      return;
    }
    const limit = fault === undefined ? chunks.length : Math.min(fault.afterChunks, fault.type === 'truncate' ? finishIndex : chunks.length);
    for (let index = 0; index < limit; index += 1) {
      if (!res.write(`data: ${JSON.stringify(chunks[index])}\n\n`)) await drained(res);
      if (res.destroyed) return;
    }
    if (fault?.type === 'cut') {
      res.write('', () => res.socket?.destroy());
      return;
    }
    if (fault?.type === 'stall') return; // silent until the client closes the connection
    if (fault?.type === 'truncate') {
      res.end();
      return;
    }
    res.end('data: [DONE]\n\n');
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    port,
    requests,
    fail(...added) {
      faults.push(...added);
    },
    remainingTurns: () => (options.pickTurn ? cursor.remaining() : transcript.turns.length - nextIndex),
    close() {
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

function exhausted(total: number): BuildwrightError {
  return new BuildwrightError({ code: 'TRANSCRIPT_EXHAUSTED', message: `no turn left in the transcript (${total} turns, all played). Add turns or fewer calls.` });
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (part: Buffer) => parts.push(part));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
  });
}

function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

function sendError(res: ServerResponse, status: number, message: string, type: string, code?: string, headers: Record<string, string> = {}): void {
  sendJson(res, status, { error: { message, type, param: null, code: code ?? null } }, headers);
}
