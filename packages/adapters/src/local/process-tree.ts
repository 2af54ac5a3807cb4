import { readFile, readdir } from 'node:fs/promises';

/** A process descending from another, as /proc shows it. */
export interface TreeProcess {
  pid: number;
  parentPid: number;
  commandLine: string;
  /** Resident memory (VmRSS), in bytes. */
  rssBytes: number;
}

/**
 * The processes descending from `rootPid` (its children, theirs, ...), with their resident memory,
 * read from /proc (tests and benchmarks: what a run leaves running, and what it weighs). Processes
 * under bubblewrap are in the tree too: bwrap is a child of the process that started the command.
 */
export async function processTree(rootPid: number = process.pid): Promise<TreeProcess[]> {
  const all: TreeProcess[] = [];
  for (const name of await readdir('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const [stat, status, rawCommandLine] = await Promise.all([
      readFile(`/proc/${pid}/stat`, 'utf8').catch(() => ''),
      readFile(`/proc/${pid}/status`, 'utf8').catch(() => ''),
      readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => ''),
    ]);
    // After the command name (which may hold spaces and parentheses): state, then the parent's pid.
    const parentPid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    // A zombie (empty command line) holds no memory and is not running.
    if (!Number.isInteger(parentPid) || rawCommandLine === '') continue;
    const rssKilobytes = Number(/^VmRSS:\s+(\d+)\s+kB$/m.exec(status)?.[1] ?? 0);
    all.push({ pid, parentPid, commandLine: rawCommandLine.replaceAll('\0', ' ').trim(), rssBytes: rssKilobytes * 1024 });
  }
  const tree: TreeProcess[] = [];
  const parents = new Set([rootPid]);
  // Parents before children is not the order of /proc: repeat until no process joins.
  for (let grown = true; grown; ) {
    grown = false;
    for (const entry of all) {
      if (parents.has(entry.parentPid) && !parents.has(entry.pid)) {
        parents.add(entry.pid);
        tree.push(entry);
        grown = true;
      }
    }
  }
  return tree;
}

/** Resident memory of a process and every process descending from it, in bytes. */
export async function treeRssBytes(rootPid: number = process.pid): Promise<number> {
  const own = Number(/^VmRSS:\s+(\d+)\s+kB$/m.exec(await readFile(`/proc/${rootPid}/status`, 'utf8').catch(() => ''))?.[1] ?? 0) * 1024;
  return own + (await processTree(rootPid)).reduce((sum, entry) => sum + entry.rssBytes, 0);
}
