import { describe, expect, it } from 'vitest';
import type { Sandbox } from '@buildwright/core';
import { createCheckContext, memorySandbox } from '@buildwright/core/testing';
import { docsCheck } from './docs-check.js';
import { docsDirectory, docsSpec, writeDocsSite } from './docs-site.js';
import type { OpenApiDocument } from './openapi-document.js';

const document: OpenApiDocument = {
  openapi: '3.1.0',
  info: { title: 'Todo API', version: '1.0.0' },
  servers: [{ url: 'https://production.example.com' }],
  paths: {
    '/todos': {
      servers: [{ url: 'https://path-level.example.com' }],
      get: { operationId: 'listTodos', servers: [{ url: 'https://operation-level.example.com' }], responses: { '200': { description: 'ok' } } },
      post: { operationId: 'createTodo', responses: { '201': { description: 'created' } } },
    },
  },
};

/** A sandbox that counts the writes of each path. */
async function countingSandbox(): Promise<{ sandbox: Sandbox; writes: Map<string, number> }> {
  const inner = await memorySandbox().open({ projectId: 'docs' });
  const writes = new Map<string, number>();
  return {
    sandbox: {
      ...inner,
      async writeFile(path, content) {
        writes.set(path, (writes.get(path) ?? 0) + 1);
        await inner.writeFile(path, content);
      },
    },
    writes,
  };
}

describe('docsSpec', () => {
  it("default: the live API is the one server, in place of the document's, the path items' and the operations'", () => {
    const served = docsSpec(document, 'http://127.0.0.1:4100');
    expect(served.servers).toEqual([{ url: 'http://127.0.0.1:4100', description: 'The live API, running in the Buildwright sandbox' }]);
    expect(JSON.stringify(served)).not.toContain('example.com');
    expect(served.paths?.['/todos']).toMatchObject({ get: { operationId: 'listTodos' }, post: { operationId: 'createTodo' } });
    // The project's document is left as it was.
    expect(document.paths?.['/todos']?.servers).toEqual([{ url: 'https://path-level.example.com' }]);
  });
});

describe('writeDocsSite', () => {
  it('default: writes Swagger UI, the page with a policy naming the API origin, and the spec as data', async () => {
    const { sandbox } = await countingSandbox();
    await writeDocsSite(sandbox, { document, apiUrl: 'http://127.0.0.1:4100' });
    const page = (await sandbox.readFile(`${docsDirectory}/index.html`))!;
    expect(page).toContain("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; connect-src 'self' http://127.0.0.1:4100;");
    expect(page).toContain('<script src="swagger-ui-bundle.js"></script>');
    expect(page).not.toContain('{{');
    expect(await sandbox.readFile(`${docsDirectory}/docs-page.js`)).toContain("url: 'openapi.json'");
    expect(JSON.parse((await sandbox.readFile(`${docsDirectory}/openapi.json`))!)).toEqual(docsSpec(document, 'http://127.0.0.1:4100'));
    const bundle = (await sandbox.readFile(`${docsDirectory}/swagger-ui-bundle.js`))!;
    expect(bundle.length).toBeGreaterThan(1_000_000);
    expect(bundle).not.toMatch(/sourceMappingURL=/);
    expect(await sandbox.readFile(`${docsDirectory}/swagger-ui.css`)).toContain('.swagger-ui');
  });

  it('behavior: Swagger UI is written once per sandbox; the page and the spec on every call', async () => {
    const { sandbox, writes } = await countingSandbox();
    await writeDocsSite(sandbox, { document, apiUrl: 'http://127.0.0.1:4100' });
    await writeDocsSite(sandbox, { document, apiUrl: 'http://127.0.0.1:4200' });
    expect(writes.get(`${docsDirectory}/swagger-ui-bundle.js`)).toBe(1);
    expect(writes.get(`${docsDirectory}/openapi.json`)).toBe(2);
    expect(await sandbox.readFile(`${docsDirectory}/index.html`)).toContain("connect-src 'self' http://127.0.0.1:4200;");
  });
});

describe('docsCheck', () => {
  it('behavior: without Chromium it is skipped, never passed', async () => {
    const sandbox = await memorySandbox().open({ projectId: 'docs' });
    const { context } = await createCheckContext({ sandbox, files: {}, kind: 'api' });
    const result = await docsCheck({ executablePath: '/nonexistent/chromium' }).run(context);
    expect(result).toEqual({ status: 'skipped', reason: expect.stringMatching(/^Chromium not found at \/nonexistent\/chromium: install it/) });
  });
});
