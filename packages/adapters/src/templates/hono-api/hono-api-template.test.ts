import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { apiTypes } from '../../api/client-check.js';
import { parseSpec } from '../../api/openapi-document.js';
import { honoApiTemplate, templates } from '../index.js';

// That the template passes every API check unchanged is in api/api-checks.int.test.ts (it installs and starts it).
describe('honoApiTemplate', () => {
  it('default: is the registered hono-api template of kind api', () => {
    expect(templates['hono-api']).toBe(honoApiTemplate);
    expect(honoApiTemplate).toMatchObject({ name: 'hono-api', kind: 'api' });
  });

  it('behavior: has the spec, the spec-driven router, the server entry, the store and a test', () => {
    const { files } = honoApiTemplate;
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        'package.json',
        'openapi.yaml',
        'src/openapi.ts',
        'src/app.ts',
        'src/server.ts',
        'src/store.ts',
        'src/client/index.ts',
        'src/client/api-types.ts',
        'test/health.test.ts',
        'tsconfig.json',
        'eslint.config.js',
      ]),
    );
    expect(files['openapi.yaml']).toContain('openapi: 3.1.0');
    expect(files['src/app.ts']).toContain("implement(app, 'getHealth'");
    expect(files['src/server.ts']).toContain('process.env.PORT');
    expect(files['src/server.ts']).toContain('server.use(cors(');
  });

  it('behavior: its src/client/api-types.ts is what the client check generates from its openapi.yaml', async () => {
    const parsed = await parseSpec(honoApiTemplate.files['openapi.yaml']!, 'openapi.yaml');
    if ('issues' in parsed) throw new Error(JSON.stringify(parsed.issues));
    expect(honoApiTemplate.files['src/client/api-types.ts']).toBe(await apiTypes(parsed.spec.document, 'openapi.yaml'));
  });

  it('behavior: pins every dependency to an exact version (repeatable installs, one cache entry)', () => {
    const manifest = JSON.parse(honoApiTemplate.files['package.json']!) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    const ranges = Object.values({ ...manifest.dependencies, ...manifest.devDependencies });
    expect(ranges.length).toBeGreaterThan(5);
    for (const range of ranges) expect(range).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('behavior: the generated module matches the files folder', () => {
    const script = fileURLToPath(new URL('../../../scripts/generate-file-modules.mjs', import.meta.url));
    expect(() => execFileSync(process.execPath, [script, '--check', 'hono-api'], { stdio: 'pipe' })).not.toThrow();
  });
});
