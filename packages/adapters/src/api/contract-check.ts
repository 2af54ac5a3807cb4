import type { Check, CheckIssue, EventOf } from '@buildwright/core';
import { failed } from '../checks/check-report.js';
import { loadFastCheck } from './api-peers.js';
import { sharedApiSession } from './api-session.js';
import type { ApiSession } from './api-session.js';
import { contractCases } from './contract-cases.js';
import type { ContractCase } from './contract-cases.js';
import { dereference, pointerSegment, readProjectSpec, specOperations } from './openapi-document.js';
import type { OpenApiDocument, OpenApiResponse, SpecOperation } from './openapi-document.js';
import { schemaValidator } from './schema-validator.js';
import type { SchemaValidator } from './schema-validator.js';
import { serverLog } from './start-check.js';

export interface ContractCheckOptions {
  /** Where the OpenAPI document is, relative to the project root. Default `openapi.yaml`. */
  path?: string;
  /** Seed of the generated values: the same seed sends the same requests. Default 1. */
  seed?: number;
  /** Generated valid requests per operation, besides its examples. Default 3. */
  generated?: number;
  /** Most invalid requests per operation (each must get a 4xx). Default 4. */
  invalid?: number;
  /** Timeout of each request. Default 5 s. */
  requestTimeoutMs?: number;
  /** State shared with the start check (`apiChecks()` passes one). */
  session?: ApiSession;
}

/** One request sent and what came back. */
interface Exchange {
  operation: SpecOperation;
  item: ContractCase;
  method: string;
  url: string;
  path: string;
  body?: unknown;
  status?: number;
  headers?: Headers;
  text?: string;
  error?: string;
}

/** One operation as `api.contract_checked` reports it. */
type ContractOperationResult = EventOf<'api.contract_checked'>['operations'][number];

/** What went wrong with one exchange: what was expected and what came instead. */
interface Mismatch {
  expected: string;
  actual: string;
}

/** Operations that create, read, change and remove, in that order: created ids are there before they are used, removed last. */
const phase = (operation: SpecOperation) => {
  const takesId = /\}$/.test(operation.path);
  if (operation.method === 'post' && !takesId) return 0;
  if (operation.method === 'get') return 1;
  if (operation.method === 'delete') return 3;
  return 2;
};

/**
 * Calls every operation of the project's OpenAPI document against the running server (started
 * by the start check): requests from the spec's examples and from values generated with fast-check
 * (seeded), then invalid ones (a required property missing, a wrong type, an unknown property when
 * the schema forbids them, a query value of the wrong type), which must get a 4xx. Each answer's
 * status must be documented (and 2xx for a valid request on a resource that exists), its body must
 * match the documented schema (Ajv, JSON Schema 2020-12) and its required headers must be there.
 * Creates run first; their ids (from the body's `id` or the `Location` header) fill the path
 * parameters of the reads, changes and deletes of the same resource. A failure names the
 * operation, the request, what was expected and what came back (with the response path that broke).
 * Reports every operation it called (requests valid and invalid, and the first that broke the spec)
 * as an `api.contract_checked` event, passed or not, and passes with the server's URL as the run's preview.
 *
 * @example
 * import { contractCheck } from '@buildwright/adapters/api';
 *
 * const check = contractCheck({ seed: 42, generated: 5 });
 */
export function contractCheck(options: ContractCheckOptions = {}): Check {
  const session = options.session ?? sharedApiSession;
  const path = options.path ?? 'openapi.yaml';
  return {
    name: 'contract',
    kinds: ['api'],
    async run(context) {
      const running = session.running(context.sandbox);
      if (!running) return { status: 'skipped', reason: 'the API server is not running (the start check starts it)' };
      const spec = await readProjectSpec(context.files, path);
      if (!spec) return { status: 'skipped', reason: `${path} is missing or does not parse (see the spec check)` };
      const document = spec.document;
      const fc = await loadFastCheck();
      const validate = await schemaValidator(document);
      const operations = specOperations(document)
        .map((operation, index) => ({ operation, index }))
        .sort((a, b) => phase(a.operation) - phase(b.operation) || a.operation.path.split('/').length - b.operation.path.split('/').length || a.index - b.index);

      const created = new Map<string, string[]>();
      const results: ContractOperationResult[] = [];
      const issues: CheckIssue[] = [];
      const details: string[] = [];
      const failedOperations: string[] = [];
      let serverErrors = false;
      for (const { operation, index } of operations) {
        if (context.signal.aborted) break;
        const cases = contractCases(fc, document, operation, index, { seed: options.seed ?? 1, generated: options.generated ?? 3, invalid: options.invalid ?? 4 });
        const result: ContractOperationResult = { operationId: operation.operationId, method: operation.method.toUpperCase(), path: operation.path, valid: 0, invalid: 0, failure: null };
        results.push(result);
        for (const item of cases) {
          const { values, fromCreated } = pathValues(operation, item, created);
          const linked = { ...item, query: linkIds(item.query, created) as Record<string, unknown>, ...(item.body === undefined ? {} : { body: linkIds(item.body, created) }) };
          const exchange = await send(running.url, operation, linked, values, options.requestTimeoutMs ?? 5_000, context.signal);
          if (item.invalid) result.invalid += 1;
          else result.valid += 1;
          const mismatch = item.invalid ? judgeInvalid(exchange) : judgeValid(document, validate, exchange, fromCreated);
          if (mismatch) {
            if (exchange.status === undefined || exchange.status >= 500) serverErrors = true;
            const line = spec.lineOf(['paths', operation.path, operation.method]);
            issues.push({
              file: path,
              ...(line === undefined ? {} : { line }),
              message: `${operation.operationId} ${requestLine(exchange, 120)} (${item.label}): expected ${mismatch.expected}; got ${mismatch.actual}`,
            });
            details.push(detail(exchange, mismatch));
            result.failure = { request: `${requestLine(exchange, 300)} (${item.label})`, expected: mismatch.expected, actual: mismatch.actual };
            failedOperations.push(operation.operationId);
            break;
          }
          remember(operation, exchange, created);
        }
      }
      if (context.signal.aborted) return { status: 'skipped', reason: 'the run was cancelled during the contract check' };
      await context.emit({ type: 'api.contract_checked', specPath: path, seed: options.seed ?? 1, passed: issues.length === 0, operations: results });
      if (issues.length > 0) {
        const log = serverErrors ? await serverLog(context, 20) : '';
        return failed(
          // The headline names the operations: it is what run.failed says when the fixes run out.
          `Contract check failed: ${failedOperations.join(', ')} did not answer as ${path} says (${issues.length} of ${operations.length} operation${operations.length === 1 ? '' : 's'})`,
          issues,
          [...details, ...(log ? [`Server output:\n${log}`] : [])].join('\n\n'),
        );
      }
      return { status: 'passed', preview: { url: running.url, screenshotPath: null } };
    },
  };
}

/** Path parameter values: ids of resources created earlier in this check where there are some, else the case's values. */
function pathValues(operation: SpecOperation, item: ContractCase, created: Map<string, string[]>): { values: Record<string, unknown>; fromCreated: boolean } {
  const values = { ...item.pathValues };
  let fromCreated = true;
  const segments = operation.path.split('/');
  segments.forEach((segment, position) => {
    const name = /^\{(.+)\}$/.exec(segment)?.[1];
    if (name === undefined) return;
    const ids = created.get(segments.slice(0, position).join('/'));
    if (ids && ids.length > 0) values[name] = ids[ids.length - 1];
    else fromCreated = false;
  });
  return { values, fromCreated };
}

/**
 * Top-level `<name>Id` properties of a body or query that name a resource created earlier in the
 * check (`authorId` → the latest id created by `POST /authors`) get that id: a book is created for
 * an author that exists, so the request is valid for the server as well as for the schema.
 */
function linkIds(value: unknown, created: Map<string, string[]>): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const linked: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const name of Object.keys(linked)) {
    const resource = /^(.+?)_?(?:Id|ID|_id)$/.exec(name)?.[1]?.toLowerCase();
    if (!resource || typeof linked[name] !== 'string') continue;
    const collection = [...created.keys()].find((path) => {
      const last = path.split('/').at(-1)?.toLowerCase();
      return last === `${resource}s` || last === `${resource}es` || last === resource;
    });
    const ids = collection === undefined ? undefined : created.get(collection);
    if (ids && ids.length > 0) linked[name] = ids[ids.length - 1];
  }
  return linked;
}

async function send(base: string, operation: SpecOperation, item: ContractCase, values: Record<string, unknown>, timeoutMs: number, signal: AbortSignal): Promise<Exchange> {
  let path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(String(values[name] ?? '')));
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(item.query)) if (value !== undefined) query.set(name, typeof value === 'object' ? JSON.stringify(value) : String(value));
  if ([...query].length > 0) path += `?${query}`;
  const method = operation.method.toUpperCase();
  const exchange: Exchange = { operation, item, method, url: base + path, path, ...(item.body === undefined ? {} : { body: item.body }) };
  try {
    const response = await fetch(exchange.url, {
      method,
      redirect: 'manual',
      headers: item.body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      ...(item.body === undefined ? {} : { body: JSON.stringify(item.body) }),
      signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]),
    });
    exchange.status = response.status;
    exchange.headers = response.headers;
    exchange.text = await response.text();
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    exchange.error = (error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : `no answer (${cause ?? (error as Error).message}): did the server crash?`;
  }
  return exchange;
}

function judgeInvalid(exchange: Exchange): Mismatch | undefined {
  if (exchange.status === undefined) return { expected: 'a 4xx (the request is invalid)', actual: exchange.error ?? 'no answer' };
  if (exchange.status >= 400 && exchange.status < 500) return undefined;
  return { expected: 'a 4xx (the request is invalid)', actual: `${exchange.status} ${clip(exchange.text ?? '', 200)}` };
}

function judgeValid(document: OpenApiDocument, validate: SchemaValidator, exchange: Exchange, resourceExists: boolean): Mismatch | undefined {
  const { operation } = exchange;
  const responses = operation.operation.responses ?? {};
  const documented = Object.keys(responses);
  if (exchange.status === undefined) return { expected: `one of ${documented.join(', ')}`, actual: exchange.error ?? 'no answer' };
  const status = exchange.status;
  const actual = `${status} ${clip(exchange.text ?? '', 200)}`;
  const key = [String(status), `${String(status)[0]}XX`, 'default'].find((candidate) => candidate in responses);
  const successes = documented.filter((code) => code.startsWith('2'));
  if (status >= 500) return { expected: successes.length ? successes.join(' or ') : `one of ${documented.join(', ')}`, actual: `${actual} (a server error)` };
  if (resourceExists && (status < 200 || status >= 300))
    return { expected: `${successes.join(' or ') || '2xx'} (a valid request${/\{/.test(operation.path) ? ' on a resource created earlier in this check' : ''})`, actual };
  if (key === undefined) return { expected: `one of the documented statuses ${documented.join(', ')}`, actual };
  const response = dereference<OpenApiResponse>(document, responses[key]!);
  for (const [name, header] of Object.entries(response?.headers ?? {})) {
    const resolved = dereference<{ required?: boolean }>(document, header as never);
    if (resolved?.required && !exchange.headers?.has(name)) return { expected: `${status} with the required header ${name}`, actual: `${status} without ${name}` };
  }
  const schema = response?.content?.['application/json']?.schema;
  if (schema === undefined) return undefined;
  let body: unknown;
  try {
    body = JSON.parse(exchange.text ?? '');
  } catch {
    return { expected: `${status} with a JSON body`, actual: `${status} ${clip(exchange.text ?? '', 200) || '(empty body)'} (content-type ${exchange.headers?.get('content-type') ?? 'none'})` };
  }
  const pointer = responses[key]!.$ref
    ? `${responses[key]!.$ref!.slice(1)}/content/application~1json/schema`
    : `${operation.pointer}/responses/${pointerSegment(key)}/content/application~1json/schema`;
  const problems = validate(pointer, body);
  if (problems.length === 0) return undefined;
  const named = typeof (schema as { $ref?: unknown }).$ref === 'string' ? (schema as { $ref: string }).$ref : `the schema of response ${key}`;
  return { expected: `${status} with a body matching ${named}`, actual: `${actual}: response body ${problems.slice(0, 3).join('; ')}` };
}

/** Keeps the id of a created resource (body `id`, or the last segment of `Location`) and forgets a deleted one. */
function remember(operation: SpecOperation, exchange: Exchange, created: Map<string, string[]>): void {
  if (exchange.status === undefined || exchange.status < 200 || exchange.status >= 300 || exchange.item.invalid) return;
  if (operation.method === 'delete') {
    const segments = operation.path.split('/');
    const collection = segments.slice(0, -1).join('/');
    const id = decodeURIComponent(exchange.path.split('?')[0]!.split('/').at(-1) ?? '');
    created.set(
      collection,
      (created.get(collection) ?? []).filter((known) => known !== id),
    );
    return;
  }
  if (operation.method !== 'post' || /\}$/.test(operation.path)) return;
  let id: unknown;
  try {
    const body = JSON.parse(exchange.text ?? '') as Record<string, unknown>;
    id = body && typeof body === 'object' ? body.id : undefined;
  } catch {}
  const location = exchange.headers?.get('location');
  if (typeof id !== 'string' && typeof id !== 'number' && location) id = location.split('?')[0]!.split('/').filter(Boolean).at(-1);
  if (typeof id === 'string' || typeof id === 'number') created.set(operation.path, [...(created.get(operation.path) ?? []), String(id)]);
}

/** The request as the report shows it: method, path with query, and the JSON body clipped to `max` characters. */
function requestLine(exchange: Exchange, max: number): string {
  return `${exchange.method} ${exchange.path}${exchange.body === undefined ? '' : ` ${clip(JSON.stringify(exchange.body), max)}`}`;
}

function detail(exchange: Exchange, mismatch: Mismatch): string {
  return [`${exchange.operation.operationId} (${exchange.item.label})`, `  request:  ${requestLine(exchange, 300)}`, `  expected: ${mismatch.expected}`, `  actual:   ${mismatch.actual}`].join('\n');
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max)}…`;
}
