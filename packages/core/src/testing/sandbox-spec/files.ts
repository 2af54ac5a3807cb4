import { describe, expect, it } from 'vitest';
import { projectPathCases } from '../project-path-cases.js';
import { expectCode, type SandboxSpecContext } from './context.js';

/** Sandbox spec, files: see runSandboxSpec. */
export function describeFiles(spec: SandboxSpecContext): void {
  const { open, opened, options } = spec;
  describe('files', () => {
    it('default: writes, reads and lists a file', async () => {
      const { sandbox } = await open();
      await sandbox.writeFile('hello.txt', 'héllo\nworld');
      expect(await sandbox.readFile('hello.txt')).toBe('héllo\nworld');
      expect(await sandbox.listFiles()).toEqual(['hello.txt']);
      expect(typeof sandbox.id).toBe('string');
      expect(sandbox.root.length).toBeGreaterThan(0);
    });

    it('behavior: reading a missing file gives undefined', async () => {
      const { sandbox } = await open();
      expect(await sandbox.readFile('missing.txt')).toBeUndefined();
    });

    it('behavior: readFileBytes gives the UTF-8 bytes of a file, undefined for a missing one', async () => {
      const { sandbox } = await open();
      await sandbox.writeFile('assets/note.txt', 'héllo');
      expect(Array.from((await sandbox.readFileBytes('assets/note.txt')) ?? [])).toEqual(Array.from(new TextEncoder().encode('héllo')));
      expect(await sandbox.readFileBytes('assets/missing.bin')).toBeUndefined();
    });

    it('behavior: writing creates nested directories, listing is sorted and recursive', async () => {
      const { sandbox } = await open();
      await sandbox.writeFile('src/components/deep/Button.tsx', 'b');
      await sandbox.writeFile('src/App.tsx', 'a');
      await sandbox.writeFile('index.html', 'i');
      expect(await sandbox.listFiles()).toEqual(['index.html', 'src/App.tsx', 'src/components/deep/Button.tsx']);
      expect(await sandbox.readFile('src/components/deep/Button.tsx')).toBe('b');
    });

    it('behavior: overwriting replaces the content', async () => {
      const { sandbox } = await open();
      await sandbox.writeFile('a.txt', 'long first content');
      await sandbox.writeFile('a.txt', 'short');
      expect(await sandbox.readFile('a.txt')).toBe('short');
    });

    it('behavior: ./ prefixes and inner .. that stay inside are accepted', async () => {
      const { sandbox } = await open();
      await sandbox.writeFile('./src/../src/x.ts', 'x');
      expect(await sandbox.readFile('src/x.ts')).toBe('x');
    });

    it('behavior: removeFile removes, and is quiet for a missing file', async () => {
      const { sandbox } = await open();
      await sandbox.writeFile('src/a.ts', 'a');
      await sandbox.removeFile('src/a.ts');
      await sandbox.removeFile('src/never-existed.ts');
      expect(await sandbox.readFile('src/a.ts')).toBeUndefined();
      expect(await sandbox.listFiles()).toEqual([]);
    });

    it('behavior: listFiles skips node_modules, dist and dot-directories but keeps dot-files', async () => {
      const { sandbox } = await open();
      await sandbox.writeFile('node_modules/react/index.js', 'r');
      await sandbox.writeFile('dist/index.html', 'd');
      await sandbox.writeFile('.git/HEAD', 'h');
      await sandbox.writeFile('.gitignore', 'node_modules');
      await sandbox.writeFile('src/main.tsx', 'm');
      expect(await sandbox.listFiles()).toEqual(['.gitignore', 'src/main.tsx']);
    });

    if (options.reopen ?? true) {
      it('behavior: reopening a project after kill sees its files', async () => {
        const { adapter, sandbox, projectId } = await open();
        await sandbox.writeFile('src/keep.ts', 'kept');
        await sandbox.kill();
        const again = await adapter.open({ projectId });
        opened.push(again);
        expect(await again.readFile('src/keep.ts')).toBe('kept');
      });
    }

    if (options.remove) {
      it('behavior: remove deletes what the adapter keeps of a project: it reopens empty; another project keeps its files; a project never opened is no error', async () => {
        const { adapter, sandbox, projectId } = await open('-removed');
        const other = await adapter.open({ projectId: `${projectId}-kept` });
        opened.push(other);
        await sandbox.writeFile('src/gone.ts', 'gone');
        await sandbox.writeFile('node_modules/dep/index.js', 'dep');
        await other.writeFile('src/kept.ts', 'kept');
        await sandbox.kill();
        await adapter.remove!({ projectId });
        const again = await adapter.open({ projectId });
        opened.push(again);
        expect(await again.listFiles()).toEqual([]);
        expect(await again.readFile('node_modules/dep/index.js')).toBeUndefined();
        expect(await other.readFile('src/kept.ts')).toBe('kept');
        await expect(adapter.remove!({ projectId: `${projectId}-never-opened` })).resolves.toBeUndefined();
      });
    }

    it('behavior: two projects do not share files', async () => {
      const first = await open('-a');
      const second = await open('-b');
      await first.sandbox.writeFile('only-here.txt', '1');
      expect(await second.sandbox.readFile('only-here.txt')).toBeUndefined();
    });

    const escapes = ['/etc/passwd', '../outside.txt', 'src/../../outside.txt', '..', ''];
    for (const path of escapes) {
      it(`error: path ${JSON.stringify(path)} is refused with PATH_OUTSIDE_PROJECT`, async () => {
        const { sandbox } = await open();
        await expectCode(sandbox.writeFile(path, 'x'), 'PATH_OUTSIDE_PROJECT');
        await expectCode(sandbox.readFile(path), 'PATH_OUTSIDE_PROJECT');
        await expectCode(sandbox.removeFile(path), 'PATH_OUTSIDE_PROJECT');
      });
    }

    // The one path rule (projectPath): what a sandbox makes of the inputs callers once disagreed on.
    for (const { input, expected } of projectPathCases) {
      if ('path' in expected) {
        it(`behavior: path ${JSON.stringify(input)} names ${JSON.stringify(expected.path)}`, async () => {
          const { sandbox } = await open();
          await sandbox.writeFile(input, 'x');
          expect(await sandbox.listFiles()).toEqual([expected.path]);
          expect(await sandbox.readFile(expected.path)).toBe('x');
          expect(await sandbox.readFile(input)).toBe('x');
          await sandbox.removeFile(input);
          expect(await sandbox.listFiles()).toEqual([]);
        });
      } else {
        it(`error: path ${JSON.stringify(input)} is refused with ${expected.refused}`, async () => {
          const { sandbox } = await open();
          await expectCode(sandbox.writeFile(input, 'x'), expected.refused);
          await expectCode(sandbox.readFile(input), expected.refused);
          await expectCode(sandbox.removeFile(input), expected.refused);
          expect(await sandbox.listFiles()).toEqual([]);
        });
      }
    }

    it('error: run after kill throws SANDBOX_UNAVAILABLE', async () => {
      const { sandbox } = await open();
      await sandbox.kill();
      await expectCode(sandbox.run({ command: 'echo hi' }), 'SANDBOX_UNAVAILABLE');
    });
  });
}
