import { describe, expect, it } from 'vitest';
import { expectCode, type SandboxSpecContext } from './context.js';

/** Sandbox spec, symlinks: see runSandboxSpec. */
export function describeSymlinks(spec: SandboxSpecContext): void {
  const { open, options } = spec;
  if (!options.symlinks) {
    it.skip('symlinks: skipped because this sandbox has no real directory for ln -s (symlinks: false)', () => {});
  } else {
    describe('symlinks', () => {
      it('error: a symlink to outside the project is refused with PATH_OUTSIDE_PROJECT', async () => {
        const { sandbox } = await open();
        const linked = await sandbox.run({ command: 'ln -s / escape && ln -s .. up && mkdir -p src && ln -s ../.. src/up2' });
        expect(linked.exitCode).toBe(0);
        for (const path of ['escape/tmp/buildwright-escape.txt', 'up/x.txt', 'src/up2/x.txt', 'escape/new-dir/x.txt']) {
          await expectCode(sandbox.writeFile(path, 'x'), 'PATH_OUTSIDE_PROJECT');
          await expectCode(sandbox.readFile(path), 'PATH_OUTSIDE_PROJECT');
          await expectCode(sandbox.removeFile(path), 'PATH_OUTSIDE_PROJECT');
        }
        await expectCode(sandbox.readFile('escape/etc/hostname'), 'PATH_OUTSIDE_PROJECT');
      });

      it('behavior: a symlink that stays inside the project is followed', async () => {
        const { sandbox } = await open();
        await sandbox.writeFile('src/real/a.txt', 'a');
        expect((await sandbox.run({ command: 'ln -s real src/alias' })).exitCode).toBe(0);
        expect(await sandbox.readFile('src/alias/a.txt')).toBe('a');
        await sandbox.writeFile('src/alias/b.txt', 'b');
        expect(await sandbox.readFile('src/real/b.txt')).toBe('b');
      });
    });
  }
}
