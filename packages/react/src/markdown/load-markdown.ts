import type { Token } from 'marked';

/** Splits markdown into marked's tokens (GFM, single newlines as line breaks, as chat text expects). */
export type MarkdownLexer = (markdown: string) => Token[];

let lexer: MarkdownLexer | null = null;
let loading: Promise<MarkdownLexer> | null = null;

/** The markdown lexer when its chunk has loaded, else `null`. */
export function loadedMarkdownLexer(): MarkdownLexer | null {
  return lexer;
}

/**
 * Loads the markdown parser (`marked`, a separate chunk of about 15 kB gzip, fetched when the first
 * message renders). Call it before rendering on the server so messages render as markdown there too.
 *
 * @example
 * await preloadMarkdown();
 * const html = renderToString(<App />);
 */
export async function preloadMarkdown(): Promise<void> {
  loading ??= import('marked').then(({ Lexer }) => {
    lexer = (markdown) => Lexer.lex(markdown, { gfm: true, breaks: true });
    return lexer;
  });
  await loading.catch((error: unknown) => {
    loading = null;
    throw error;
  });
}
