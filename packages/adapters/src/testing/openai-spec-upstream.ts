import type { LlmAdapter } from '@buildwright/core';
import type { LlmSpecFactory, LlmSpecFault, LlmSpecScenario } from '@buildwright/core/testing';
import type { OpenAiTestFault } from './openai-faults.js';
import { startOpenAiTestServer, type OpenAiTestServer, type OpenAiTestServerOptions } from './openai-test-server.js';

/**
 * The `runLlmSpec` factory for any OpenAI-compatible adapter: each case starts the OpenAI test
 * server playing the scenario (its turns in small pieces, its faults as OpenAI's real error
 * answers) and builds the adapter against it with `makeLlm`.
 *
 * @example
 * runLlmSpec(openAiSpecUpstream((server, scenario) => openaiLlm({ model: 'gpt-4.1-mini', baseURL: server.baseURL, apiKey: 'test', maxRetries: scenario.maxRetries, retryDelayMs: scenario.retryDelayMs, timeoutMs: scenario.timeoutMs })));
 */
export function openAiSpecUpstream(
  makeLlm: (server: OpenAiTestServer, scenario: LlmSpecScenario) => LlmAdapter,
  serverOptions: Omit<OpenAiTestServerOptions, 'transcript' | 'usage'> = {},
): LlmSpecFactory {
  return async (scenario) => {
    const server = await startOpenAiTestServer({ deltaSize: 5, argumentsDeltaSize: 3, ...serverOptions, transcript: scenario.transcript, usage: scenario.reportsUsage });
    server.fail(...scenario.faults.map(toOpenAiFault));
    return { llm: makeLlm(server, scenario), upstreamCalls: () => server.requests, close: () => server.close() };
  };
}

/** A spec fault as OpenAI's API answers it. */
function toOpenAiFault(fault: LlmSpecFault): OpenAiTestFault {
  switch (fault.type) {
    case 'rate-limited':
      return {
        type: 'http',
        status: 429,
        message: fault.message,
        code: 'rate_limit_exceeded',
        errorType: 'requests',
        headers: fault.retryAfterSeconds === undefined ? {} : { 'retry-after': String(fault.retryAfterSeconds) },
      };
    case 'unauthorized':
      return { type: 'http', status: 401, message: fault.message, code: 'invalid_api_key', errorType: 'invalid_request_error' };
    case 'context-too-long':
      return { type: 'http', status: 400, message: fault.message, code: 'context_length_exceeded', errorType: 'invalid_request_error' };
    case 'bad-request':
      return { type: 'http', status: fault.status, message: fault.message, ...(fault.status === 404 ? { code: 'model_not_found' } : {}), errorType: 'invalid_request_error' };
    case 'server-error':
      return { type: 'http', status: fault.status, message: fault.message, errorType: 'server_error' };
    case 'malformed':
      return { type: 'garbage' };
    default:
      return fault;
  }
}
