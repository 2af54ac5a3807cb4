import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { reactViteTemplate, templates } from '../index.js';

describe('reactViteTemplate', () => {
  it('default: is the registered react-vite web template', () => {
    expect(templates['react-vite']).toBe(reactViteTemplate);
    expect(reactViteTemplate).toMatchObject({ name: 'react-vite', kind: 'web' });
  });

  it('behavior: has the entry files with a root element', () => {
    const { files } = reactViteTemplate;
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['package.json', 'index.html', 'src/main.tsx', 'src/App.tsx', 'tsconfig.json', 'eslint.config.js', 'vite.config.ts']));
    expect(files['index.html']).toContain('<div id="root"></div>');
    expect(files['src/main.tsx']).toContain("getElementById('root')");
  });

  it('behavior: pins every dependency to an exact version (repeatable installs, one cache entry)', () => {
    const manifest = JSON.parse(reactViteTemplate.files['package.json']!) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    const ranges = Object.values({ ...manifest.dependencies, ...manifest.devDependencies });
    expect(ranges.length).toBeGreaterThan(5);
    for (const range of ranges) expect(range).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('behavior: the generated module matches the files folder', () => {
    const script = fileURLToPath(new URL('../../../scripts/generate-file-modules.mjs', import.meta.url));
    expect(() => execFileSync(process.execPath, [script, '--check', 'react-vite'], { stdio: 'pipe' })).not.toThrow();
  });
});
