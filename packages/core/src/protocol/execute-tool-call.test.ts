import { describe, expect, it } from 'vitest';
import type { EventInput } from '../events/events.js';
import { Workspace } from './workspace.js';
import { executeToolCall } from './execute-tool-call.js';
import { defaultFileLimits, type FileLimits } from './file-rules.js';
import { buildToolNames } from './file-tools.js';

const manifest = `${JSON.stringify({ name: 'app', dependencies: { react: '^18.3.1' } }, null, 2)}\n`;

function setup(files: Record<string, string> = { 'package.json': manifest, 'src/App.tsx': 'export {}\n' }, fileLimits?: FileLimits) {
  const workspace = new Workspace(files);
  const events: EventInput[] = [];
  const call = (name: string, args: unknown) =>
    executeToolCall(
      { id: 'call-1', name, arguments: args, argumentsText: JSON.stringify(args) },
      { workspace, emit: async (event) => void events.push(event), allowed: buildToolNames, ...(fileLimits ? { fileLimits } : {}) },
    );
  const notices = () => events.filter((event) => event.type === 'notice.posted').map((event) => (event.type === 'notice.posted' ? event.message : ''));
  return { workspace, events, call, notices, before: workspace.snapshot() };
}

describe('executeToolCall', () => {
  it('default: ordinary writes, edits, renames, deletes and registry dependencies go through', async () => {
    const { workspace, call, notices } = setup();
    expect((await call('write_file', { path: 'src/main.tsx', content: 'x' })).isError).toBe(false);
    expect((await call('edit_file', { path: 'package.json', edits: [{ search: '"^18.3.1"', replace: '"^18.3.1",\n    "vite": "7.3.8"' }] })).isError).toBe(false);
    expect((await call('rename_file', { from: 'src/main.tsx', to: 'src/index.tsx' })).isError).toBe(false);
    expect((await call('delete_file', { path: 'src/index.tsx' })).isError).toBe(false);
    expect((await call('add_dependencies', { dependencies: { zod: '^4.0.0' } })).isError).toBe(false);
    expect((await call('write_file', { path: 'web/package.json', content: '{"dependencies":{"alias":"npm:preact@^10"}}' })).isError).toBe(false);
    expect(JSON.parse(workspace.read('package.json')!).dependencies).toEqual({ react: '^18.3.1', vite: '7.3.8', zod: '^4.0.0' });
    expect(notices()).toEqual([]);
  });

  it.each([
    ['write_file', { path: '.git/config', content: '[core]\n\thooksPath = evil' }, '.git/config'],
    ['write_file', { path: 'sub/.GIT/hooks/post-checkout', content: 'x' }, 'sub/.GIT/hooks/post-checkout'],
    ['write_file', { path: './node_modules/react/index.js', content: 'x' }, 'node_modules/react/index.js'],
    ['write_file', { path: 'web/.npmrc', content: 'registry=https://evil.test/' }, 'web/.npmrc'],
    ['write_file', { path: 'src/../.yarnrc.yml', content: 'x' }, '.yarnrc.yml'],
    ['edit_file', { path: '.npmrc', edits: [{ search: 'a', replace: 'b' }] }, '.npmrc'],
    ['delete_file', { path: '.gitmodules' }, '.gitmodules'],
    ['rename_file', { from: 'src/App.tsx', to: 'node_modules/.bin/vite' }, 'node_modules/.bin/vite'],
    ['rename_file', { from: '.pnpmfile.cjs', to: 'src/hook.cjs' }, '.pnpmfile.cjs'],
  ])('error: %s to a protected path is refused with PATH_PROTECTED, a warning and nothing written (%j)', async (name, args, path) => {
    const { workspace, call, notices, before } = setup({ 'package.json': manifest, 'src/App.tsx': 'export {}\n', '.npmrc': 'a', '.gitmodules': 'x', '.pnpmfile.cjs': 'x' });
    const outcome = await call(name, args);
    expect(outcome.isError).toBe(true);
    expect(outcome.content).toMatch(new RegExp(`^Error: Path "${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" is protected: .*Remove this change;`));
    expect(notices()).toEqual([`Refused ${name}: ${outcome.content.slice('Error: '.length)}`]);
    expect(workspace.snapshot()).toEqual(before);
  });

  it('error: add_dependencies with non-registry specs names each and writes nothing', async () => {
    const { workspace, call, notices, before } = setup();
    const outcome = await call('add_dependencies', { dependencies: { ok: '^1.0.0', a: 'git+https://github.com/x/a.git', b: 'file:../b', Bad: '^1.0.0' }, dev: true });
    expect(outcome.isError).toBe(true);
    expect(outcome.content).toContain('add_dependencies has dependencies that are not from the npm registry');
    expect(outcome.content).toContain('devDependencies "a": "git+https://github.com/x/a.git" is a git repository');
    expect(outcome.content).toContain('devDependencies "b": "file:../b" is a local path');
    expect(outcome.content).toContain('devDependencies "Bad": "^1.0.0" has a name that is not a valid npm package name');
    expect(outcome.content).not.toContain('"ok"');
    expect(outcome.content).toContain('Use a version range from the npm registry');
    expect(notices()).toHaveLength(1);
    expect(workspace.snapshot()).toEqual(before);
  });

  it('behavior: add_dependencies with a registry tag still gets the schema error (semver only), without a warning', async () => {
    const { call, notices } = setup();
    const outcome = await call('add_dependencies', { dependencies: { react: 'latest' } });
    expect(outcome.content).toMatch(/^Error: invalid arguments for add_dependencies: dependencies\.react: must be a real semver range/);
    expect(notices()).toEqual([]);
  });

  it.each([
    ['write_file', { path: 'package.json', content: '{"dependencies":{"evil":"github:x/evil"}}' }, 'package.json'],
    ['write_file', { path: 'apps/web/Package.json', content: '{"overrides":{"react":"file:../react"}}' }, 'apps/web/Package.json'],
    ['edit_file', { path: 'package.json', edits: [{ search: '"^18.3.1"', replace: '"git+https://github.com/x/react.git"' }] }, 'package.json'],
    ['rename_file', { from: 'manifest.json', to: 'sub/package.json' }, 'sub/package.json'],
  ])('error: %s producing a package.json with non-registry dependencies is refused with nothing written (%j)', async (name, args, source) => {
    const { workspace, call, notices, before } = setup({ 'package.json': manifest, 'manifest.json': '{"dependencies":{"x":"https://evil.test/x.tgz"}}' });
    const outcome = await call(name, args);
    expect(outcome.isError).toBe(true);
    expect(outcome.content).toContain(`Error: ${source} has dependencies that are not from the npm registry`);
    expect(outcome.content).toContain('Use a version range from the npm registry');
    expect(notices()).toHaveLength(1);
    expect(workspace.snapshot()).toEqual(before);
  });

  it('behavior: a package.json that is not valid JSON is written (the install check reports it)', async () => {
    const { workspace, call, notices } = setup();
    expect((await call('write_file', { path: 'package.json', content: '{ "dependencies": { "x": "git+https://a/b" ' })).isError).toBe(false);
    expect(workspace.read('package.json')).toBe('{ "dependencies": { "x": "git+https://a/b" ');
    expect(notices()).toEqual([]);
  });

  // Found by execute-tool-call.fuzz.test.ts.
  it.each([
    ['write_file', { path: './openapi.yaml', content: 'x' }],
    ['edit_file', { path: 'openapi.yaml', edits: [{ search: 'a', replace: 'b' }] }],
    ['delete_file', { path: 'openapi.yaml' }],
    ['rename_file', { from: 'openapi.yaml', to: 'api.yaml' }],
    ['rename_file', { from: 'src/App.tsx', to: 'openapi.yaml' }],
  ])('error: %s of a path the step refuses (refusePath) is a tool error with its reason, nothing changed and no event (%j)', async (name, args) => {
    const workspace = new Workspace({ 'openapi.yaml': 'a', 'src/App.tsx': 'export {}\n' });
    const events: EventInput[] = [];
    const refusePath = (path: string) => (path === 'openapi.yaml' ? `${path} is written in the spec step.` : undefined);
    const outcome = await executeToolCall(
      { id: 'call-1', name, arguments: args, argumentsText: JSON.stringify(args) },
      { workspace, emit: async (event) => void events.push(event), allowed: buildToolNames, refusePath },
    );
    expect(outcome).toEqual({ content: 'Error: openapi.yaml is written in the spec step.', isError: true });
    expect(workspace.snapshot()).toEqual({ 'openapi.yaml': 'a', 'src/App.tsx': 'export {}\n' });
    expect(events).toEqual([]);
  });

  it('behavior: renaming a file to its own name keeps it', async () => {
    const { workspace, call, events, before } = setup();
    const outcome = await call('rename_file', { from: 'src/App.tsx', to: './src//App.tsx' });
    expect(outcome).toEqual({ content: 'src/App.tsx already has that name; nothing changed.', isError: false });
    expect(workspace.snapshot()).toEqual(before);
    expect(events).toEqual([]);
  });

  it('error: add_dependencies that would grow package.json past the per-file limit is refused with PROJECT_LIMIT_EXCEEDED', async () => {
    const { workspace, call, notices, before } = setup(undefined, { ...defaultFileLimits, maxFileBytes: manifest.length + 10 });
    const outcome = await call('add_dependencies', { dependencies: { zod: '^4.0.0', vite: '^7.0.0' } });
    expect(outcome.isError).toBe(true);
    expect(outcome.content).toMatch(/^Error: package\.json would be \d+ bytes, over the limit of \d+ bytes per file/);
    expect(notices()).toHaveLength(1);
    expect(workspace.snapshot()).toEqual(before);
  });
});
