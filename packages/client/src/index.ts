export { createBuilderClient } from './create-builder-client.js';
export type { BuilderClient, BuilderClientOptions, RunStartOptions } from './create-builder-client.js';
export type { ReconnectOptions } from './follow-run.js';
export type { HeadersInput } from './http-request.js';
export { foldEvent, createRunView } from './fold-event.js';
export { readEventStream } from './read-event-stream.js';
export type { EventStreamMessage } from './read-event-stream.js';
export { initialSnapshot } from './client-state.js';
export type * from './client-state.js';
export type * from './http-wire-types.js';
export { BuildwrightError, toBuildwrightError } from './buildwright-error.js';
export type { BuildwrightErrorCode, BuildwrightErrorOptions } from './buildwright-error.js';
export { isTerminal, terminalEventTypes } from './terminal-events.js';
export { sleep } from './sleep.js';
export type * from './event-types.js';
export type * from './deploy-event-types.js';
export type { ContractRecord, DeploymentRecord, DeploymentRecordStatus, MessageRecord, ProjectKind, ProjectPage, ProjectRecord, RunBudgets, RunRecord, UsageRecord, VersionRecord } from './records.js';
// The stored run's status; `RunStatus` is the client's view of a run (it adds 'starting').
export type { RunStatus as RunRecordStatus } from './records.js';
