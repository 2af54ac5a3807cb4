import { memorySandbox } from '../testing/doubles/memory-sandbox.js';
import { scriptedLlm } from '../testing/doubles/scripted-llm.js';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBuilder, type Builder } from '../builder/create-builder.js';
import type { BuildwrightErrorCode } from '@buildwright/client';
import type { StorageAdapter } from '../spec/storage.js';
import { fuzzParameters } from '../testing/fuzz-test-support.js';
import { createBuilderHandler, type BuilderHandler } from './create-builder-handler.js';
import { statusOf } from './errors.js';
import { appTranscript } from './http.test-support.js';

// Whatever a client sends — any method, path, id, query, header or body — the answer is never a
// 500: what the caller got wrong is a 4xx whose JSON body carries a code that maps to that status.

let builder: Builder;
let handler: BuilderHandler;
const reported: unknown[] = [];
const known = { runId: '', projectId: '' };

/** A builder on `storage` with one finished run of alice's, so ids in requests can be real ones. */
async function start(storage: StorageAdapter): Promise<void> {
  builder = createBuilder({
    llm: scriptedLlm({ transcript: appTranscript() }),
    sandbox: memorySandbox(),
    storage,
    templates: { basic: { name: 'basic', kind: 'web', description: 'x', files: {} } } as never,
  });
  handler = createBuilderHandler(builder, {
    authorize: (request) => request.headers.get('x-owner') ?? Promise.reject(new Error('no owner header')),
    onError: (error) => reported.push(error),
    maxBodyBytes: 4_096,
  });
  const created = await handler(
    new Request('http://test/runs', { method: 'POST', headers: { 'x-owner': 'alice', 'content-type': 'application/json' }, body: JSON.stringify({ prompt: 'a counter page', kind: 'web' }) }),
  );
  Object.assign(known, await created.json());
  for await (const event of builder.watch(known.runId, { ownerId: 'alice' })) if (event.type === 'run.completed') break;
}

/** Text a careless client might put anywhere, numbers and near-numbers among it. */
const junk = fc.oneof(
  fc.constantFrom('', ' ', '0', '1', '-1', '1.5', '1e3', '01', '2147483647', '2147483648', '999999999999', 'NaN', '__proto__', 'constructor', 'null', '[]', '{}'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const id = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined).map(() => known.runId) },
  { weight: 3, arbitrary: fc.constant(undefined).map(() => known.projectId) },
  { weight: 4, arbitrary: fc.constantFrom('p1', 'r-1', 'a.b_c', 'x'.repeat(128), 'x'.repeat(129), '%00', '%zz', '%2F', '%2e%2e', '..', '.', '%', '%E2%80%AE', 'caf%C3%A9') },
  { weight: 1, arbitrary: junk.map(encodeURIComponent) },
);
/** The routes with their methods (mostly the right one), and a few paths no route has. */
const route = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      'POST /runs',
      'GET /runs/:run',
      'POST /runs/:run/cancel',
      'GET /runs/:run/events',
      'GET /projects',
      'GET /projects/:project',
      'GET /projects/:project/files',
      'GET /projects/:project/versions',
      'GET /projects/:project/diff',
      'POST /projects/:project/restore',
      'GET /projects/:project/export.zip',
      'POST /projects/:project/runs',
    ),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom('GET', 'POST', 'HEAD', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'),
        fc.constantFrom('/runs/:run', '/projects/:project', '/', '/projects/:project/files/:run', '/runs/:run/events/x'),
      )
      .map((parts) => parts.join(' ')),
  },
);
const target = fc.tuple(route, id, id).map(([line, project, run]) => {
  const [method, pattern] = line.split(' ') as [string, string];
  return { method, path: pattern.replace(':project', project).replace(':run', run) };
});
const query = fc.array(fc.tuple(fc.constantFrom('version', 'from', 'to', 'after', 'x'), junk), { maxLength: 3 }).map((pairs) => new URLSearchParams(pairs).toString());
const headerText = fc.oneof(
  junk.filter((text) => /^[\x20-\x7e]*$/.test(text)),
  fc.constantFrom('1', '5', '999999999999', ' 3 ', '2147483647', '2147483648', '4294967296'),
);
const headers = fc.record(
  {
    'x-owner': fc.constantFrom('alice', 'alice', 'alice', 'bob', ''),
    'content-type': fc.constantFrom('application/json', 'application/json', 'application/vnd.api+json; charset=utf-8', 'text/plain'),
    'last-event-id': headerText,
  },
  { requiredKeys: ['x-owner'] },
);
/** Bodies near the routes' own shapes (so they get past the first checks) and far from them. */
const nearValue = fc.oneof(junk, fc.string({ maxLength: 20 }), fc.integer({ min: -1, max: 4 }), fc.jsonValue({ maxDepth: 2 }));
const bodyFields = fc.oneof(
  fc.record(
    { prompt: fc.string({ maxLength: 20 }), kind: fc.constantFrom('web', 'api', 'dapp', 'mobile'), template: fc.constantFrom('basic', '__proto__', 'none') },
    { requiredKeys: ['prompt', 'kind'] },
  ),
  fc.record({ version: fc.oneof(fc.integer({ min: 1, max: 4 }), nearValue) }),
  fc.record({ reason: fc.oneof(fc.string({ maxLength: 20 }), fc.constant('x'.repeat(501))) }, { requiredKeys: [] }),
  fc.dictionary(fc.constantFrom('prompt', 'kind', 'name', 'template', 'contract', 'version', 'reason', 'extra'), nearValue, { maxKeys: 3 }),
);
const body = fc.oneof(
  { weight: 6, arbitrary: bodyFields.map((fields) => JSON.stringify(fields)) },
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)) },
  { weight: 1, arbitrary: junk },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 16 }) },
  { weight: 1, arbitrary: fc.integer({ min: 4_000, max: 6_000 }).map((oversize) => ({ oversize })) },
);
/** The body to send: an `{ oversize }` stands for that many bytes (kept short in a failure report). */
const toBody = (body: string | Uint8Array | { oversize: number }): BodyInit => (typeof body === 'object' && 'oversize' in body ? 'x'.repeat(body.oversize) : (body as BodyInit));
const request = fc.tuple(target, fc.record({ query, headers, body })).map(([{ method, path }, rest]) => ({ method, path, ...rest }));

/**
 * The handler's properties on one storage: `create-builder-handler.fuzz.test.ts` runs them on the
 * memory storage, and each SQL storage's tests run them on theirs (ids a client makes up must not
 * reach the database as a 500).
 */
export function describeHandlerProperties(name: string, storage: () => StorageAdapter): void {
  describe(`createBuilderHandler on ${name} (properties)`, () => {
    beforeAll(() => start(storage()));
    afterAll(() => builder.close());

    it('property: any request gets a 2xx or a 4xx JSON error whose code maps to its status, never a 500', async () => {
      await fc.assert(
        fc.asyncProperty(request, async ({ method, path, query, headers, body }) => {
          reported.length = 0;
          const withBody = method !== 'GET' && method !== 'HEAD' && body !== undefined;
          const response = await handler(new Request(`http://test${path}${query ? `?${query}` : ''}`, { method, headers, ...(withBody ? { body: toBody(body) } : {}) }));
          const type = response.headers.get('content-type') ?? '';
          try {
            expect(response.status, `${method} ${path}?${query}`).toBeLessThan(500);
            if (response.status >= 400) {
              expect(type).toMatch(/^application\/json/);
              const { error } = (await response.json()) as { error: { code: BuildwrightErrorCode; message: string } };
              expect(statusOf(error.code)).toBe(response.status);
              expect(error.message).not.toBe('');
            }
            // A stream reports what fails after its 200 through onError: read it to its end (the runs are finished).
            if (type.startsWith('text/event-stream')) {
              const stream = await Promise.race([response.text(), new Promise<string>((resolve) => setTimeout(() => resolve(''), 2_000))]);
              expect(stream).not.toMatch(/^event: error\ndata: \{"code":"INTERNAL"/m);
            }
            expect(reported).toEqual([]);
          } finally {
            await response.body?.cancel().catch(() => undefined);
          }
        }),
        fuzzParameters(200),
      );
    });
  });
}
