import type { ProjectKind } from '../spec/storage.js';
import type { Pattern } from '../spec/pattern.js';
import type { SimilarityIndex } from './similarity-index.js';
import { estimateTextTokens } from './template-guidance.js';

/** How many patterns a step gets and how much of its prompt they may take. */
export interface PatternLimits {
  /** Most patterns per step. Default 3. */
  perStep: number;
  /** Most tokens of the step's prompt the patterns take together. Default 1,500. */
  maxTokens: number;
  /** Least cosine similarity to the step for a pattern to be offered at all. Default 0.12. */
  minScore: number;
}

export const defaultPatternLimits: PatternLimits = { perStep: 3, maxTokens: 1_500, minScore: 0.12 };

/** The patterns picked for one step and the prompt text that shows them. */
export interface PatternPick {
  patterns: { name: string; score: number; tokens: number }[];
  /** The block appended to the step's prompt; empty when nothing was picked. */
  text: string;
  tokens: number;
}

/** The text a pattern is found by: its `searchText`, else its name, description and tags. */
export function patternSearchText(pattern: Pattern): string {
  return pattern.searchText ?? [pattern.name.replaceAll('-', ' '), pattern.description, ...(pattern.tags ?? [])].join('\n');
}

/**
 * The patterns most similar to `query` (a build step and the request) that fit `kind`: best
 * first, each at least `minScore` similar, at most `perStep`, and together within `maxTokens` (a
 * pattern that would go over is skipped for a smaller one further down).
 *
 * @example
 * const pick = await selectPatterns(index, patterns, 'Add a sortable table of orders', { kind: 'web' });
 * pick.patterns; // [{ name: 'sortable-table', score: 0.41, tokens: 310 }]
 */
export async function selectPatterns(
  index: SimilarityIndex,
  patterns: Readonly<Record<string, Pattern>>,
  query: string,
  options: { kind: ProjectKind; limits?: Partial<PatternLimits>; signal?: AbortSignal },
): Promise<PatternPick> {
  const limits = { ...defaultPatternLimits, ...options.limits };
  const entries = Object.entries(patterns).map(([name, pattern]) => ({ name, text: patternSearchText(pattern), eligible: pattern.kinds.includes(options.kind) }));
  const matches = await index.search(entries, query, { limit: Math.max(limits.perStep * 4, 10), ...(options.signal ? { signal: options.signal } : {}) });
  const picked: { name: string; score: number; tokens: number; block: string }[] = [];
  let tokens = estimateTextTokens(header);
  for (const match of matches) {
    if (match.score < limits.minScore || picked.length === limits.perStep) break;
    const block = patternBlock(patterns[match.name]!);
    const cost = estimateTextTokens(block);
    if (tokens + cost > limits.maxTokens) continue;
    picked.push({ ...match, tokens: cost, block });
    tokens += cost;
  }
  if (picked.length === 0) return { patterns: [], text: '', tokens: 0 };
  const text = `${header}\n\n${picked.map((pick) => pick.block).join('\n\n')}`;
  return { patterns: picked.map(({ block: _block, ...pick }) => pick), text, tokens: estimateTextTokens(text) };
}

const header = 'Patterns that may help with this step (adapt them to the project, do not copy blindly):';

function patternBlock(pattern: Pattern): string {
  const needs = pattern.stack?.length ? ` Needs: ${pattern.stack.join(', ')}.` : '';
  return `### ${pattern.name}: ${pattern.description}${needs}\n${pattern.path ? `// ${pattern.path}\n` : ''}${pattern.code.trim()}`;
}
