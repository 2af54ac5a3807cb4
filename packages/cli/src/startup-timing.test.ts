import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliCommandLine, freshDirectories, startCli, transcriptsDirectory } from './run-cli.test-support.js';

const freshDirectory = freshDirectories();
const args = ['generate', 'a pomodoro timer', '--llm', `script:${join(transcriptsDirectory, 'fix-loop.json')}`, '--json', '--replay-delay', '60000'];

/** Runs `generate` with BUILDWRIGHT_STARTUP_TIMING=1 until its startup line on stderr, then Ctrl-C. */
function untilStartupLine(cwd: string): Promise<{ line: string; stdout: string[] }> {
  const { command, args: commandArgs, env } = cliCommandLine(args, { BUILDWRIGHT_STARTUP_TIMING: '1' });
  const child = spawn(command, commandArgs, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let line: string | undefined;
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    if (line) return;
    line = stderr.split('\n').find((candidate) => candidate.startsWith('buildwright startup:'));
    // One Ctrl-C: a second one quits at once, before the cancelled run's last event is printed.
    if (line) child.kill('SIGINT');
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', () => (line ? resolve({ line, stdout: stdout.split('\n').filter(Boolean) }) : reject(new Error(`no startup line; stderr:\n${stderr}`))));
  });
}

const typeOf = (line: string) => (JSON.parse(line) as { type: string }).type;

describe('BUILDWRIGHT_STARTUP_TIMING', () => {
  it('unset: nothing on stderr; set: one line at the first model call with the store open of an existing database, and the same events up to the cancel', async () => {
    const cwd = freshDirectory();
    // The first run creates the database; without the variable nothing is written to stderr.
    const first = startCli(args, { cwd });
    await first.waitForLine((line) => typeOf(line) === 'notice.posted');
    const untimedTypes = first.lines().map(typeOf);
    first.child.kill('SIGINT');
    const untimed = await first.done;
    expect(untimed.stderr).not.toContain('buildwright startup');

    const timed = await untilStartupLine(cwd);
    expect(timed.line).toMatch(/^buildwright startup: first model call \d+ ms, store open \d+ ms, cpu \d+ ms$/);
    const [, firstCall, storeOpen] = /(\d+) ms, store open (\d+)/.exec(timed.line)!.map(Number);
    expect(storeOpen).toBeLessThan(firstCall!);
    // The plan's call goes out before the run's records and first events are stored (issue 14): the run
    // cancelled at that call ends with run.cancelled, after none or the first of the events a run without the variable prints.
    const timedTypes = timed.stdout.map(typeOf);
    expect(timedTypes.at(-1)).toBe('run.cancelled');
    expect(timedTypes.slice(0, -1)).toEqual(untimedTypes.slice(0, timedTypes.length - 1));
  }, 120_000);
});
