import { crc32 } from 'node:zlib';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BuildwrightError } from '@buildwright/client';
import { createZip } from './create-zip.js';
import { readZip } from './read-zip.js';

/** A ZIP of stored entries written byte by byte, so tests can make archives no zip tool would. */
function handmadeZip(entries: { name: string; data?: Uint8Array }[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const { name, data = new Uint8Array(0) } of entries) {
    const nameBytes = new TextEncoder().encode(name);
    const checksum = crc32(data);
    const local = new Uint8Array(30 + nameBytes.length + data.length);
    const localView = new DataView(local.buffer);
    localView.setUint32(0, 0x04034b50, true);
    localView.setUint16(4, 20, true);
    localView.setUint16(6, 0x800, true);
    localView.setUint32(14, checksum, true);
    localView.setUint32(18, data.length, true);
    localView.setUint32(22, data.length, true);
    localView.setUint16(26, nameBytes.length, true);
    local.set(nameBytes, 30);
    local.set(data, 30 + nameBytes.length);
    const central = new Uint8Array(46 + nameBytes.length);
    const centralView = new DataView(central.buffer);
    centralView.setUint32(0, 0x02014b50, true);
    centralView.setUint16(4, 20, true);
    centralView.setUint16(6, 20, true);
    centralView.setUint16(8, 0x800, true);
    centralView.setUint32(16, checksum, true);
    centralView.setUint32(20, data.length, true);
    centralView.setUint32(24, data.length, true);
    centralView.setUint16(28, nameBytes.length, true);
    centralView.setUint32(42, offset, true);
    central.set(nameBytes, 46);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const directorySize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = new Uint8Array(22);
  const endView = new DataView(end.buffer);
  endView.setUint32(0, 0x06054b50, true);
  endView.setUint16(8, Math.min(entries.length, 0xffff), true);
  endView.setUint16(10, Math.min(entries.length, 0xffff), true);
  endView.setUint32(12, directorySize, true);
  endView.setUint32(16, offset, true);
  const zip = new Uint8Array(offset + directorySize + 22);
  let position = 0;
  for (const part of [...locals, ...centrals, end]) {
    zip.set(part, position);
    position += part.length;
  }
  return zip;
}

/** Offset of the first central directory header. */
const centralDirectoryOffset = (zip: Uint8Array) => new DataView(zip.buffer, zip.byteOffset).getUint32(zip.length - 22 + 16, true);

function refusal(run: () => unknown): BuildwrightError {
  let thrown: unknown;
  let result: unknown;
  try {
    result = run();
  } catch (error) {
    thrown = error;
  }
  expect(result, 'nothing is returned on refusal').toBeUndefined();
  expect(BuildwrightError.isInstance(thrown), String(thrown)).toBe(true);
  expect((thrown as BuildwrightError).code).toBe('IMPORT_REJECTED');
  return thrown as BuildwrightError;
}

describe('createZip / readZip', () => {
  it('default: files round-trip', () => {
    const files = {
      'package.json': '{\n  "name": "app"\n}\n',
      'src/App.tsx': 'export const App = () => <h1>«Héllo» 🚀</h1>;\n',
      'src/empty.css': '',
      'bom.txt': '\ufeffstarts with a BOM',
    };
    expect(readZip(createZip(files))).toEqual(files);
  });

  it('behavior: stored entries, directory entries and ./ prefixes are read', () => {
    const zip = zipSync({ 'dir/': new Uint8Array(0), './dir/a.txt': new TextEncoder().encode('stored') }, { level: 0 });
    expect(readZip(zip)).toEqual({ 'dir/a.txt': 'stored' });
  });

  it('error: a path with ..', () => {
    const error = refusal(() => readZip(zipSync({ 'ok.txt': new Uint8Array(0), '../evil': new TextEncoder().encode('x') })));
    expect(error.message).toContain('"../evil"');
    expect(error.details.reason).toBe('path');
  });

  it('error: a .. hidden inside a path or a directory entry', () => {
    expect(refusal(() => readZip(zipSync({ 'src/../../evil.sh': new Uint8Array(0) }))).details.reason).toBe('path');
    expect(refusal(() => readZip(zipSync({ '../': new Uint8Array(0) }))).details.reason).toBe('path');
    expect(refusal(() => readZip(handmadeZip([{ name: 'src\\..\\..\\evil.bat' }]))).details.reason).toBe('path');
  });

  it('error: a protected path (git metadata, installed packages, package-manager config) is refused like the model\'s writes', () => {
    for (const name of ['.git/config', 'node_modules/react/index.js', 'web/.npmrc', 'sub/.GIT/hooks/pre-commit']) {
      const error = refusal(() => readZip(zipSync({ [name]: new TextEncoder().encode('x'), 'src/App.tsx': new TextEncoder().encode('y') })));
      expect(error.details.reason, name).toBe('path');
      expect(error.message).toContain('is protected');
    }
  });

  it('error: an absolute path', () => {
    const error = refusal(() => readZip(zipSync({ '/etc/cron.d/evil': new Uint8Array(0) })));
    expect(error.message).toContain('absolute');
    expect(refusal(() => readZip(handmadeZip([{ name: 'C:\\Windows\\evil.dll' }]))).details.reason).toBe('path');
    // Found by import-limits.fuzz.test.ts: a "./" in front slipped a drive letter past the check.
    expect(refusal(() => readZip(handmadeZip([{ name: './C:/Windows/evil.dll' }]))).message).toContain('absolute');
  });

  it('error: a 2 GB claimed size is refused before inflating', () => {
    const zip = zipSync({ 'small.txt': new TextEncoder().encode('tiny') });
    new DataView(zip.buffer).setUint32(centralDirectoryOffset(zip) + 24, 2 * 1024 ** 3, true);
    const error = refusal(() => readZip(zip));
    expect(error.details.reason).toBe('size');
    expect(error.message).toContain(String(2 * 1024 ** 3));
  });

  it('error: 100,000 entries', () => {
    const zip = handmadeZip(Array.from({ length: 100_000 }, (_, index) => ({ name: `file-${index}.txt` })));
    const error = refusal(() => readZip(zip));
    expect(error.details.reason).toBe('count');
    expect(error.message).toContain('5000');
  });

  it('args: limits on total size and file count', () => {
    const zip = createZip({ 'a.txt': 'a'.repeat(600), 'b.txt': 'b'.repeat(600) });
    expect(refusal(() => readZip(zip, { maxTotalBytes: 1000 })).details.reason).toBe('size');
    expect(refusal(() => readZip(zip, { maxFiles: 1 })).details.reason).toBe('count');
    expect(Object.keys(readZip(zip, { maxTotalBytes: 1200, maxFiles: 2 }))).toEqual(['a.txt', 'b.txt']);
  });

  it('error: an entry that inflates to more than it claims', () => {
    const zip = zipSync({ 'bomb.txt': new Uint8Array(100_000) });
    new DataView(zip.buffer).setUint32(centralDirectoryOffset(zip) + 24, 10, true);
    expect(refusal(() => readZip(zip)).details.reason).toBe('format');
  });

  it('error: data that is not a ZIP', () => {
    expect(refusal(() => readZip(new TextEncoder().encode('definitely not a zip archive'))).message).toContain('not a ZIP');
  });

  it('error: a binary (non UTF-8) file', () => {
    const error = refusal(() => readZip(zipSync({ 'logo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00]) })));
    expect(error.details.reason).toBe('encoding');
    expect(error.message).toContain('logo.png');
  });

  it('error: the same path twice', () => {
    expect(refusal(() => readZip(handmadeZip([{ name: 'a.txt' }, { name: './a.txt' }]))).details.reason).toBe('duplicate');
  });
});
