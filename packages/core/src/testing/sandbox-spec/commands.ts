import { describe, expect, it } from 'vitest';
import { expectCode, delay, type SandboxSpecContext } from './context.js';

/** Sandbox spec, commands: see runSandboxSpec. */
export function describeCommands(spec: SandboxSpecContext): void {
  const { open, options } = spec;
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

      it('behavior: readFileBytes reads a binary file a command wrote, byte for byte (not valid UTF-8)', async () => {
        const { sandbox } = await open();
        const result = await sandbox.run({ command: "mkdir -p dist && printf '\\211PNG\\r\\n\\032\\n\\000\\377\\376' > dist/logo.png" });
        expect(result.exitCode).toBe(0);
        expect(Array.from((await sandbox.readFileBytes('dist/logo.png')) ?? [])).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe]);
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

      it('behavior: an abort while the command is still starting kills it', async () => {
        const { sandbox } = await open();
        const controller = new AbortController();
        // Aborted right after run() was called: while the adapter is starting the process, before it could have listened.
        const running = sandbox.run({ command: 'sleep 1.5; echo late > late.txt', signal: controller.signal });
        controller.abort();
        expect(await running).toMatchObject({ exitCode: null, timedOut: false, aborted: true });
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
}
