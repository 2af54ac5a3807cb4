import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('./fixtures/group-process.ts', import.meta.url));

/** Pids of the processes (not zombies) in process group `group`. */
async function members(group: number): Promise<number[]> {
  const { readdir } = await import('node:fs/promises');
  const found: number[] = [];
  for (const name of await readdir('/proc')) {
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
    // pid (comm) state ppid pgrp ...: comm may hold spaces, so read after its closing parenthesis.
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === group && state !== 'Z') found.push(Number(name));
  }
  return found;
}

describe('group reaper', () => {
  it('behavior: the process groups a process started die with it when it is SIGKILLed', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    const started = Date.now();
    while (!/GROUP (\d+)/.test(stdout) && Date.now() - started < 30_000) await new Promise((resolve) => setTimeout(resolve, 50));
    const group = Number(/GROUP (\d+)/.exec(stdout)?.[1]);
    while ((await members(group)).length < 3 && Date.now() - started < 30_000) await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await members(group)).length).toBe(3);

    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const killedAt = Date.now();
    while ((await members(group)).length > 0 && Date.now() - killedAt < 3_000) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await members(group)).toEqual([]);
  }, 60_000);
});
