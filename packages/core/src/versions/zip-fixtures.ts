import { crc32, createDeflateRaw } from 'node:zlib';

// Archives for tests and bench/zip-import.ts; not part of the package's entries.

/** A deflated entry as it lies in an archive, with the size and CRC-32 the archive claims for it. */
export interface DeflatedData {
  bytes: Uint8Array;
  claimedSize: number;
  claimedCrc: number;
}

/**
 * A ZIP written byte by byte, so tests can make archives no zip tool would: entries are stored
 * (`data`) or deflated with whatever size and checksum they claim (`deflated`).
 */
export function handmadeZip(entries: { name: string; data?: Uint8Array; deflated?: DeflatedData }[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const { name, deflated, data = deflated?.bytes ?? new Uint8Array(0) } of entries) {
    const nameBytes = new TextEncoder().encode(name);
    const checksum = deflated?.claimedCrc ?? crc32(data);
    const claimedSize = deflated?.claimedSize ?? data.length;
    const method = deflated ? 8 : 0;
    const local = new Uint8Array(30 + nameBytes.length + data.length);
    const localView = new DataView(local.buffer);
    localView.setUint32(0, 0x04034b50, true);
    localView.setUint16(4, 20, true);
    localView.setUint16(6, 0x800, true);
    localView.setUint16(8, method, true);
    localView.setUint32(14, checksum, true);
    localView.setUint32(18, data.length, true);
    localView.setUint32(22, claimedSize, true);
    localView.setUint16(26, nameBytes.length, true);
    local.set(nameBytes, 30);
    local.set(data, 30 + nameBytes.length);
    const central = new Uint8Array(46 + nameBytes.length);
    const centralView = new DataView(central.buffer);
    centralView.setUint32(0, 0x02014b50, true);
    centralView.setUint16(4, 20, true);
    centralView.setUint16(6, 20, true);
    centralView.setUint16(8, 0x800, true);
    centralView.setUint16(10, method, true);
    centralView.setUint32(16, checksum, true);
    centralView.setUint32(20, data.length, true);
    centralView.setUint32(24, claimedSize, true);
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

/**
 * Raw deflate data of `mebibytes` MiB of zeros (about 1/230 of it at level 1), deflated as a
 * stream so the zeros are never held: the shape of a real ZIP bomb, which a fixed-size output
 * buffer does not stop (the inflater runs to the end and drops what does not fit).
 */
export async function zerosDeflated(mebibytes: number): Promise<Buffer> {
  const deflater = createDeflateRaw({ level: 1 });
  const chunks: Buffer[] = [];
  deflater.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => deflater.on('end', resolve));
  const zeros = Buffer.alloc(1024 * 1024);
  for (let written = 0; written < mebibytes; written++) if (!deflater.write(zeros)) await new Promise((resolve) => deflater.once('drain', resolve));
  deflater.end();
  await ended;
  return Buffer.concat(chunks);
}
