export { startOpenAiTestServer } from './openai-test-server.js';
export type { OpenAiTestServer, OpenAiTestServerOptions, RecordedRequest, TurnPicker } from './openai-test-server.js';
export type { TestEmbedder } from './openai-embeddings-route.js';
export { openAiFaults } from './openai-faults.js';
export type { OpenAiTestFault } from './openai-faults.js';
export { openAiSpecUpstream } from './openai-spec-upstream.js';
export { privatePostgresUnavailable, startPrivatePostgres } from './private-postgres.js';
export type { PrivatePostgres } from './private-postgres.js';
