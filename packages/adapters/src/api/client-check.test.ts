import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCheckContext, memorySandbox } from '@buildwright/core/testing';
import { clientCheck } from './client-check.js';

const spec = `openapi: 3.1.0
info:
  title: Notes
  version: 1.0.0
paths:
  /notes/{id}:
    get:
      operationId: getNote
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
      responses:
        '200':
          description: The note
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Note' }
components:
  schemas:
    Note:
      type: object
      required: [id, text]
      properties:
        id: { type: string }
        text: { type: string }
`;

const secrets = mkdtempSync(join(tmpdir(), 'bw-client-check-'));
afterAll(() => rmSync(secrets, { recursive: true, force: true }));

async function check(files: Record<string, string>) {
  const sandbox = await memorySandbox().open({ projectId: 'client' });
  const double = await createCheckContext({ sandbox, files, kind: 'api' });
  return { ...double, result: await clientCheck().run(double.context) };
}

describe('clientCheck', () => {
  it('default: writes the types of openapi.yaml to src/client/api-types.ts, marked as generated', async () => {
    const { result, files } = await check({ 'openapi.yaml': spec });
    expect(result).toEqual({ status: 'passed' });
    const types = files['src/client/api-types.ts']!;
    expect(types).toMatch(/^\/\/ Generated from openapi\.yaml by Buildwright \(openapi-typescript\) on every run: edits to this file are overwritten\./);
    expect(types).toContain('/* eslint-disable */');
    expect(types).toContain('"/notes/{id}": {');
    expect(types).toContain('get: operations["getNote"];');
    expect(types).toMatch(/Note: \{\s+id: string;\s+text: string;\s+\};/);
  });

  it("behavior: the model's edits to the generated file are overwritten; an unchanged file is not written again", async () => {
    const first = await check({ 'openapi.yaml': spec });
    const generated = first.files['src/client/api-types.ts']!;
    const edited = await check({ 'openapi.yaml': spec, 'src/client/api-types.ts': 'export type Hand = "written";' });
    expect(edited.files['src/client/api-types.ts']).toBe(generated);

    const sandbox = await memorySandbox().open({ projectId: 'client' });
    const double = await createCheckContext({ sandbox, files: { 'openapi.yaml': spec, 'src/client/api-types.ts': generated }, kind: 'api' });
    let writes = 0;
    const context = { ...double.context, writeFiles: async (changed: Record<string, string>) => void (writes += Object.keys(changed).length) };
    expect(await clientCheck().run(context)).toEqual({ status: 'passed' });
    expect(writes).toBe(0);
  });

  it('error: a $ref outside the document is never followed (nothing of this machine ends up in the types)', async () => {
    const secret = join(secrets, 'secret.json');
    writeFileSync(secret, JSON.stringify({ Leak: { type: 'object', properties: { hostSecretField: { type: 'string' } } } }));
    const { result, files } = await check({ 'openapi.yaml': spec.replace("$ref: '#/components/schemas/Note'", `$ref: '${secret}#/Leak'`) });
    expect(result).toEqual({ status: 'skipped', reason: 'openapi.yaml has a $ref outside the document, which is never followed (see the spec check)' });
    expect(files['src/client/api-types.ts']).toBeUndefined();
  });

  it('error: a spec that does not parse, or is not valid OpenAPI, is left to the spec check (skipped, the file as it was)', async () => {
    expect((await check({ 'openapi.yaml': 'openapi: [' })).result).toMatchObject({ status: 'skipped', reason: expect.stringContaining('does not parse (see the spec check)') });
    const dangling = await check({ 'openapi.yaml': spec.replace("'#/components/schemas/Note'", "'#/components/schemas/Nothing'"), 'src/client/api-types.ts': 'export {};' });
    expect(dangling.result).toEqual({ status: 'skipped', reason: 'openapi.yaml is not a valid OpenAPI document (see the spec check); src/client/api-types.ts is left as it was' });
    expect(dangling.files['src/client/api-types.ts']).toBe('export {};');
    // Not OpenAPI 3: the generator refuses it, and swagger-parser says why (the spec check's report).
    expect((await check({ 'openapi.yaml': spec.replace('openapi: 3.1.0', 'openapi: 2.0.0') })).result).toMatchObject({
      status: 'skipped',
      reason: expect.stringContaining('is not a valid OpenAPI document'),
    });
    expect((await check({})).result).toMatchObject({ status: 'skipped' });
  });
});
