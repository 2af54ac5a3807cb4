import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BuildwrightError, createBuilder, type BuildwrightEvent, type Transcript } from '@buildwright/core';
import { memorySandbox, memoryStorage } from '../memory/index.js';
import { scriptedLlm } from '../scripted/index.js';
import { templates } from '../templates/index.js';
import { loadTemplatesFromFolder } from './load-templates-from-folder.js';

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

const kanbanManifest = {
  format: 'buildwright.template/v1',
  name: 'kanban-board',
  kinds: ['web'],
  description: 'A kanban board: columns of cards with drag and drop, saved in localStorage',
  tags: ['kanban', 'board', 'cards', 'columns', 'drag and drop', 'tasks', 'trello'],
  stack: ['react@19', 'vite@7'],
  guidance: 'Cards live in src/board/store.ts; move them with moveCard().',
  protectedPaths: ['src/board/store.ts'],
  checks: ['validate', 'build-app', 'browser'],
  preview: { command: 'npm run dev' },
};

/** Writes `tree` (path → content) under a new temporary folder. */
async function folderWith(tree: Record<string, string | Buffer>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'bw-template-folder-'));
  folders.push(root);
  for (const [path, content] of Object.entries(tree)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return root;
}

const kanbanTree = (prefix = 'kanban/') => ({
  [`${prefix}template.json`]: JSON.stringify(kanbanManifest),
  [`${prefix}files/index.html`]: '<div id="root"></div><script type="module" src="/src/main.tsx"></script>',
  [`${prefix}files/src/board/store.ts`]: 'export const columns = ["To do", "Doing", "Done"];\n',
  [`${prefix}files/node_modules/react/index.js`]: 'left out\n',
});

/** The TEMPLATE_INVALID error a load rejects with. */
const invalidOf = async (dir: string) => {
  const error: unknown = await loadTemplatesFromFolder(dir).catch((caught: unknown) => caught);
  expect(BuildwrightError.isInstance(error) && error.code).toBe('TEMPLATE_INVALID');
  return error as BuildwrightError;
};

describe('loadTemplatesFromFolder', () => {
  it('default: a folder of template folders gives the templates by name, with manifest fields and files (node_modules left out)', async () => {
    const root = await folderWith({ ...kanbanTree(), 'notes/README.md': 'not a template\n' });
    const loaded = await loadTemplatesFromFolder(root);
    expect(Object.keys(loaded)).toEqual(['kanban-board']);
    expect(loaded['kanban-board']).toMatchObject({ name: 'kanban-board', kind: 'web', kinds: ['web'], protectedPaths: ['src/board/store.ts'], previewCommand: 'npm run dev' });
    expect(Object.keys(loaded['kanban-board']!.files)).toEqual(['index.html', 'src/board/store.ts']);
    expect(Object.keys(await loadTemplatesFromFolder(join(root, 'kanban')))).toEqual(['kanban-board']);
  });

  it('behavior: a host template from a folder is found by search and used by a generation that names none', async () => {
    const loaded = await loadTemplatesFromFolder(await folderWith(kanbanTree()));
    const transcript: Transcript = {
      format: 'buildwright.transcript/v1',
      turns: [
        { node: 'plan', toolCalls: [{ name: 'submit_plan', arguments: { title: 'Board', summary: 'A board', steps: [{ id: 'app', title: 'App', files: ['src/App.tsx'] }] } }] },
        {
          node: 'build',
          toolCalls: [
            { name: 'write_file', arguments: { path: 'src/board/store.ts', content: 'export const columns = [];\n' } },
            { name: 'write_file', arguments: { path: 'src/App.tsx', content: 'export default function App() { return <main>Board</main>; }\n' } },
          ],
        },
        { node: 'build', toolCalls: [{ name: 'finish', arguments: { summary: 'done' } }] },
      ],
    };
    const builder = createBuilder({ llm: scriptedLlm({ transcript }), sandbox: memorySandbox(), storage: memoryStorage(), templates: { ...templates, ...loaded } });
    const [best] = await builder.searchTemplates('a trello-like kanban board with drag and drop cards');
    expect(best?.name).toBe('kanban-board');

    const run = builder.generate({ prompt: 'a kanban board to track my tasks', kind: 'web' });
    const events: BuildwrightEvent[] = [];
    for await (const event of run) events.push(event);
    const result = await run.result;
    expect(events.find((event) => event.type === 'template.selected')).toMatchObject({ name: 'kanban-board', reason: expect.stringMatching(/next: [a-z-]+ at /) });
    expect(result.files['index.html']).toContain('src/main.tsx');
    expect(result.files['src/board/store.ts']).toBe('export const columns = ["To do", "Doing", "Done"];\n');
    expect(result.files['src/App.tsx']).toContain('Board');
    expect(events.some((event) => event.type === 'notice.posted' && event.message.includes('the "kanban-board" template protects src/board/store.ts'))).toBe(true);
    await builder.close();
  });

  it.each([
    ['a manifest field', { 'k/template.json': JSON.stringify({ ...kanbanManifest, kinds: 'web' }), 'k/files/a.txt': 'a' }, /template\.json: field "kinds" /, 'kinds'],
    ['malformed JSON', { 'k/template.json': '{ nope', 'k/files/a.txt': 'a' }, /not valid JSON/, undefined],
    ['no files/', { 'k/template.json': JSON.stringify(kanbanManifest) }, /has no files\/ folder/, 'files'],
    ['a binary file', { 'k/template.json': JSON.stringify(kanbanManifest), 'k/files/logo.png': Buffer.from([0x89, 0x50, 0x00, 0x01]) }, /files\/logo\.png, a binary file/, 'files/logo.png'],
    ['two templates of one name', { ...kanbanTree('a/'), ...kanbanTree('b/') }, /has the name "kanban-board" of another template/, 'name'],
    ['no template at all', { 'readme.md': 'x' }, /holds no template/, undefined],
  ])('error: %s is TEMPLATE_INVALID naming the folder and the field', async (_, tree, message, field) => {
    const error = await invalidOf(await folderWith(tree));
    expect(error.message).toMatch(message);
    if (field) expect(error.details.field).toBe(field);
  });

  it('error: a symlink in files/ is refused (it could point anywhere on the host)', async () => {
    const root = await folderWith({ 'k/template.json': JSON.stringify(kanbanManifest), 'k/files/a.txt': 'a' });
    await symlink('/etc/passwd', join(root, 'k/files/passwd'));
    const error = await invalidOf(root);
    expect(error.message).toMatch(/files\/passwd, which is not a regular file/);
  });
});
