import type { BuildwrightEvent, EventOf, EventPayloads, EventType, Plan, Requirements } from '@buildwright/client';
import { terminalEventTypes } from '@buildwright/client';
import { z } from 'zod';

export type { BuildwrightEvent, EventInput, EventOf, EventType, Plan, Requirements, UserStory } from '@buildwright/client';
export { terminalEventTypes };

const base = {
  runId: z.string(),
  projectId: z.string(),
  /** 1, 2, 3... per run, no gaps. */
  seq: z.number().int().positive(),
  /** ISO timestamp. */
  at: z.string(),
};

const event = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) => z.object({ type: z.literal(type), ...base, ...shape }).strict();

const planStep = z.object({ id: z.string(), title: z.string(), files: z.array(z.string()) });
export const planSchema = z.object({ title: z.string(), summary: z.string(), steps: z.array(planStep) }) satisfies z.ZodType<Plan>;

const text = (max: number) => z.string().trim().min(1).max(max);
const userStory = z.object({ as: text(200), want: text(500), soThat: text(500).optional(), acceptance: z.array(text(500)).min(1).max(10) }).strict();
/** The requirements analyst's spec (`submit_requirements`, `requirements.created`): bounded so it stays a short spec. */
export const requirementsSchema = z
  .object({
    summary: text(2000),
    stories: z.array(userStory).min(1).max(30),
    entities: z.array(z.object({ name: text(100), fields: z.array(text(200)).max(40) }).strict()).max(30),
    pages: z.array(z.object({ path: text(200), purpose: text(500) }).strict()).max(30),
    kind: z.enum(['web', 'dapp', 'api']),
    kindReason: text(1000),
    template: text(200).optional(),
    templateReason: text(1000).optional(),
  })
  .strict() satisfies z.ZodType<Requirements>;

const checkIssue = z.object({
  file: z.string().optional(),
  line: z.number().optional(),
  column: z.number().optional(),
  message: z.string(),
});
const solidityIssue = checkIssue.extend({ severity: z.enum(['error', 'warning']), rule: z.string().optional() });

/** Zod schema of every event, by type. */
export const eventSchemas = {
  'run.started': event('run.started', { mode: z.enum(['generate', 'edit', 'check', 'resume']), prompt: z.string(), kind: z.enum(['web', 'dapp', 'api']) }),
  'template.selected': event('template.selected', { name: z.string(), score: z.number(), reason: z.string() }),
  'requirements.created': event('requirements.created', { requirements: requirementsSchema }),
  'plan.created': event('plan.created', { plan: planSchema }),
  'plan.awaiting_approval': event('plan.awaiting_approval', { plan: planSchema }),
  'plan.approved': event('plan.approved', { plan: planSchema, edited: z.boolean() }),
  'step.started': event('step.started', { stepId: z.string(), title: z.string() }),
  'step.completed': event('step.completed', { stepId: z.string() }),
  'patterns.selected': event('patterns.selected', { stepId: z.string(), patterns: z.array(z.object({ name: z.string(), score: z.number(), tokens: z.number() })), tokens: z.number() }),
  'llm.delta': event('llm.delta', { node: z.string(), text: z.string() }),
  'llm.retried': event('llm.retried', { node: z.string(), attempt: z.number(), waitMs: z.number(), code: z.string(), message: z.string() }),
  'file.streaming': event('file.streaming', { path: z.string(), offset: z.number().int().nonnegative(), delta: z.string(), discarded: z.literal(true).optional() }),
  'file.written': event('file.written', { path: z.string(), bytes: z.number(), content: z.string().optional() }),
  'file.edited': event('file.edited', { path: z.string(), edits: z.number(), content: z.string().optional() }),
  'file.edit_failed': event('file.edit_failed', { path: z.string(), reason: z.string(), nearest: z.string().optional() }),
  'file.deleted': event('file.deleted', { path: z.string() }),
  'dependency.added': event('dependency.added', { name: z.string(), version: z.string(), dev: z.boolean() }),
  'command.started': event('command.started', { commandId: z.string(), command: z.string() }),
  'command.output': event('command.output', { commandId: z.string(), stream: z.enum(['stdout', 'stderr']), text: z.string() }),
  'command.exited': event('command.exited', {
    commandId: z.string(),
    exitCode: z.number().nullable(),
    timedOut: z.boolean(),
    durationMs: z.number(),
    limitExceeded: z.enum(['memory', 'processes', 'fileSize', 'cpu', 'disk']).optional(),
  }),
  'check.started': event('check.started', { check: z.string() }),
  'check.passed': event('check.passed', { check: z.string(), durationMs: z.number() }),
  'check.failed': event('check.failed', { check: z.string(), report: z.string(), issues: z.array(checkIssue), durationMs: z.number() }),
  'check.skipped': event('check.skipped', { check: z.string(), reason: z.string() }),
  'fix.started': event('fix.started', { attempt: z.number(), check: z.string(), report: z.string() }),
  'contract.compiled': event('contract.compiled', { contracts: z.array(z.object({ name: z.string(), file: z.string() })), warnings: z.array(solidityIssue) }),
  'contract.compile_failed': event('contract.compile_failed', { errors: z.array(solidityIssue) }),
  'contract.deployed': event('contract.deployed', {
    name: z.string(),
    address: z.string(),
    chainId: z.number(),
    network: z.string(),
    txHash: z.string(),
    explorerUrl: z.string().nullable(),
  }),
  'preview.ready': event('preview.ready', { url: z.string(), screenshotPath: z.string().nullable(), docsUrl: z.string().optional() }),
  'preview.updated': event('preview.updated', { url: z.string(), afterStep: z.string() }),
  'api.contract_checked': event('api.contract_checked', {
    specPath: z.string(),
    seed: z.number(),
    passed: z.boolean(),
    operations: z.array(
      z.object({
        operationId: z.string(),
        method: z.string(),
        path: z.string(),
        valid: z.number(),
        invalid: z.number(),
        failure: z.object({ request: z.string(), expected: z.string(), actual: z.string() }).nullable(),
      }),
    ),
  }),
  'notice.posted': event('notice.posted', { level: z.enum(['info', 'warn']), message: z.string() }),
  'tool.called': event('tool.called', { callId: z.string(), server: z.string(), tool: z.string(), arguments: z.record(z.string(), z.unknown()) }),
  'tool.result': event('tool.result', {
    callId: z.string(),
    server: z.string(),
    tool: z.string(),
    status: z.enum(['ok', 'error', 'timeout', 'denied', 'unavailable']),
    durationMs: z.number(),
    bytes: z.number(),
    truncated: z.boolean(),
    message: z.string().optional(),
  }),
  'tool.approval_requested': event('tool.approval_requested', { id: z.string(), server: z.string(), tool: z.string(), arguments: z.record(z.string(), z.unknown()) }),
  'tool.approval_decided': event('tool.approval_decided', {
    id: z.string(),
    server: z.string(),
    tool: z.string(),
    decision: z.enum(['allow', 'deny']),
    remember: z.boolean(),
    by: z.enum(['user', 'timeout']),
  }),
  'tool.list_changed': event('tool.list_changed', {
    server: z.string(),
    previousHash: z.string(),
    hash: z.string(),
    added: z.array(z.string()),
    removed: z.array(z.string()),
    changed: z.array(z.string()),
  }),
  usage: event('usage', {
    node: z.string(),
    model: z.string(),
    inputTokens: z.number(),
    outputTokens: z.number(),
    cachedInputTokens: z.number(),
    costUsd: z.number(),
    estimated: z.boolean(),
  }),
  'version.created': event('version.created', { number: z.number(), message: z.string(), fileCount: z.number(), source: z.literal('git').optional() }),
  'run.completed': event('run.completed', { versionNumber: z.number(), summary: z.string() }),
  'run.failed': event('run.failed', { code: z.string(), message: z.string(), check: z.string().nullable() }),
  'run.cancelled': event('run.cancelled', { reason: z.string() }),
} as const;

/** Zod schema accepting any Buildwright event. */
export const eventSchema = z.discriminatedUnion(
  'type',
  Object.values(eventSchemas) as unknown as [(typeof eventSchemas)[keyof typeof eventSchemas], ...(typeof eventSchemas)[keyof typeof eventSchemas][]],
);

/**
 * Each schema accepts exactly its event type from `@buildwright/client` (the types browsers use):
 * a schema and its type that drift apart fail to compile here.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type SchemaMatchesType = { [T in EventType]: Same<z.infer<(typeof eventSchemas)[T]>, EventOf<T>> };
const schemasMatchTypes: { [T in EventType]: true } = {} as SchemaMatchesType;
void schemasMatchTypes;
/** A schema for each event type and nothing else. */
const schemasCoverTypes: Same<keyof typeof eventSchemas, keyof EventPayloads> = true;
void schemasCoverTypes;

/**
 * Parses an unknown value as a Buildwright event, throwing a ZodError when it is not one.
 *
 * @example
 * for (const line of ndjson.split('\n')) parseEvent(JSON.parse(line));
 */
export function parseEvent(value: unknown): BuildwrightEvent {
  return eventSchema.parse(value) as BuildwrightEvent;
}
