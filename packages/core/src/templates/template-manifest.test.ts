import { describe, expect, it } from 'vitest';
import { BuildwrightError } from '@buildwright/client';
import { parseTemplateManifest, templateFromManifest, templateKinds } from './template-manifest.js';

const manifest = {
  format: 'buildwright.template/v1',
  name: 'kanban-board',
  kinds: ['web'],
  description: 'A kanban board with drag and drop',
  tags: ['kanban', 'tasks'],
  guidance: 'Use @dnd-kit/core for drag and drop.',
  protectedPaths: ['src/board/'],
  preview: { command: 'npm run dev' },
};

function thrown(value: unknown): BuildwrightError {
  try {
    parseTemplateManifest(value, 'templates/kanban/template.json');
  } catch (error) {
    if (BuildwrightError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected TEMPLATE_INVALID');
}

describe('template manifest', () => {
  it('default: a manifest becomes a template with defaults for the fields it leaves out', () => {
    const template = templateFromManifest(parseTemplateManifest(manifest, 'template.json'), { 'index.html': '<div id="root"></div>' });
    expect(template).toEqual({
      name: 'kanban-board',
      kind: 'web',
      kinds: ['web'],
      description: 'A kanban board with drag and drop',
      files: { 'index.html': '<div id="root"></div>' },
      stack: [],
      tags: ['kanban', 'tasks'],
      guidance: 'Use @dnd-kit/core for drag and drop.',
      protectedPaths: ['src/board/'],
      checks: [],
      previewCommand: 'npm run dev',
    });
    expect(templateKinds({ name: 'old', kind: 'api', description: '', files: {} })).toEqual(['api']);
  });

  it.each([
    [{ ...manifest, format: 'buildwright.template/v2' }, 'format', /expected "buildwright\.template\/v1"/],
    [{ ...manifest, kinds: [] }, 'kinds', /at least one kind/],
    [{ ...manifest, kinds: ['mobile'] }, 'kinds.0', /./],
    [{ ...manifest, name: 'Kanban Board' }, 'name', /lowercase letters/],
    [{ ...manifest, guidance: 'x'.repeat(8_001) }, 'guidance', /./],
    [{ ...manifest, protectedPath: ['x'] }, '(manifest)', /protectedPath/],
    [{ ...manifest, description: undefined }, 'description', /./],
  ])('error: %j is TEMPLATE_INVALID naming field %s and the source', (value, field, message) => {
    const error = thrown(value);
    expect(error.code).toBe('TEMPLATE_INVALID');
    expect(error.details).toMatchObject({ source: 'templates/kanban/template.json', field });
    expect(error.message).toMatch(new RegExp(`^Invalid template manifest templates/kanban/template\\.json: field "${field.replace(/[().]/g, '\\$&')}" `));
    expect(error.message).toMatch(message);
    expect(error.docsUrl).toMatch(/templates#errors$/);
  });
});
