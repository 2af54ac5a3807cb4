/** One line of a line diff. */
export interface DiffLine {
  kind: 'same' | 'add' | 'remove';
  text: string;
  /** Line number in the old text (`null` for added lines). */
  oldNumber: number | null;
  /** Line number in the new text (`null` for removed lines). */
  newNumber: number | null;
}

/** Above this many cells the diff falls back to "all removed, all added" instead of using quadratic memory. */
const maxCells = 4_000_000;

/**
 * A line diff of two texts (longest common subsequence after trimming the common head and
 * tail), for showing a file's change.
 *
 * @example
 * diffLines('a\nb\n', 'a\nc\n').map((line) => line.kind); // ['same', 'remove', 'add', 'same']
 */
export function diffLines(before: string, after: string): DiffLine[] {
  const oldLines = before.split('\n');
  const newLines = after.split('\n');
  let head = 0;
  while (head < oldLines.length && head < newLines.length && oldLines[head] === newLines[head]) head++;
  let tail = 0;
  while (tail < oldLines.length - head && tail < newLines.length - head && oldLines[oldLines.length - 1 - tail] === newLines[newLines.length - 1 - tail]) tail++;
  const a = oldLines.slice(head, oldLines.length - tail);
  const b = newLines.slice(head, newLines.length - tail);
  const middle: Array<{ kind: DiffLine['kind']; text: string }> = [];
  if ((a.length + 1) * (b.length + 1) > maxCells) {
    for (const text of a) middle.push({ kind: 'remove', text });
    for (const text of b) middle.push({ kind: 'add', text });
  } else {
    // lengths[i][j] = LCS length of a[i..] and b[j..], stored flat.
    const width = b.length + 1;
    const lengths = new Uint32Array((a.length + 1) * width);
    for (let i = a.length - 1; i >= 0; i--) {
      for (let j = b.length - 1; j >= 0; j--) {
        lengths[i * width + j] = a[i] === b[j] ? lengths[(i + 1) * width + j + 1]! + 1 : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i] === b[j]) {
        middle.push({ kind: 'same', text: a[i]! });
        i++;
        j++;
      } else if (i < a.length && (j === b.length || lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!)) {
        middle.push({ kind: 'remove', text: a[i++]! });
      } else {
        middle.push({ kind: 'add', text: b[j++]! });
      }
    }
  }
  const lines: DiffLine[] = [];
  let oldNumber = 1;
  let newNumber = 1;
  const push = (kind: DiffLine['kind'], text: string) => lines.push({ kind, text, oldNumber: kind === 'add' ? null : oldNumber++, newNumber: kind === 'remove' ? null : newNumber++ });
  for (const text of oldLines.slice(0, head)) push('same', text);
  for (const line of middle) push(line.kind, line.text);
  for (const text of oldLines.slice(oldLines.length - tail)) push('same', text);
  return lines;
}
