/**
 * 1-based line and column of a solc source offset. solc counts offsets in UTF-8 bytes, so the text
 * is walked as bytes; the column is counted in characters, as an editor shows it.
 */
export function positionAt(content: string, byteOffset: number): { line: number; column: number } {
  const bytes = Buffer.from(content, 'utf8');
  const end = Math.max(0, Math.min(byteOffset, bytes.length));
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < end; index += 1) {
    if (bytes[index] === 10) {
      line += 1;
      lineStart = index + 1;
    }
  }
  return { line, column: bytes.subarray(lineStart, end).toString('utf8').length + 1 };
}
