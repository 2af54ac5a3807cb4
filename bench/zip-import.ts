// ZIP import: the previous release's synchronous inflation (fflate inflateSync into a buffer of the
// claimed size, on the event loop) against readZip (node:zlib streaming in the threadpool, real
// bytes counted, stop at the limit), for 200 entries:
//  - a legitimate archive of 200 source files (50 MB in all, the default import limit): wall time
//    and the largest event-loop gap, against a floor (inflateRawSync of the same data, no checks);
//  - 200 bombs, each claiming 1 byte and inflating to BOMB_MIB MiB of zeros (default 16): the time
//    to refuse each. The previous release accepted them (only the first byte kept).
// Run: pnpm exec tsx bench/zip-import.ts   (BOMB_MIB=1024 for the 1 GiB entries: slow)
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { readZip } from '../packages/core/src/versions/read-zip.js';
import { handmadeZip, zerosDeflated, type DeflatedData } from '../packages/core/src/versions/zip-fixtures.js';

// `fflate` (the previous release's inflater) is a dependency of @buildwright/core, not of the workspace root.
const { inflateSync } = createRequire(new URL('../packages/core/package.json', import.meta.url))('fflate') as { inflateSync(data: Uint8Array, options?: { out?: Uint8Array }): Uint8Array };

const entryCount = 200;
const bombMebibytes = Number(process.env.BOMB_MIB ?? 16);

interface Entry {
  name: string;
  deflated: DeflatedData;
}

/** The previous release's inflation of each entry: synchronous, into a buffer of the claimed size. */
function syncInflateAll(entries: Entry[]): Record<string, string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const files: Record<string, string> = {};
  for (const entry of entries) {
    const { bytes, claimedSize, claimedCrc } = entry.deflated;
    const data = inflateSync(bytes, { out: new Uint8Array(claimedSize) });
    if (data.byteLength !== claimedSize || crc32(data) !== claimedCrc) throw new Error(`${entry.name}: size or checksum`);
    files[entry.name] = decoder.decode(data);
  }
  return files;
}

/** Runs `work` with a 5 ms interval timer on the event loop: wall time and the largest gap between ticks. */
async function measured(work: () => unknown): Promise<{ wallMs: number; gapMs: number }> {
  const started = performance.now();
  let last = started;
  let gapMs = 0;
  const tick = () => {
    const now = performance.now();
    gapMs = Math.max(gapMs, now - last);
    last = now;
  };
  const timer = setInterval(tick, 5);
  try {
    await work();
  } catch {
    // A refusal is the expected end of the bomb cases.
  }
  tick();
  clearInterval(timer);
  return { wallMs: performance.now() - started, gapMs };
}

const ms = (value: number) => `${value.toFixed(0).padStart(6)} ms`;

// Legitimate: 200 distinct source files of 250 KiB (50,000 KiB: under the 50 MiB default).
const legitimate: Entry[] = Array.from({ length: entryCount }, (_, index) => {
  const text = `export const value${index} = (input: string) => input.length * ${index}; // line of file ${index}\n`.repeat(4_000).slice(0, 250 * 1024);
  const bytes = Buffer.from(text);
  return { name: `src/file-${index}.ts`, deflated: { bytes: deflateRawSync(bytes), claimedSize: bytes.length, claimedCrc: crc32(bytes) } };
});
const legitimateZip = handmadeZip(legitimate);

const floor = await measured(() => legitimate.forEach((entry) => inflateRawSync(entry.deflated.bytes)));
const oldLegitimate = await measured(() => syncInflateAll(legitimate));
const newLegitimate = await measured(() => readZip(legitimateZip));

const bomb = await zerosDeflated(bombMebibytes);
const bombEntry: Entry = { name: 'bomb.txt', deflated: { bytes: bomb, claimedSize: 1, claimedCrc: crc32(new Uint8Array(1)) } };
const bombZip = handmadeZip([bombEntry]);
const oldBombs = await measured(() => {
  for (let index = 0; index < entryCount; index++) syncInflateAll([bombEntry]);
});
let refused = 0;
const newBombs = await measured(async () => {
  for (let index = 0; index < entryCount; index++) await readZip(bombZip).catch((error: { details?: { reason?: string } }) => (refused += error.details?.reason === 'size' ? 1 : 0));
});

console.log(`ZIP import, ${entryCount} entries (machine: ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)})`);
console.log(`legitimate archive, ${(legitimateZip.length / 1024 / 1024).toFixed(1)} MiB zipped, ${((entryCount * 250) / 1024).toFixed(1)} MiB of text:`);
console.log(`  floor (inflateRawSync, no checks)        wall ${ms(floor.wallMs)}`);
console.log(
  `  previous release (sync, on the loop)     wall ${ms(oldLegitimate.wallMs)} (${(oldLegitimate.wallMs / floor.wallMs).toFixed(1)}× floor), largest event-loop gap ${ms(oldLegitimate.gapMs)}`,
);
console.log(
  `  readZip (streaming, threadpool)          wall ${ms(newLegitimate.wallMs)} (${(newLegitimate.wallMs / floor.wallMs).toFixed(1)}× floor), largest event-loop gap ${ms(newLegitimate.gapMs)}`,
);
console.log(`${entryCount} bombs, each claiming 1 byte and inflating to ${bombMebibytes} MiB (${(bomb.length / 1024).toFixed(0)} KiB deflated):`);
console.log(`  previous release: accepted, wall ${ms(oldBombs.wallMs)} (${(oldBombs.wallMs / entryCount).toFixed(1)} ms per entry), largest event-loop gap ${ms(oldBombs.gapMs)}`);
console.log(
  `  readZip: ${refused} of ${entryCount} refused (size), wall ${ms(newBombs.wallMs)} (${(newBombs.wallMs / entryCount).toFixed(1)} ms per entry), largest event-loop gap ${ms(newBombs.gapMs)}`,
);
console.log(`  bomb refusal is ${(oldBombs.wallMs / newBombs.wallMs).toFixed(0)}× faster than the previous release's acceptance`);
