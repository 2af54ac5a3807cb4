import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Seconds per test file of a recorded run (files of 10 s or more): `node scripts/record-test-durations.mjs`. */
const recorded = JSON.parse(readFileSync(new URL('./file-durations.json', import.meta.url), 'utf8')) as Record<string, number>;

/**
 * Starts the files a recorded run found slow first, longest first; the rest follow in vitest's own
 * order (its duration cache, else larger files first). On a fresh clone vitest has no durations and
 * orders by file size, which left the slow crash-matrix files and the type-check habit (small files
 * that start long runs) to the end of the suite, running alone.
 */
export default class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const ordered = await super.sort(files);
    const seconds = (file: TestSpecification) => recorded[relative(this.ctx.config.root, file.moduleId)] ?? 0;
    // Array.prototype.sort is stable: files with no recorded time keep vitest's order.
    return ordered.sort((a, b) => seconds(b) - seconds(a));
  }
}
