import { posix } from 'node:path';

export interface RawSourceMap {
  sources?: Array<string | null>;
  sourceRoot?: string;
  mappings?: string;
}

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const digits = new Map([...base64].map((character, index) => [character, index]));

/** Decodes one segment of Base64 VLQ numbers. */
function decodeSegment(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const character of segment) {
    const digit = digits.get(character);
    if (digit === undefined) return [];
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** One mapping of a source map: a generated position (0-based) and, unless it is unmapped code, its source index and original position. */
export interface MappingSegment {
  line: number;
  column: number;
  source?: number;
  sourceLine?: number;
  sourceColumn?: number;
}

/**
 * The mappings of a source map (version 3) in order, line by line. Source index, original line
 * and column are relative across the whole map, so they are replayed from the start.
 *
 * @example
 * for (const segment of mappingSegments(map.mappings)) if (segment.source !== undefined) ...
 */
export function* mappingSegments(mappings: string): Generator<MappingSegment> {
  let source = 0;
  let sourceLine = 0;
  let sourceColumn = 0;
  let line = 0;
  for (const text of mappings.split(';')) {
    let column = 0;
    for (const segment of text.split(',')) {
      if (segment === '') continue;
      const values = decodeSegment(segment);
      if (values.length === 0) continue;
      column += values[0]!;
      // A one-field segment starts a stretch of generated code with no original.
      if (values.length < 4) {
        yield { line, column };
        continue;
      }
      source += values[1]!;
      sourceLine += values[2]!;
      sourceColumn += values[3]!;
      yield { line, column, source, sourceLine, sourceColumn };
    }
    line += 1;
  }
}

/**
 * Maps a generated position (1-based line and column, as in a V8 stack frame) back to its
 * original source through a source map (version 3, no index maps). Returns the source as the map
 * names it (usually relative to the map's directory), or undefined when the position has no
 * mapping.
 *
 * @example
 * originalPosition(JSON.parse(mapText), 9, 31604); // { source: '../../src/components/Counter.tsx', line: 5, column: 24 }
 */
export function originalPosition(map: RawSourceMap, line: number, column: number): { source: string; line: number; column: number } | undefined {
  if (typeof map.mappings !== 'string' || !Array.isArray(map.sources)) return undefined;
  let found: MappingSegment | undefined;
  for (const segment of mappingSegments(map.mappings)) {
    if (segment.line >= line) break;
    if (segment.line === line - 1 && segment.column <= column - 1) found = segment;
  }
  const name = found?.source === undefined ? undefined : map.sources[found.source];
  if (!found || !name) return undefined;
  return { source: `${map.sourceRoot ? `${map.sourceRoot.replace(/\/$/, '')}/` : ''}${name}`, line: found.sourceLine! + 1, column: found.sourceColumn! + 1 };
}

/**
 * The project file a source map's `source` names, or undefined (a dependency, or not a file of
 * the project). Resolved against the map's directory first; a build made in one directory and
 * moved to another (a staged build) still finds its files by their path from the project root.
 *
 * @example
 * projectFileOf('../../src/App.tsx', 'dist/assets', files); // 'src/App.tsx'
 */
export function projectFileOf(source: string, mapDirectory: string, files: Readonly<Record<string, string>>): string | undefined {
  const plain = source.replace(/^[a-z]+:\/\/\/?/i, '');
  const resolved = posix.normalize(posix.join(mapDirectory, plain));
  if (resolved in files) return resolved;
  const trimmed = posix.normalize(plain).replace(/^(?:\.\.\/)+/, '');
  return trimmed in files ? trimmed : undefined;
}

/** `at fn (http://host/assets/index-x.js:9:31604)` or `at http://host/assets/index-x.js:9:31604` → its parts. */
export function parseStackFrame(frame: string): { url: string; line: number; column: number } | undefined {
  const match = /(?:\(|\s|^)(https?:\/\/[^\s()]+):(\d+):(\d+)\)?\s*$/.exec(frame);
  return match ? { url: match[1]!, line: Number(match[2]), column: Number(match[3]) } : undefined;
}
