import { importRejected, normalizeImportPath, resolveImportLimits, type ImportLimits } from './import-limits.js';
import { corrupt, zipEntryText } from './zip-entry-text.js';

/** One entry of a ZIP's central directory, sizes as the archive claims them. */
interface CentralEntry {
  name: string;
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const signatures = { endOfCentralDirectory: 0x06054b50, zip64Locator: 0x07064b50, zip64End: 0x06064b50, central: 0x02014b50, local: 0x04034b50 } as const;
const max32 = 0xffffffff;

/**
 * The text files of a ZIP archive, after checking it is safe to unpack. The central directory
 * is read first and the archive refused, before anything is inflated, when it has more entries
 * than `maxFiles`, claims more than `maxTotalBytes` uncompressed, or holds a path that is
 * absolute or contains `..`. Each file is then inflated streaming, off the event loop (node:zlib
 * in the libuv threadpool), counting the bytes that really come out: inflating stops as soon as
 * an entry passes its claimed size, so an archive lying about sizes costs at most one chunk past
 * it, in time and in memory. Each file is then checked against its claimed size and CRC-32, so
 * the real total is the claimed total, at most `maxTotalBytes`. Files must be UTF-8 text.
 *
 * Every refusal is a `BuildwrightError` with code `IMPORT_REJECTED` and `details.reason`
 * (`path`, `size`, `count`, `format`, `encoding`, `duplicate`).
 *
 * @example
 * const files = await readZip(new Uint8Array(await readFile('app.zip')), { maxFiles: 1_000 });
 */
export async function readZip(bytes: Uint8Array, limits: ImportLimits = {}): Promise<Record<string, string>> {
  const { maxFiles, maxTotalBytes } = resolveImportLimits(limits);
  const entries = readCentralDirectory(bytes, maxFiles, maxTotalBytes);
  const files: Record<string, string> = {};
  // Each entry inflates to exactly its claimed size or is refused, and the claimed sizes add up to
  // at most maxTotalBytes (checked above): the real total cannot pass it either.
  for (const { entry, path } of entries) {
    const overLimit = () => importRejected('size', `"${entry.name}" inflates to more than the ${entry.uncompressedSize} bytes it claims.`, { claimedBytes: entry.uncompressedSize, path });
    const data = entryData(bytes, entry);
    files[path] = await zipEntryText({ name: entry.name, path, method: entry.method, data, uncompressedSize: entry.uncompressedSize, crc32: entry.crc32 }, overLimit);
  }
  return files;
}

function readCentralDirectory(bytes: Uint8Array, maxFiles: number, maxTotalBytes: number): { entry: CentralEntry; path: string }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(view);
  let declaredEntries = view.getUint16(end + 10, true);
  let directorySize = view.getUint32(end + 12, true);
  let directoryOffset = view.getUint32(end + 16, true);
  const locator = end - 20;
  if (locator >= 0 && view.getUint32(locator, true) === signatures.zip64Locator) {
    const zip64End = safeNumber(view.getBigUint64(locator + 8, true));
    if (zip64End + 56 > bytes.byteLength || view.getUint32(zip64End, true) !== signatures.zip64End) throw corrupt('its ZIP64 end record is unreadable');
    declaredEntries = safeNumber(view.getBigUint64(zip64End + 32, true));
    directorySize = safeNumber(view.getBigUint64(zip64End + 40, true));
    directoryOffset = safeNumber(view.getBigUint64(zip64End + 48, true));
  } else if (directorySize === max32 || directoryOffset === max32) {
    throw corrupt('its ZIP64 end record is missing');
  } else if (declaredEntries === 0xffff) {
    // Some writers saturate the 16-bit count of a plain ZIP with many entries: the walk counts.
    declaredEntries = 0;
  }
  return walkCentralDirectory(bytes, view, declaredEntries, directoryOffset, directorySize, maxFiles, maxTotalBytes);
}

function walkCentralDirectory(
  bytes: Uint8Array,
  view: DataView,
  declaredEntries: number,
  directoryOffset: number,
  directorySize: number,
  maxFiles: number,
  maxTotalBytes: number,
): { entry: CentralEntry; path: string }[] {
  if (declaredEntries > maxFiles) throw tooMany(declaredEntries, maxFiles);
  if (directoryOffset + directorySize > bytes.byteLength) throw corrupt('its central directory lies outside the file');

  const entries: { entry: CentralEntry; path: string }[] = [];
  const seen = new Set<string>();
  const nameDecoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let totalBytes = 0;
  let count = 0;
  // Walk the headers themselves: the 16-bit entry count of the end record can wrap or lie.
  for (let position = directoryOffset; position < directoryOffset + directorySize; ) {
    if (position + 46 > bytes.byteLength || view.getUint32(position, true) !== signatures.central) throw corrupt('a central directory header is damaged');
    count += 1;
    if (count > maxFiles) throw tooMany(`more than ${maxFiles}`, maxFiles);
    const nameLength = view.getUint16(position + 28, true);
    const extraLength = view.getUint16(position + 30, true);
    const commentLength = view.getUint16(position + 32, true);
    const nameStart = position + 46;
    if (nameStart + nameLength + extraLength > bytes.byteLength) throw corrupt('a central directory header is damaged');
    const entry: CentralEntry = {
      name: nameDecoder.decode(bytes.subarray(nameStart, nameStart + nameLength)),
      flags: view.getUint16(position + 8, true),
      method: view.getUint16(position + 10, true),
      crc32: view.getUint32(position + 16, true),
      compressedSize: view.getUint32(position + 20, true),
      uncompressedSize: view.getUint32(position + 24, true),
      localHeaderOffset: view.getUint32(position + 42, true),
    };
    readZip64Sizes(view, entry, nameStart + nameLength, extraLength);
    position = nameStart + nameLength + extraLength + commentLength;

    const isDirectory = entry.name.endsWith('/') || entry.name.endsWith('\\');
    // A directory entry is checked as if it held a file, so "../" and "/etc/" are refused too.
    const path = normalizeImportPath(isDirectory ? `${entry.name}entry` : entry.name);
    // Stored entries are copied as they are: count the larger of the two claimed sizes.
    totalBytes += entry.method === 0 ? Math.max(entry.compressedSize, entry.uncompressedSize) : entry.uncompressedSize;
    if (totalBytes > maxTotalBytes) {
      throw importRejected('size', `the archive claims more than ${maxTotalBytes} bytes uncompressed (at "${entry.name}", which claims ${entry.uncompressedSize}).`, { maxTotalBytes, path });
    }
    if (isDirectory) continue;
    if (seen.has(path)) throw importRejected('duplicate', `the archive holds "${entry.name}" twice.`, { path });
    seen.add(path);
    if (entry.flags & 0x1) throw importRejected('format', `"${entry.name}" is encrypted.`, { path });
    if (entry.method !== 0 && entry.method !== 8) throw importRejected('format', `"${entry.name}" uses compression method ${entry.method}; only stored (0) and deflate (8) are supported.`, { path });
    entries.push({ entry, path });
  }
  return entries;
}

function findEndOfCentralDirectory(view: DataView): number {
  // The end record is 22 bytes plus a comment of up to 65,535 bytes, at the end of the file.
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let position = view.byteLength - 22; position >= lowest; position--) {
    if (view.getUint32(position, true) === signatures.endOfCentralDirectory) return position;
  }
  throw importRejected('format', 'the data is not a ZIP archive (no end of central directory record).');
}

function readZip64Sizes(view: DataView, entry: CentralEntry, extraStart: number, extraLength: number): void {
  if (entry.uncompressedSize !== max32 && entry.compressedSize !== max32 && entry.localHeaderOffset !== max32) return;
  for (let position = extraStart; position + 4 <= extraStart + extraLength; ) {
    const id = view.getUint16(position, true);
    const size = view.getUint16(position + 2, true);
    if (id === 0x0001) {
      let field = position + 4;
      const next = () => {
        if (field + 8 > position + 4 + size) throw corrupt(`the ZIP64 sizes of "${entry.name}" are unreadable`);
        const value = safeNumber(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === max32) entry.uncompressedSize = next();
      if (entry.compressedSize === max32) entry.compressedSize = next();
      if (entry.localHeaderOffset === max32) entry.localHeaderOffset = next();
      return;
    }
    position += 4 + size;
  }
  throw corrupt(`"${entry.name}" has 32-bit overflow sizes without a ZIP64 field`);
}

/** The bytes of an entry as they lie in the archive, after its local header. */
function entryData(bytes: Uint8Array, entry: CentralEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localHeaderOffset;
  if (local + 30 > bytes.byteLength || view.getUint32(local, true) !== signatures.local) throw corrupt(`the local header of "${entry.name}" is missing`);
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.byteLength) throw corrupt(`the data of "${entry.name}" lies outside the file`);
  return bytes.subarray(start, end);
}

function safeNumber(value: bigint): number {
  // Anything past 2^53 is far over every limit; saturate rather than lose the comparison.
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
}

const tooMany = (entries: number | string, maxFiles: number) =>
  importRejected('count', `the archive has ${entries} entries, more than the limit of ${maxFiles}.`, { maxFiles, ...(typeof entries === 'number' ? { entries } : {}) });
