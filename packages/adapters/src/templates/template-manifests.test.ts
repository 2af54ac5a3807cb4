import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createTemplateIndex, lexicalEmbeddings, maxGuidanceTokens, templateGuidance, templateManifestFormat, templateManifestSchema, type Template } from '@buildwright/core';
import { templates } from './template-registry.js';

/** A built-in template as the manifest a folder template would have. */
const asManifest = (template: Template) => ({
  format: templateManifestFormat,
  name: template.name,
  kinds: template.kinds,
  description: template.description,
  stack: template.stack,
  tags: template.tags,
  guidance: template.guidance,
  protectedPaths: template.protectedPaths,
  checks: template.checks,
  preview: { command: template.previewCommand },
  searchText: template.searchText,
});

describe('built-in template manifests', () => {
  it.each(Object.values(templates).map((template) => [template.name, template] as const))('default: %s fills every manifest field, valid as buildwright.template/v1', (_, template) => {
    expect(templateManifestSchema.safeParse(asManifest(template)).error).toBeUndefined();
    for (const field of ['kinds', 'stack', 'tags', 'guidance', 'protectedPaths', 'checks', 'previewCommand', 'searchText'] as const) expect(template[field], field).toBeTruthy();
    for (const path of template.protectedPaths!) expect(Object.keys(template.files), path).toContain(path);
  });

  it.each(Object.values(templates).map((template) => [template.name, template] as const))('behavior: the guidance of %s fits the prompt cap whole (200–400 tokens)', (_, template) => {
    const guidance = templateGuidance(template);
    console.log(`${template.name}: guidance ${guidance.tokens} tokens (cap ${maxGuidanceTokens})`);
    expect(guidance.truncated).toBe(false);
    expect(guidance.tokens).toBeGreaterThanOrEqual(200);
    expect(guidance.tokens).toBeLessThanOrEqual(400);
  });

  it('behavior: React 19 guidance names what models get wrong first (ReactDOM.render, process.env in vite.config.ts, outDir)', () => {
    const guidance = templates['react-vite']!.guidance!;
    for (const point of ['ReactDOM.render', 'createRoot', 'process.env', 'src/ only', 'build.outDir', 'import.meta.env', 'src/types.ts']) expect(guidance).toContain(point);
  });

  it.each(Object.values(templates).map((template) => [template.name, template] as const))('behavior: the generated files module of %s matches its files folder', (name) => {
    const script = fileURLToPath(new URL('../../scripts/generate-file-modules.mjs', import.meta.url));
    expect(() => execFileSync(process.execPath, [script, '--check', name], { stdio: 'pipe' })).not.toThrow();
  });

  it('behavior: every React template type-checks src/ only, with browser types (Node types and vite.config.ts would double a cold typecheck), and keeps Node globals out of src/ by lint', () => {
    for (const template of Object.values(templates).filter((entry) => entry.files['vite.config.ts'])) {
      const tsconfig = JSON.parse(template.files['tsconfig.json']!) as { compilerOptions: { types: string[] }; include: string[] };
      const manifest = JSON.parse(template.files['package.json']!) as { devDependencies: Record<string, string> };
      expect(tsconfig.compilerOptions.types, template.name).toEqual(['vite/client']);
      expect(tsconfig.include, template.name).toEqual(['src']);
      expect(manifest.devDependencies['@types/node'], template.name).toMatch(/^\d+\.\d+\.\d+$/);
      expect(template.files['eslint.config.js'], template.name).toContain("{ name: 'process', message: 'src/ runs in the browser");
    }
  });

  it('behavior: each built-in template is the top search result for a plain prompt of its kind', async () => {
    const index = createTemplateIndex(lexicalEmbeddings());
    for (const [prompt, name] of [
      ['an nft minting page', 'dapp-vite'],
      ['a rest api for orders', 'hono-api'],
      ['a dashboard with charts', 'dashboard'],
      ['a website with a few pages and a contact form', 'router-app'],
      ['a landing page for my startup', 'landing-page'],
      ['a breakout game on a canvas', 'canvas-game'],
      ['an inventory list saved in the browser', 'crud-app'],
      ['a color picker', 'react-vite'],
    ] as const) {
      const [best] = await index.search(templates, prompt);
      console.log(`${prompt} → ${best?.name} ${best?.score}`);
      expect(best?.name, prompt).toBe(name);
    }
  });
});
