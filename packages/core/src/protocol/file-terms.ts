/**
 * The words of a text as context selection matches them: lower case, a letter followed by two or
 * more letters or digits (`Counter.tsx` → `counter`, `tsx`).
 */
export function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[a-z][a-z0-9]{2,}/g) ?? []);
}

/** What context selection needs of one file, worked out once per content. */
export interface FileTerms {
  /** The path in lower case. */
  lowerPath: string;
  /** The file name (last path segment) in lower case. */
  lowerName: string;
  pathWords: ReadonlySet<string>;
  contentWords: ReadonlySet<string>;
  /** Characters of content (what the context limit counts). */
  size: number;
}

/**
 * Terms of each file, tokenised the first time they are asked for and kept until the file is
 * written or removed: a step's context selection then tokenises only the files changed since
 * the last one, however many the project holds.
 */
export class FileTermCache {
  private readonly terms = new Map<string, FileTerms>();

  of(path: string, content: string): FileTerms {
    let terms = this.terms.get(path);
    if (terms === undefined) {
      const lowerName = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
      terms = { lowerPath: path.toLowerCase(), lowerName, pathWords: wordsOf(path), contentWords: wordsOf(content), size: content.length };
      this.terms.set(path, terms);
    }
    return terms;
  }

  /** Drops the terms of a file that was written or removed. */
  forget(path: string): void {
    this.terms.delete(path);
  }
}
