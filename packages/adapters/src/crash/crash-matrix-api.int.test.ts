import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crashCell, matrixCells, referenceRun } from './crash-matrix.test-support.js';
import type { MatrixCell, MatrixRun, Reference } from './crash-matrix.test-support.js';

// The API part of the crash matrix that fits CI, around the spec node (each cell is a real API
// run: local sandbox, apiChecks(), the server in the sandbox, PGlite, killed in one process and
// resumed in another): in the spec node right after its spec check passed (its checkpoint is not
// stored: the resume runs the spec node again), and before the first build step starts (the spec
// node's checkpoint is stored: the resume goes on at build, with the spec still locked). The whole
// matrix: `pnpm exec tsx scripts/crash-matrix.ts --kind api`.
const root = mkdtempSync(join(tmpdir(), 'bw-crash-matrix-api-'));
afterAll(() => rm(root, { recursive: true, force: true }));
const run: MatrixRun = { kind: 'api', transcript: fileURLToPath(new URL('../api/fixtures/todo-api.json', import.meta.url)), prompt: 'A todo API', root };
let reference: Reference;
beforeAll(async () => {
  reference = await referenceRun(run);
}, 900_000);

const sample: MatrixCell[] = [
  { when: 'after', type: 'check.passed', occurrence: 1 },
  { when: 'before', type: 'step.started', occurrence: 2 },
];

describe('crash matrix (API run, CI sample)', () => {
  it('behavior: the spec node comes first, and its check is the first check.passed', () => {
    const events = reference.result.events;
    const started = events.filter((event) => event.type === 'step.started').map((event) => (event.type === 'step.started' ? event.stepId : ''));
    expect(started).toEqual(['spec', 'api']);
    expect(events.find((event) => event.type === 'check.passed')).toMatchObject({ check: 'spec' });
    expect(matrixCells(reference)).toContainEqual({ when: 'before', type: 'step.started', occurrence: 1 });
    expect(reference.result.versions).toHaveLength(1);
  });

  for (const cell of sample) {
    it(`behavior: SIGKILL ${cell.when} ${cell.type} #${cell.occurrence}, then resume: events kept, none lost or twice, one version, the same files`, async () => {
      expect(await crashCell(run, reference, cell)).toEqual([]);
    }, 600_000);
  }
});
