// The crash matrix (issue 12's acceptance): for every event type an uninterrupted web run, DApp
// run and API run store (collected from that run, so the list follows the engine), SIGKILL the run
// before and after that event is stored, resume it in a new process, and check that every event
// stored before the kill is kept, no event is lost or stored twice, there is exactly one version,
// and the files equal the uninterrupted run's. Real parts: local sandbox (bubblewrap when it runs
// here), the web/DApp/API checks, Chromium, the local chain, the API server, PGlite.
//   pnpm exec tsx scripts/crash-matrix.ts [--kind web|dapp|api] [--type <event type>[,<event type>...]] [--cells <first>-<last>] [--from <before|after>:<event type>]
// Cells are numbered in the run's order (printed first). --type, --cells and --from each select cells
// (--from: that cell and every later one); given together, a cell any of them selects runs. None: every cell.
// CI runs a sample of the web cells (packages/adapters/src/crash/crash-matrix.int.test.ts), of the
// DApp cells (crash-matrix-dapp.int.test.ts) and of the API cells around the spec node (crash-matrix-api.int.test.ts). A DApp matrix serves every process's local chain on one
// port, and each matrix's reference run comes from a warm dependency cache (see referenceRun).
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crashCell, matrixCells, referenceRun } from '../packages/adapters/src/crash/crash-matrix.test-support.js';
import { freePort } from '../packages/adapters/src/testing/free-port.js';
import type { MatrixRun } from '../packages/adapters/src/crash/crash-matrix.test-support.js';

const option = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const kinds = option('--kind') ? [option('--kind') as 'web' | 'dapp' | 'api'] : (['web', 'dapp', 'api'] as const);
const onlyTypes = option('--type')?.split(',');
const cellRange = option('--cells')?.split('-').map(Number);
const from = option('--from');
const transcripts = {
  web: { transcript: fileURLToPath(new URL('../packages/adapters/src/checks/fixtures/counter-app.json', import.meta.url)), prompt: 'A counter app' },
  dapp: { transcript: fileURLToPath(new URL('../examples/transcripts/voting.json', import.meta.url)), prompt: 'A voting dapp' },
  api: { transcript: fileURLToPath(new URL('../packages/adapters/src/api/fixtures/todo-api.json', import.meta.url)), prompt: 'A todo API' },
};

let failures = 0;
for (const kind of kinds) {
  const root = mkdtempSync(join(tmpdir(), `bw-crash-matrix-${kind}-`));
  const run: MatrixRun = { kind, ...transcripts[kind], root, ...(kind === 'dapp' ? { chainPort: await freePort() } : {}) };
  try {
    const started = Date.now();
    const reference = await referenceRun(run);
    const numbered = matrixCells(reference).map((cell, index) => ({ ...cell, number: index + 1 }));
    const fromNumber = from ? numbered.find((cell) => `${cell.when}:${cell.type}` === from)?.number : undefined;
    if (from && fromNumber === undefined) throw new Error(`--from ${from}: no such cell in this run`);
    const selected = (cell: (typeof numbered)[number]) =>
      Boolean(onlyTypes?.includes(cell.type)) || (cellRange !== undefined && cell.number >= cellRange[0]! && cell.number <= cellRange[1]!) || (fromNumber !== undefined && cell.number >= fromNumber);
    const cells = onlyTypes || cellRange || from ? numbered.filter(selected) : numbered;
    console.log(
      `${kind}: ${reference.result.events.length} events of ${matrixCells(reference).length / 2} types in the uninterrupted run (${((Date.now() - started) / 1000).toFixed(0)} s); ${cells.length} cells`,
    );
    console.log(`cells: ${numbered.map((cell) => `${cell.number} ${cell.when} ${cell.type}`).join(', ')}`);
    for (const cell of cells) {
      const cellStarted = Date.now();
      const problems = await crashCell(run, reference, cell);
      failures += problems.length > 0 ? 1 : 0;
      console.log(
        `${problems.length ? 'FAIL' : 'ok  '} ${cell.number} ${kind} ${cell.when} ${cell.type} (${((Date.now() - cellStarted) / 1000).toFixed(0)} s)${problems.map((problem) => `\n     ${problem}`).join('')}`,
      );
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
console.log(
  `${failures} failing cells; load average ${loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')}`,
);
process.exit(failures ? 1 : 0);
