/** Limits of the context sent to the model for an edit. */
export interface RelevantFilesOptions {
  /** At most this many files with their content. */
  maxFiles?: number;
  /** At most this many characters of file content in all. */
  maxChars?: number;
}

const words = (text: string) => new Set(text.toLowerCase().match(/[a-z][a-z0-9]{2,}/g) ?? []);

/**
 * Picks the files worth sending for a request: files the prompt names first, then files whose
 * path or content share the most words with it. Lock files and assets are never sent.
 *
 * @example
 * relevantFiles(files, 'make the counter button red'); // ['src/Counter.tsx', 'src/App.tsx', ...]
 */
export function relevantFiles(files: Readonly<Record<string, string>>, prompt: string, options: RelevantFilesOptions = {}): string[] {
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
