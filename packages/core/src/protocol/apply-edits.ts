/** One search/replace edit of `edit_file`. */
export interface FileEdit {
  search: string;
  replace: string;
}

export type ApplyEditsResult = { ok: true; content: string } | { ok: false; index: number; reason: string; nearest?: string };

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Applies edits in order. Each `search` must match exactly once — exactly first, then ignoring
 * differences in whitespace — or nothing is applied and the result says why, with the nearest
 * candidate lines for the model.
 *
 * @example
 * applyEdits('a\nb\n', [{ search: 'b', replace: 'c' }]); // { ok: true, content: 'a\nc\n' }
 */
export function applyEdits(original: string, edits: readonly FileEdit[]): ApplyEditsResult {
  let content = original;
  for (const [index, edit] of edits.entries()) {
    if (edit.search === '') return { ok: false, index, reason: 'search text is empty; use write_file to replace a whole file' };
    const exact = occurrences(content, edit.search);
    if (exact.length === 1) {
      content = content.slice(0, exact[0]) + edit.replace + content.slice(exact[0]! + edit.search.length);
      continue;
    }
    if (exact.length > 1) {
      return { ok: false, index, reason: `search text matches ${exact.length} places; include more surrounding lines so it matches once` };
    }
    const tolerant = whitespaceTolerantMatches(content, edit.search);
    if (tolerant.length === 1) {
      const [start, end] = tolerant[0]!;
      content = content.slice(0, start) + edit.replace + content.slice(end);
      continue;
    }
    if (tolerant.length > 1) {
      return { ok: false, index, reason: `search text matches ${tolerant.length} places (ignoring whitespace); include more surrounding lines` };
    }
    const nearest = nearestLines(content, edit.search);
    return { ok: false, index, reason: 'search text not found', ...(nearest === undefined ? {} : { nearest }) };
  }
  return { ok: true, content };
}

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** Line-window matches whose whitespace-squashed text equals the squashed search, as [start, end) offsets. */
function whitespaceTolerantMatches(content: string, search: string): Array<[number, number]> {
  const target = squash(search);
  if (target === '') return [];
  const lines = content.split('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  const window = Math.max(1, search.trim().split('\n').length);
  const matches: Array<[number, number]> = [];
  for (let first = 0; first + window <= lines.length; first++) {
    const slice = lines.slice(first, first + window).join('\n');
    if (squash(slice) === target) {
      const end = starts[first]! + slice.length;
      matches.push([starts[first]!, end]);
    }
  }
  return matches;
}

/** The window of lines most like the search text (by shared tokens), to show the model. */
function nearestLines(content: string, search: string): string | undefined {
  const lines = content.split('\n');
  const window = Math.max(1, search.trim().split('\n').length);
  const wanted = new Set(search.split(/\W+/).filter(Boolean));
  if (wanted.size === 0) return undefined;
  let best: { score: number; first: number } | undefined;
  for (let first = 0; first < lines.length; first++) {
    const tokens = lines
      .slice(first, first + window)
      .join('\n')
      .split(/\W+/);
    const score = tokens.filter((token) => wanted.has(token)).length;
    if (score > 0 && (best === undefined || score > best.score)) best = { score, first };
  }
  if (best === undefined) return undefined;
  return lines
    .slice(best.first, best.first + window)
    .map((line, i) => `${best!.first + i + 1}: ${line}`)
    .join('\n');
}
