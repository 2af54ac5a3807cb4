import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crashCell, matrixCells, referenceRun } from './crash-matrix.test-support.js';
import type { MatrixCell, MatrixRun, Reference } from './crash-matrix.test-support.js';

// A part of the crash matrix that fits CI (each cell is a real web run: local sandbox, the web
// checks, Chromium, PGlite, killed in one process and resumed in another): a kill where a node's
// last event is stored but its checkpoint is not, in the middle of a check's commands, before the
// browser check's last event, and right after the version. The whole matrix, every event type of a
// web and of a DApp run before and after it is stored: `pnpm exec tsx scripts/crash-matrix.ts`.
const root = mkdtempSync(join(tmpdir(), 'bw-crash-matrix-'));
afterAll(() => rm(root, { recursive: true, force: true }));
const run: MatrixRun = { kind: 'web', transcript: fileURLToPath(new URL('../checks/fixtures/counter-app.json', import.meta.url)), prompt: 'A counter app', root };
let reference: Reference;
beforeAll(async () => {
  // From a warm dependency cache: a reference that installed with npm would differ from every resumed run by that install (referenceRun runs it again then).
  reference = await referenceRun(run);
}, 600_000);

const sample: MatrixCell[] = [
  { when: 'after', type: 'check.passed', occurrence: 1 },
  { when: 'after', type: 'command.exited', occurrence: 1 },
  { when: 'before', type: 'preview.ready', occurrence: 1 },
  { when: 'after', type: 'version.created', occurrence: 1 },
];

describe('crash matrix (web run, CI sample)', () => {
  it('behavior: the sampled cells are cells of the matrix (event types the uninterrupted run stores)', () => {
    const cells = matrixCells(reference);
    for (const cell of sample) expect(cells).toContainEqual(cell);
    expect(reference.result.versions).toHaveLength(1);
  });

  for (const cell of sample) {
    it(`behavior: SIGKILL ${cell.when} ${cell.type}, then resume: events kept, none lost or twice, one version, the same files`, async () => {
      expect(await crashCell(run, reference, cell)).toEqual([]);
    }, 600_000);
  }
});
