import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../protocol/workspace.js';
import { fuzzParameters } from '../testing/fuzz-test-support.js';
import { requestMessage } from './prompts.js';
import { type RelevantFilesOptions, relevantFiles } from './relevant-files.js';

/**
 * Context selection as it was before the per-file term index (a re-scan of every file at every
 * step), kept verbatim as the oracle: the index must pick the same files in the same order.
 */
function selectionBeforeIndex(files: Readonly<Record<string, string>>, prompt: string, options: RelevantFilesOptions = {}): string[] {
  const words = (text: string) => new Set(text.toLowerCase().match(/[a-z][a-z0-9]{2,}/g) ?? []);
  const { maxFiles = 8, maxChars = 60_000 } = options;
  const wanted = words(prompt);
  const lowerPrompt = prompt.toLowerCase();
  const scored = Object.entries(files)
    .filter(([path]) => !/(^|\/)(package-lock\.json|pnpm-lock\.yaml|yarn\.lock)$|\.(png|jpe?g|gif|ico|woff2?)$/i.test(path))
    .map(([path, content]) => {
      const base = path.split('/').pop()!.toLowerCase();
      let score = lowerPrompt.includes(path.toLowerCase()) || lowerPrompt.includes(base) ? 100 : 0;
      for (const word of words(path)) if (wanted.has(word)) score += 10;
      for (const word of words(content)) if (wanted.has(word)) score += 1;
      return { path, score, size: content.length };
    })
    .filter((file) => file.score > 0)
    .sort((a, b) => b.score - a.score || a.path.localeCompare(b.path));
  const picked: string[] = [];
  let chars = 0;
  for (const file of scored) {
    if (picked.length >= maxFiles || chars + file.size > maxChars) continue;
    picked.push(file.path);
    chars += file.size;
  }
  return picked;
}

/** The request message as it was built before the index, from a snapshot of the files. */
function requestMessageBeforeIndex(prompt: string, files: Readonly<Record<string, string>>): string {
  const paths = Object.keys(files).sort();
  const picked = selectionBeforeIndex(files, prompt);
  const contents = picked.map((path) => `--- ${path}\n${files[path]}`).join('\n\n');
  return [`Request: ${prompt}`, paths.length ? `Project files:\n${paths.map((path) => `- ${path}`).join('\n')}` : 'The project is empty.', contents ? `Relevant files:\n${contents}` : '']
    .filter(Boolean)
    .join('\n\n');
}

// Few words, so prompts and files share many; names that only differ in case, digits-only names
// (integer keys come first in an object), a soft hyphen (collation ignores it, so localeCompare
// ties), lock files and assets (never sent).
const word = fc.constantFrom(
  'app',
  'App',
  'counter',
  'button',
  'red',
  'cart',
  'src',
  'components',
  'tsx',
  'lib',
  'blue',
  'label',
  'menu',
  'ab',
  'x1y',
  'card2',
  '12',
  '7',
  'co\u00ADunter',
  '1\u00AD2',
  'ÉTÉ',
  'été',
);
const name = fc.oneof(
  fc.constantFrom('package-lock.json', 'pnpm-lock.yaml', 'logo.png', 'Font.WOFF2', '12', '3', 'index.tsx', 'Counter.tsx', 'counter.tsx', 'co\u00ADunter.tsx'),
  fc.tuple(word, fc.constantFrom('', '.ts', '.tsx', '.css', '.md')).map(([stem, extension]) => stem + extension),
);
const path = fc.tuple(fc.constantFrom('', 'src/', 'src/components/', 'Src/', 'lib/12/'), name).map(([folder, file]) => folder + file);
/** Parts joined as they come (so words run together) or with spaces. */
const joined = (parts: fc.Arbitrary<string[]>) => fc.tuple(parts, fc.constantFrom('', ' ')).map(([list, separator]) => list.join(separator));
const text = joined(fc.array(fc.oneof(word, fc.constantFrom(' ', '\n', '-', '(', ')', '0', 'zz')), { maxLength: 40 }));
// Names the collator finds equal (a soft hyphen or a control character is ignored), with few
// contents and prompts, so scores often tie on them; "1\u00012" comes before "12" in code units
// but after it in an object's keys.
const tiedPath = fc.constantFrom('12', '1\u00AD2', '1\u00012', '7', 'counter.tsx', 'co\u00ADunter.tsx', 'cou\u00ADnter.tsx', 'src/12', 'src/1\u00AD2');
const tiedText = fc.constantFrom('counter', 'red button', 'counter red', '');
const files = fc.oneof(fc.dictionary(path, text, { maxKeys: 25 }), fc.dictionary(tiedPath, tiedText, { maxKeys: 8 }));
const prompt = fc.oneof(joined(fc.array(fc.oneof(word, path, fc.constantFrom(' ', ', ', 'make the ', '\n')), { maxLength: 12 })), fc.constantFrom('counter', 'red', 'the counter button', '12 red'));
const options = fc.record({ maxFiles: fc.integer({ min: 0, max: 10 }), maxChars: fc.integer({ min: 0, max: 400 }) }, { requiredKeys: [] });

/** A change through the file protocol: a write (new file or rewrite), a removal, or a selection. */
const operation = fc.oneof(
  fc.record({ kind: fc.constant('write' as const), path: fc.oneof(path, tiedPath), content: fc.oneof(text, tiedText) }),
  fc.record({ kind: fc.constant('remove' as const), index: fc.nat() }),
  fc.record({ kind: fc.constant('select' as const), prompt }),
);

describe('relevantFiles (equivalence with the selection before the index)', () => {
  it('property: the same files in the same order as the re-scan, for any project, prompt and limits', () => {
    fc.assert(
      fc.property(files, prompt, options, (project, request, limits) => {
        expect(relevantFiles(project, request, limits)).toEqual(selectionBeforeIndex(project, request, limits));
      }),
      fuzzParameters(300),
    );
  });

  it('property: through a run of writes and removals, each request message is the one the re-scan built from a snapshot', async () => {
    await fc.assert(
      fc.asyncProperty(files, fc.array(operation, { maxLength: 30 }), async (start, operations) => {
        const workspace = new Workspace(start);
        for (const change of operations) {
          if (change.kind === 'write') await workspace.write(change.path, change.content);
          else if (change.kind === 'remove') {
            const paths = workspace.paths();
            if (paths.length > 0) await workspace.remove(paths[change.index % paths.length]!);
          } else expect(requestMessage(change.prompt, workspace)).toBe(requestMessageBeforeIndex(change.prompt, workspace.snapshot()));
        }
      }),
      fuzzParameters(300),
    );
  });
});
