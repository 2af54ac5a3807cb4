import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BuildwrightError } from '@buildwright/client';
import { createZip } from './create-zip.js';
import { readZip } from './read-zip.js';
import { handmadeZip, zerosDeflated } from './zip-fixtures.js';

/** Offset of the first central directory header. */
const centralDirectoryOffset = (zip: Uint8Array) => new DataView(zip.buffer, zip.byteOffset).getUint32(zip.length - 22 + 16, true);

/** Runs `work` with a 10 ms interval timer on the event loop; returns the largest gap between ticks. */
async function largestEventLoopGap<T>(work: () => Promise<T>): Promise<{ result: T; largestGapMs: number; totalMs: number; ticks: number }> {
  const started = performance.now();
  let last = started;
  let largestGapMs = 0;
  let ticks = 0;
  const tick = () => {
    const now = performance.now();
    largestGapMs = Math.max(largestGapMs, now - last);
    last = now;
  };
  const timer = setInterval(() => {
    ticks += 1;
    tick();
  }, 10);
  try {
    const result = await work();
    tick();
    return { result, largestGapMs, totalMs: last - started, ticks };
  } finally {
    clearInterval(timer);
  }
}

async function refusal(run: () => Promise<unknown>): Promise<BuildwrightError> {
  let thrown: unknown;
  let result: unknown;
  try {
    result = await run();
  } catch (error) {
    thrown = error;
  }
  expect(result, 'nothing is returned on refusal').toBeUndefined();
  expect(BuildwrightError.isInstance(thrown), String(thrown)).toBe(true);
  expect((thrown as BuildwrightError).code).toBe('IMPORT_REJECTED');
  return thrown as BuildwrightError;
}

describe('createZip / readZip', () => {
  it('default: files round-trip', async () => {
    const files = {
      'package.json': '{\n  "name": "app"\n}\n',
      'src/App.tsx': 'export const App = () => <h1>«Héllo» 🚀</h1>;\n',
      'src/empty.css': '',
      'bom.txt': '\ufeffstarts with a BOM',
    };
    expect(await readZip(createZip(files))).toEqual(files);
  });

  it('behavior: stored entries, directory entries and ./ prefixes are read', async () => {
    const zip = zipSync({ 'dir/': new Uint8Array(0), './dir/a.txt': new TextEncoder().encode('stored') }, { level: 0 });
    expect(await readZip(zip)).toEqual({ 'dir/a.txt': 'stored' });
  });

  it('error: a path with ..', async () => {
    const error = await refusal(() => readZip(zipSync({ 'ok.txt': new Uint8Array(0), '../evil': new TextEncoder().encode('x') })));
    expect(error.message).toContain('"../evil"');
    expect(error.details.reason).toBe('path');
  });

  it('error: a .. hidden inside a path or a directory entry', async () => {
    expect((await refusal(() => readZip(zipSync({ 'src/../../evil.sh': new Uint8Array(0) })))).details.reason).toBe('path');
    expect((await refusal(() => readZip(zipSync({ '../': new Uint8Array(0) })))).details.reason).toBe('path');
    expect((await refusal(() => readZip(handmadeZip([{ name: 'src\\..\\..\\evil.bat' }])))).details.reason).toBe('path');
  });

  it("error: a protected path (git metadata, installed packages, package-manager config) is refused like the model's writes", async () => {
    for (const name of ['.git/config', 'node_modules/react/index.js', 'web/.npmrc', 'sub/.GIT/hooks/pre-commit']) {
      const error = await refusal(() => readZip(zipSync({ [name]: new TextEncoder().encode('x'), 'src/App.tsx': new TextEncoder().encode('y') })));
      expect(error.details.reason, name).toBe('path');
      expect(error.message).toContain('is protected');
    }
  });

  it('error: an absolute path', async () => {
    const error = await refusal(() => readZip(zipSync({ '/etc/cron.d/evil': new Uint8Array(0) })));
    expect(error.message).toContain('absolute');
    expect((await refusal(() => readZip(handmadeZip([{ name: 'C:\\Windows\\evil.dll' }])))).details.reason).toBe('path');
    // Found by import-limits.fuzz.test.ts: a "./" in front slipped a drive letter past the check.
    expect((await refusal(() => readZip(handmadeZip([{ name: './C:/Windows/evil.dll' }])))).message).toContain('absolute');
  });

  it('error: a 2 GB claimed size is refused before inflating', async () => {
    const zip = zipSync({ 'small.txt': new TextEncoder().encode('tiny') });
    new DataView(zip.buffer).setUint32(centralDirectoryOffset(zip) + 24, 2 * 1024 ** 3, true);
    const error = await refusal(() => readZip(zip));
    expect(error.details.reason).toBe('size');
    expect(error.message).toContain(String(2 * 1024 ** 3));
  });

  it('error: 100,000 entries', async () => {
    const zip = handmadeZip(Array.from({ length: 100_000 }, (_, index) => ({ name: `file-${index}.txt` })));
    const error = await refusal(() => readZip(zip));
    expect(error.details.reason).toBe('count');
    expect(error.message).toContain('5000');
  });

  it('args: limits on total size and file count', async () => {
    const zip = createZip({ 'a.txt': 'a'.repeat(600), 'b.txt': 'b'.repeat(600) });
    expect((await refusal(() => readZip(zip, { maxTotalBytes: 1000 }))).details.reason).toBe('size');
    expect((await refusal(() => readZip(zip, { maxFiles: 1 }))).details.reason).toBe('count');
    expect(Object.keys(await readZip(zip, { maxTotalBytes: 1200, maxFiles: 2 }))).toEqual(['a.txt', 'b.txt']);
  });

  it('error: an entry that inflates to more than it claims', async () => {
    const zip = zipSync({ 'bomb.txt': new Uint8Array(100_000) });
    new DataView(zip.buffer).setUint32(centralDirectoryOffset(zip) + 24, 10, true);
    expect((await refusal(() => readZip(zip))).details).toMatchObject({ reason: 'size', claimedBytes: 10, path: 'bomb.txt' });
  });

  it('error: an entry that claims 1 byte and inflates to 1 GiB is refused (size) at the limit, memory bounded', async () => {
    expect(inflateRawSync(await zerosDeflated(4)).equals(Buffer.alloc(4 * 1024 * 1024)), 'the fixture inflates to what it says').toBe(true);
    const bomb = await zerosDeflated(1024);
    expect(bomb.byteLength).toBeLessThan(8 * 1024 * 1024);
    // Its claims are those of the 1-byte file it starts with: size 1, the CRC-32 of one zero byte.
    const zip = handmadeZip([
      { name: 'src/ok.txt', data: new TextEncoder().encode('fine') },
      { name: 'bomb.txt', deflated: { bytes: bomb, claimedSize: 1, claimedCrc: crc32(new Uint8Array(1)) } },
    ]);
    const rssBefore = process.memoryUsage().rss;
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 1);
    try {
      const error = await refusal(() => readZip(zip));
      expect(error.details).toMatchObject({ reason: 'size', claimedBytes: 1, path: 'bomb.txt' });
      expect(error.message).toContain('"bomb.txt" inflates to more than the 1 bytes it claims');
    } finally {
      clearInterval(sampler);
    }
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
    expect(rssPeak - rssBefore, 'memory grows by far less than the inflated GiB').toBeLessThan(128 * 1024 * 1024);
  });

  it('behavior: the event loop keeps running while a large archive inflates', async () => {
    // 16 files of 8 MiB of source text: inflated on the event loop (inflateSync), this stalls it for seconds.
    const text = 'export const answer = (question: string) => question.length * 42; // a line of source\n'.repeat(100_000).slice(0, 8 * 1024 * 1024);
    const bytes = new TextEncoder().encode(text);
    const deflated = { bytes: deflateRawSync(bytes), claimedSize: bytes.byteLength, claimedCrc: crc32(bytes) };
    const zip = handmadeZip(Array.from({ length: 16 }, (_, index) => ({ name: `src/file-${index}.ts`, deflated })));

    const { result: files, largestGapMs, totalMs, ticks } = await largestEventLoopGap(() => readZip(zip, { maxTotalBytes: 256 * 1024 * 1024 }));
    expect(Object.keys(files)).toHaveLength(16);
    expect(files['src/file-15.ts'] === text).toBe(true);
    expect(ticks).toBeGreaterThan(0);
    // Not a benchmark (bench/zip-import.ts is): a blocked event loop shows as one gap as long as the
    // whole import. Compared with the import's own time, so a busy machine slows both alike.
    expect(largestGapMs, `largest gap ${Math.round(largestGapMs)} ms of ${Math.round(totalMs)} ms`).toBeLessThan(totalMs / 3);
  });

  it('error: data that is not a ZIP', async () => {
    expect((await refusal(() => readZip(new TextEncoder().encode('definitely not a zip archive')))).message).toContain('not a ZIP');
  });

  it('error: a binary (non UTF-8) file', async () => {
    const error = await refusal(() => readZip(zipSync({ 'logo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00]) })));
    expect(error.details.reason).toBe('encoding');
    expect(error.message).toContain('logo.png');
  });

  it('error: the same path twice', async () => {
    expect((await refusal(() => readZip(handmadeZip([{ name: 'a.txt' }, { name: './a.txt' }])))).details.reason).toBe('duplicate');
  });
});
