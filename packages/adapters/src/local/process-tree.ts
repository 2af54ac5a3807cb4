import { readFile, readdir } from 'node:fs/promises';

/** A process descending from another, as /proc shows it. */
export interface TreeProcess {
  pid: number;
  parentPid: number;
  commandLine: string;
  /** Resident memory (VmRSS), in bytes: pages shared with other processes (libraries, Chromium's) count in each. */
  rssBytes: number;
  /** Proportional share of resident memory (Pss), in bytes: a page shared by n processes counts 1/n in each, so these add up. */
  pssBytes: number;
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
    all.push({ pid, parentPid, commandLine: rawCommandLine.replaceAll('\0', ' ').trim(), rssBytes: kilobytes(status, 'VmRSS') * 1024, pssBytes: 0 });
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
  // Only the tree's: smaps_rollup walks a process's memory map, which costs more than status.
  await Promise.all(tree.map(async (entry) => (entry.pssBytes = kilobytes(await readFile(`/proc/${entry.pid}/smaps_rollup`, 'utf8').catch(() => ''), 'Pss') * 1024)));
  return tree;
}

/** A `Name:   123 kB` figure of a /proc file, in kB (0 when absent). */
function kilobytes(text: string, name: string): number {
  return Number(new RegExp(`^${name}:\\s+(\\d+)\\s+kB$`, 'm').exec(text)?.[1] ?? 0);
}

/** Resident memory of a process and every process descending from it, in bytes: summed RSS, and summed PSS (shared pages counted once). */
export async function treeMemory(rootPid: number = process.pid): Promise<{ rssBytes: number; pssBytes: number; tree: TreeProcess[] }> {
  const [status, rollup, tree] = await Promise.all([
    readFile(`/proc/${rootPid}/status`, 'utf8').catch(() => ''),
    readFile(`/proc/${rootPid}/smaps_rollup`, 'utf8').catch(() => ''),
    processTree(rootPid),
  ]);
  return {
    rssBytes: tree.reduce((sum, entry) => sum + entry.rssBytes, kilobytes(status, 'VmRSS') * 1024),
    pssBytes: tree.reduce((sum, entry) => sum + entry.pssBytes, kilobytes(rollup, 'Pss') * 1024),
    tree,
  };
}
