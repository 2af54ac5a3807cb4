import { describe, expect, it } from 'vitest';
import { Workspace } from '../protocol/workspace.js';
import { relevantFiles, relevantWorkspaceFiles } from './relevant-files.js';

/** 1,000 files that share words with the prompt, so every one of them is ranked. */
function project(count: number): Record<string, string> {
  return Object.fromEntries(Array.from({ length: count }, (_, index) => [`src/cart/item-${index}.tsx`, `export const counter${index} = 'cart button label ${index}';\n`]));
}

describe('relevantWorkspaceFiles (the per-file index)', () => {
  it('behavior: a step after writes tokenises only the files written: every other file is ranked from the terms kept since the previous step', async () => {
    const workspace = new Workspace(project(1_000));
    const prompt = 'make the cart button red';
    relevantWorkspaceFiles(workspace, prompt);
    const before = new Map(workspace.paths().map((path) => [path, workspace.termsOf(path)]));
    const written = ['src/cart/item-3.tsx', 'src/cart/item-500.tsx', 'src/cart/new-file.tsx'];
    for (const path of written) await workspace.write(path, `export const red = 'red cart button';\n`);
    await workspace.remove('src/cart/item-7.tsx');
    const picked = relevantWorkspaceFiles(workspace, prompt);
    const retokenised = workspace.paths().filter((path) => workspace.termsOf(path) !== before.get(path));
    expect(retokenised.sort()).toEqual([...written].sort());
    // The files written are the ones that share the prompt's words most: the pick saw their new terms.
    expect(picked.slice(0, 3).sort()).toEqual([...written].sort());
    expect(picked).toEqual(relevantFiles(workspace.snapshot(), prompt));
  });

  it('behavior: the terms follow a file rewritten with other content, and a file written back to the same content ranks as before', async () => {
    const workspace = new Workspace({ 'src/a.tsx': 'counter', 'src/b.tsx': 'nothing here' });
    expect(relevantWorkspaceFiles(workspace, 'the counter')).toEqual(['src/a.tsx']);
    await workspace.write('src/a.tsx', 'nothing here');
    await workspace.write('src/b.tsx', 'counter');
    expect(relevantWorkspaceFiles(workspace, 'the counter')).toEqual(['src/b.tsx']);
    await workspace.write('src/a.tsx', 'counter');
    expect(relevantWorkspaceFiles(workspace, 'the counter')).toEqual(['src/a.tsx', 'src/b.tsx']);
  });
});
