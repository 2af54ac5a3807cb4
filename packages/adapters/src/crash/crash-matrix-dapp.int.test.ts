import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../testing/free-port.js';
import { crashCell, matrixCells, referenceRun } from './crash-matrix.test-support.js';
import type { MatrixCell, MatrixRun, Reference } from './crash-matrix.test-support.js';

// The DApp part of the crash matrix that fits CI (each cell is a real DApp run: local sandbox, the
// DApp checks, the local chain, Chromium, PGlite, killed in one process and resumed in another):
// right after the contract is deployed (the resumed run deploys again on a new chain) and right
// before the version is stored. Every process of the matrix serves its local chain on the same
// port, so the generated src/contracts/deployed.ts (which holds the RPC URL) is comparable. The
// whole matrix: `pnpm exec tsx scripts/crash-matrix.ts --kind dapp`.
const root = mkdtempSync(join(tmpdir(), 'bw-crash-matrix-dapp-'));
afterAll(() => rm(root, { recursive: true, force: true }));
let run: MatrixRun;
let reference: Reference;
beforeAll(async () => {
  run = { kind: 'dapp', transcript: fileURLToPath(new URL('../../../../examples/transcripts/voting.json', import.meta.url)), prompt: 'A voting dapp', root, chainPort: await freePort() };
  reference = await referenceRun(run);
}, 900_000);

const sample: MatrixCell[] = [
  { when: 'after', type: 'contract.deployed', occurrence: 1 },
  { when: 'before', type: 'version.created', occurrence: 1 },
];

describe('crash matrix (DApp run, CI sample)', () => {
  it('behavior: the sampled cells are cells of the matrix, and the run deployed a contract', () => {
    const cells = matrixCells(reference);
    for (const cell of sample) expect(cells).toContainEqual(cell);
    expect(reference.result.versions).toHaveLength(1);
    expect(reference.result.files['src/contracts/deployed.ts']).toContain(`127.0.0.1:${run.chainPort}`);
  });

  for (const cell of sample) {
    it(`behavior: SIGKILL ${cell.when} ${cell.type}, then resume: events kept, none lost or twice, one version, the same files`, async () => {
      expect(await crashCell(run, reference, cell)).toEqual([]);
    }, 600_000);
  }
});
