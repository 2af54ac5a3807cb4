import { BuildwrightError } from '@buildwright/client';
import { runSandboxSpec } from '../sandbox-spec.js';
import { describe, expect, it } from 'vitest';
import { memorySandbox } from './memory-sandbox.js';

runSandboxSpec(() => memorySandbox(), { name: 'memory', remove: true });

describe('memorySandbox', () => {
  it('default: commands exit 0 with empty output', async () => {
    const sandbox = await memorySandbox().open({ projectId: 'p' });
    expect(await sandbox.run({ command: 'npm install' })).toMatchObject({ exitCode: 0, stdout: '', stderr: '', timedOut: false, aborted: false });
  });

  it('args: handler answers commands, sees cwd, env and files, and its output is streamed', async () => {
    const seen: string[] = [];
    const sandbox = await memorySandbox({
      handler: ({ command, cwd, env, files }) => {
        seen.push(`${command}|${cwd}|${env.A}|${files.get('src/a.ts')}`);
        files.set('dist/index.html', 'built');
        return { exitCode: 2, stdout: 'o', stderr: 'e' };
      },
    }).open({ projectId: 'p' });
    await sandbox.writeFile('src/a.ts', 'a');
    const chunks: string[] = [];
    const result = await sandbox.run({ command: 'vite build', cwd: './src', env: { A: '1' }, onOutput: (chunk) => chunks.push(`${chunk.stream}:${chunk.text}`) });
    expect(result).toMatchObject({ exitCode: 2, stdout: 'o', stderr: 'e' });
    expect(seen).toEqual(['vite build|src|1|a']);
    expect(chunks).toEqual(['stdout:o', 'stderr:e']);
    expect(await sandbox.readFile('dist/index.html')).toBe('built');
  });

  it('behavior: a handler slower than timeoutMs times out and sees its signal aborted', async () => {
    let abortedInside = false;
    const sandbox = await memorySandbox({
      handler: ({ signal }) =>
        new Promise((resolve) =>
          signal.addEventListener('abort', () => {
            abortedInside = true;
            resolve({ exitCode: 1 });
          }),
        ),
    }).open({ projectId: 'p' });
    const result = await sandbox.run({ command: 'sleep', timeoutMs: 20 });
    expect(result).toMatchObject({ exitCode: null, timedOut: true });
    expect(abortedInside).toBe(true);
  });

  it('behavior: startServer returns the URL the handler gives, with {port} replaced', async () => {
    const sandbox = await memorySandbox({ handler: ({ command, port }) => ({ url: `http://fake.test:${port}/?${command}` }) }).open({ projectId: 'p' });
    const server = await sandbox.startServer({ command: 'vite preview --port {port}', port: 4100 });
    expect(server).toMatchObject({ port: 4100, url: 'http://fake.test:4100/?vite preview --port 4100' });
  });

  it('error: startServer without a handler URL fails with SANDBOX_COMMAND_FAILED', async () => {
    const sandbox = await memorySandbox().open({ projectId: 'p' });
    const error = await sandbox.startServer({ command: 'vite preview' }).catch((caught: unknown) => caught);
    expect(BuildwrightError.isInstance(error) && error.code).toBe('SANDBOX_COMMAND_FAILED');
  });
});
