/**
 * Aligns rows into columns separated by two spaces (the last column is never padded).
 *
 * @example
 * table([['ID', 'NAME'], ['3f2a', 'Habit tracker']]); // 'ID    NAME\n3f2a  Habit tracker'
 */
export function table(rows: string[][]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, index) => (widths[index] = Math.max(widths[index] ?? 0, cell.length)));
  return rows.map((row) => row.map((cell, index) => (index === row.length - 1 ? cell : cell.padEnd(widths[index]!))).join('  ')).join('\n');
}
