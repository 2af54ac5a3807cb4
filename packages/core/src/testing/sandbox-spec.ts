import { afterEach, describe, expect, it } from 'vitest';
import { BuildwrightError } from '@buildwright/client';
import type { BuildwrightErrorCode } from '@buildwright/client';
import type { Sandbox, SandboxAdapter } from '../spec/sandbox.js';
import { projectPathCases } from './project-path-cases.js';

/** What the sandbox under test can do; each capability turns on its part of the suite. */
export interface SandboxSpecOptions {
  /** Suite name (defaults to the adapter's provider). */
  name?: string;
  /** Commands run in a real POSIX shell (`sh -c`) with `sleep`, `echo`, `pwd`, `ln`... Default false. */
  shell?: boolean;
  /** `startServer` runs real servers reachable over HTTP from this process. Needs `shell`. Default false. */
  servers?: boolean;
  /** The project is a real directory where `ln -s` works, so symlink escapes can be tested. Needs `shell`. Default false. */
  symlinks?: boolean;
  /** A command serving HTTP 200 "ok" on `$PORT` (127.0.0.1). Defaults to a one-line Node server. */
  serverCommand?: string;
  /** Reopening a project (after `kill`) sees its files. Default true. */
  reopen?: boolean;
}

const defaultServerCommand =
  `node -e "require('http').createServer((q,s)=>s.end('ok')).listen(Number(process.env.PORT),'127.0.0.1')"`;

let projectCounter = 0;

/**
 * The sandbox conformance suite: files, path safety, commands (exit codes, streamed output,
 * timeouts and aborts that kill the whole process tree) and servers. Call it from an adapter's
 * test file; capabilities the sandbox lacks are left out with the reason in the suite name.
 *
 * @example
 * // packages/adapters/src/local/local-sandbox.test.ts
 * import { runSandboxSpec } from '@buildwright/core/testing';
 * import { localSandbox } from './local-sandbox.js';
 *
 * runSandboxSpec(() => localSandbox({ root: tempDir }), { shell: true, servers: true, symlinks: true });
 */
export function runSandboxSpec(factory: () => SandboxAdapter | Promise<SandboxAdapter>, options: SandboxSpecOptions = {}): void {
  const opened: Sandbox[] = [];
  const open = async (suffix = ''): Promise<{ adapter: SandboxAdapter; sandbox: Sandbox; projectId: string }> => {
    const adapter = await factory();
    projectCounter += 1;
    const projectId = `spec-${process.pid}-${Date.now().toString(36)}-${projectCounter}${suffix}`;
    const sandbox = await adapter.open({ projectId });
    opened.push(sandbox);
    return { adapter, sandbox, projectId };
  };

  describe(`sandbox spec: ${options.name ?? 'adapter'}`, () => {
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((sandbox) => sandbox.kill().catch(() => {})));
    });

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

    if (!options.shell) {
      it.skip('commands: skipped because this sandbox runs no real shell (shell: false)', () => {});
    } else {
      describe('commands', () => {
        it('default: captures stdout, stderr and exit code 0', async () => {
          const { sandbox } = await open();
          const result = await sandbox.run({ command: 'echo out; echo err >&2' });
          expect(result).toMatchObject({ exitCode: 0, stdout: 'out\n', stderr: 'err\n', timedOut: false, aborted: false });
          expect(result.durationMs).toBeGreaterThanOrEqual(0);
        });

        it('behavior: a non-zero exit code is returned, not thrown', async () => {
          const { sandbox } = await open();
          expect((await sandbox.run({ command: 'exit 3' })).exitCode).toBe(3);
          expect((await sandbox.run({ command: 'definitely-not-a-command-xyz' })).exitCode).toBe(127);
        });

        it('behavior: commands see the files written through the port, and the other way round', async () => {
          const { sandbox } = await open();
          await sandbox.writeFile('src/in.txt', 'from port');
          const result = await sandbox.run({ command: 'cat src/in.txt && mkdir -p out && printf made > out/made.txt' });
          expect(result.stdout).toBe('from port');
          expect(await sandbox.readFile('out/made.txt')).toBe('made');
        });

        it('args: cwd and env', async () => {
          const { sandbox } = await open();
          await sandbox.writeFile('src/marker.txt', 'here');
          const result = await sandbox.run({ command: 'cat marker.txt; printf " $GREETING"', cwd: 'src', env: { GREETING: 'hi' } });
          expect(result.stdout).toBe('here hi');
        });

        it('error: a cwd outside the project is refused with PATH_OUTSIDE_PROJECT', async () => {
          const { sandbox } = await open();
          await expectCode(sandbox.run({ command: 'pwd', cwd: '../..' }), 'PATH_OUTSIDE_PROJECT');
        });

        it('behavior: output is streamed while the command runs', async () => {
          const { sandbox } = await open();
          const chunks: string[] = [];
          // The command waits for a file that the output callback writes on seeing "first":
          // if output were only delivered at exit, the command would hit its timeout.
          const result = await sandbox.run({
            command: 'echo first; i=0; while [ ! -f go.txt ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i+1)); done; echo second; echo warn >&2',
            timeoutMs: 20_000,
            onOutput: (chunk) => {
              chunks.push(chunk.text);
              if (chunk.text.includes('first')) void sandbox.writeFile('go.txt', 'go');
            },
          });
          expect(result.timedOut).toBe(false);
          expect(result.stdout).toBe('first\nsecond\n');
          expect(chunks.join('')).toContain('warn');
          expect(await sandbox.readFile('go.txt')).toBe('go');
        });

        it('behavior: a timeout kills the command and its children', async () => {
          const { sandbox } = await open();
          // A grandchild that would write a file after 1.5 s: it must die with its parent at the timeout.
          const result = await sandbox.run({
            command: 'sh -c "sleep 1.5; echo late > late.txt" & sleep 30',
            timeoutMs: 300,
          });
          expect(result).toMatchObject({ exitCode: null, timedOut: true, aborted: false });
          await delay(2_500);
          expect(await sandbox.readFile('late.txt')).toBeUndefined();
        });

        it('behavior: an abort signal kills the command and its children', async () => {
          const { sandbox } = await open();
          const controller = new AbortController();
          const result = await sandbox.run({
            command: 'sh -c "sleep 1.5; echo late > late.txt" & echo started; sleep 30',
            signal: controller.signal,
            onOutput: (chunk) => {
              if (chunk.text.includes('started')) controller.abort();
            },
          });
          expect(result).toMatchObject({ exitCode: null, timedOut: false, aborted: true });
          await delay(2_500);
          expect(await sandbox.readFile('late.txt')).toBeUndefined();
        });

        it('behavior: an already aborted signal does not run the command', async () => {
          const { sandbox } = await open();
          const result = await sandbox.run({ command: 'echo ran > ran.txt', signal: AbortSignal.abort() });
          expect(result.aborted).toBe(true);
          expect(await sandbox.readFile('ran.txt')).toBeUndefined();
        });

        it('behavior: kill stops running commands', async () => {
          const { sandbox } = await open();
          const running = sandbox.run({ command: 'echo started; sleep 30', onOutput: () => void sandbox.kill() });
          const result = await running;
          expect(result.exitCode).toBeNull();
        });
      });
    }

    if (!options.servers) {
      it.skip('servers: skipped because this sandbox runs no real servers (servers: false)', () => {});
    } else {
      describe('servers', () => {
        const serverCommand = options.serverCommand ?? defaultServerCommand;

        it('default: starts a server on an allocated port and serves its URL', async () => {
          const { sandbox } = await open();
          const server = await sandbox.startServer({ command: serverCommand });
          expect(server.port).toBeGreaterThan(0);
          const response = await fetch(server.url);
          expect(await response.text()).toBe('ok');
          await server.stop();
          await expect(fetch(server.url)).rejects.toThrow();
        });

        it('behavior: {port} in the command line is replaced by the port', async () => {
          const { sandbox } = await open();
          const server = await sandbox.startServer({
            command: `node -e "require('http').createServer((q,s)=>s.end('port '+process.argv[1])).listen(Number(process.argv[1]),'127.0.0.1')" {port}`,
          });
          expect(await (await fetch(server.url)).text()).toBe(`port ${server.port}`);
        });

        it('behavior: kill stops every server', async () => {
          const { sandbox } = await open();
          const first = await sandbox.startServer({ command: serverCommand });
          const second = await sandbox.startServer({ command: serverCommand });
          expect(first.port).not.toBe(second.port);
          await sandbox.kill();
          await expect(fetch(first.url)).rejects.toThrow();
          await expect(fetch(second.url)).rejects.toThrow();
        });

        it('error: a server that exits before listening rejects with SANDBOX_COMMAND_FAILED and its output', async () => {
          const { sandbox } = await open();
          const error = await sandbox.startServer({ command: 'echo cannot-start >&2; exit 1' }).catch((caught: unknown) => caught);
          expect(BuildwrightError.isInstance(error) && error.code).toBe('SANDBOX_COMMAND_FAILED');
          expect(String((error as Error).message)).toContain('cannot-start');
        });

        it('error: a server that never listens rejects with SANDBOX_TIMEOUT', async () => {
          const { sandbox } = await open();
          await expectCode(sandbox.startServer({ command: 'sleep 30', readyTimeoutMs: 500 }), 'SANDBOX_TIMEOUT');
        });
      });
    }

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
  });
}

async function expectCode(promise: Promise<unknown>, code: BuildwrightErrorCode): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error, `expected a BuildwrightError ${code}`).toBeDefined();
  expect(BuildwrightError.isInstance(error) ? error.code : error).toBe(code);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
