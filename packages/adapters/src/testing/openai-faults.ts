/** A failure the OpenAI test server plays for one request instead of (or while) answering it. */
export type OpenAiTestFault =
  /** Answers with this HTTP status and an OpenAI-style error body. */
  | { type: 'http'; status: number; message: string; code?: string; errorType?: string; headers?: Record<string, string> }
  /** Streams the first `afterChunks` chunks of the next turn, then destroys the socket. The turn stays for the retry. */
  | { type: 'cut'; afterChunks: number }
  /** Streams the first `afterChunks` chunks of the next turn, then goes silent until the client gives up. The turn stays. */
  | { type: 'stall'; afterChunks: number }
  /** Streams the next turn but ends the response cleanly before the finish chunk and `[DONE]`. The turn stays. */
  | { type: 'truncate'; afterChunks: number }
  /** Sends a chunk that is not JSON. */
  | { type: 'garbage' };

/**
 * Ready-made faults, shaped like OpenAI's real answers.
 *
 * @example
 * server.fail(openAiFaults.rateLimited({ retryAfter: '1' }), openAiFaults.serverError());
 */
export const openAiFaults = {
  /** 401 with OpenAI's invalid-key body. */
  unauthorized: (): OpenAiTestFault => ({
    type: 'http',
    status: 401,
    message: 'Incorrect API key provided: sk-wrong. You can find your API key at https://platform.openai.com/account/api-keys.',
    code: 'invalid_api_key',
    errorType: 'invalid_request_error',
  }),
  /** 429 with a `retry-after` header (seconds or an HTTP date). */
  rateLimited: (options: { retryAfter?: string; code?: string } = {}): OpenAiTestFault => ({
    type: 'http',
    status: 429,
    message:
      options.code === 'insufficient_quota'
        ? 'You exceeded your current quota, please check your plan and billing details.'
        : 'Rate limit reached for gpt-4.1-mini on requests per min (RPM): Limit 3, Used 3, Requested 1.',
    code: options.code ?? 'rate_limit_exceeded',
    errorType: 'requests',
    headers: options.retryAfter === undefined ? {} : { 'retry-after': options.retryAfter },
  }),
  /** 5xx (500 by default). */
  serverError: (status = 500): OpenAiTestFault => ({ type: 'http', status, message: 'The server had an error while processing your request. Sorry about that!', errorType: 'server_error' }),
  /** 400 context_length_exceeded. */
  contextTooLong: (): OpenAiTestFault => ({
    type: 'http',
    status: 400,
    message: "This model's maximum context length is 128000 tokens. However, your messages resulted in 131072 tokens. Please reduce the length of the messages.",
    code: 'context_length_exceeded',
    errorType: 'invalid_request_error',
  }),
  /** 404 model_not_found. */
  modelNotFound: (): OpenAiTestFault => ({
    type: 'http',
    status: 404,
    message: 'The model `gpt-unknown` does not exist or you do not have access to it.',
    code: 'model_not_found',
    errorType: 'invalid_request_error',
  }),
  /** The connection is cut after `afterChunks` chunks. */
  cut: (afterChunks = 3): OpenAiTestFault => ({ type: 'cut', afterChunks }),
  /** The stream goes silent after `afterChunks` chunks. */
  stall: (afterChunks = 2): OpenAiTestFault => ({ type: 'stall', afterChunks }),
  /** The response ends cleanly after `afterChunks` chunks, without a finish chunk. */
  truncate: (afterChunks = 3): OpenAiTestFault => ({ type: 'truncate', afterChunks }),
  /** A chunk that is not JSON. */
  garbage: (): OpenAiTestFault => ({ type: 'garbage' }),
} as const;
