import { readFile, readdir, readlink } from 'node:fs/promises';

/** A process of this machine that refers to something a test is looking for. */
export interface FoundProcess {
  pid: number;
  commandLine: string;
  cwd: string;
}

/**
 * Processes (other than this one) whose command line, working directory or environment mentions
 * one of `needles` (a sandbox directory, a Chromium profile, a marker variable), read from /proc
 * (test use only: shows what a crashed or finished run left running).
 */
export async function processesReferring(needles: string[]): Promise<FoundProcess[]> {
  const found: FoundProcess[] = [];
  for (const name of await readdir('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    const [rawCommandLine, cwd, environment] = await Promise.all([
      readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => ''),
      readlink(`/proc/${pid}/cwd`).catch(() => ''),
      readFile(`/proc/${pid}/environ`, 'utf8').catch(() => ''),
    ]);
    // A zombie has an empty command line and holds nothing: it is not running.
    if (rawCommandLine === '') continue;
    const commandLine = rawCommandLine.replaceAll('\0', ' ').trim();
    if (needles.some((needle) => commandLine.includes(needle) || cwd.startsWith(needle) || environment.includes(needle))) found.push({ pid, commandLine, cwd });
  }
  return found;
}
