import { FileTermCache, type FileTerms, wordsOf } from '../protocol/file-terms.js';
import type { Workspace } from '../protocol/workspace.js';

/** Limits of the context sent to the model for an edit. */
export interface RelevantFilesOptions {
  /** At most this many files with their content. */
  maxFiles?: number;
  /** At most this many characters of file content in all. */
  maxChars?: number;
}

/**
 * Picks the files worth sending for a request: files the prompt names first, then files whose
 * path or content share the most words with it. Lock files and assets are never sent.
 *
 * @example
 * relevantFiles(files, 'make the counter button red'); // ['src/Counter.tsx', 'src/App.tsx', ...]
 */
export function relevantFiles(files: Readonly<Record<string, string>>, prompt: string, options: RelevantFilesOptions = {}): string[] {
  const terms = new FileTermCache();
  return rankFiles(Object.keys(files), (path) => terms.of(path, files[path] as string), prompt, options);
}

/**
 * The same pick over a run's workspace, from the terms it keeps per file: only files written
 * since the last pick are tokenised. `paths` are the workspace's paths in code-unit order.
 */
export function relevantWorkspaceFiles(workspace: Workspace, prompt: string, paths: readonly string[] = workspace.paths(), options: RelevantFilesOptions = {}): string[] {
  return rankFiles(paths, (path) => workspace.termsOf(path) as FileTerms, prompt, options, snapshotKeyOrder);
}

const neverSent = /(^|\/)(package-lock\.json|pnpm-lock\.yaml|yarn\.lock)$|\.(png|jpe?g|gif|ico|woff2?)$/i;
// What `String.prototype.localeCompare` compares with, made once.
const collator = new Intl.Collator();

function rankFiles(paths: Iterable<string>, termsOf: (path: string) => FileTerms, prompt: string, options: RelevantFilesOptions, tieBreak: (a: string, b: string) => number = () => 0): string[] {
  const { maxFiles = 8, maxChars = 60_000 } = options;
  const wanted = wordsOf(prompt);
  const lowerPrompt = prompt.toLowerCase();
  const scored: { path: string; score: number; size: number }[] = [];
  for (const path of paths) {
    if (neverSent.test(path)) continue;
    const terms = termsOf(path);
    let score = lowerPrompt.includes(terms.lowerPath) || lowerPrompt.includes(terms.lowerName) ? 100 : 0;
    score += 10 * sharedCount(terms.pathWords, wanted) + sharedCount(terms.contentWords, wanted);
    if (score > 0) scored.push({ path, score, size: terms.size });
  }
  scored.sort((a, b) => b.score - a.score || collator.compare(a.path, b.path) || tieBreak(a.path, b.path));
  const picked: string[] = [];
  let chars = 0;
  for (const file of scored) {
    if (picked.length >= maxFiles || chars + file.size > maxChars) continue;
    picked.push(file.path);
    chars += file.size;
  }
  return picked;
}

function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let count = 0;
  for (const word of small) if (large.has(word)) count++;
  return count;
}

/**
 * The order of a snapshot's keys (paths inserted in code-unit order): names that are array
 * indexes ("12") come first, by value, as in any object. It settles paths the collator finds
 * equal ("co\u00ADunter.tsx", "counter.tsx") the way selecting from a snapshot did.
 */
function snapshotKeyOrder(a: string, b: string): number {
  const indexA = arrayIndex(a);
  const indexB = arrayIndex(b);
  if (indexA !== undefined || indexB !== undefined) return indexA === undefined ? 1 : indexB === undefined ? -1 : indexA - indexB;
  return a < b ? -1 : a > b ? 1 : 0;
}

function arrayIndex(key: string): number | undefined {
  return /^(0|[1-9][0-9]*)$/.test(key) && Number(key) < 2 ** 32 - 1 ? Number(key) : undefined;
}
