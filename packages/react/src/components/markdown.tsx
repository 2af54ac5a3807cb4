import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { loadedMarkdownLexer, preloadMarkdown, type MarkdownLexer } from '../markdown/load-markdown.js';
import { markdownElements, type MarkdownRenderOptions } from '../markdown/markdown-elements.js';
import { useDefaultTheme } from '../styles/use-default-theme.js';
import { classNames } from './class-names.js';

export interface MarkdownProps extends MarkdownRenderOptions {
  /** The markdown (model output is fine: raw HTML is shown as text, only http(s) and mailto links are links). */
  text: string;
  unstyled?: boolean;
  className?: string;
}

/**
 * Markdown as React elements, never as injected HTML: paragraphs, lists, tables, quotes, links, and
 * code blocks highlighted like `<CodeView/>`. The parser loads on first use; until then (and on the
 * server, unless `preloadMarkdown()` ran) the text shows as typed.
 *
 * @example
 * <Markdown text={'Run `npm start`, then open **localhost:5173**.'} />
 * <Markdown text={reply} renderCodeBlock={({ code, language }) => (language === 'chart' ? <Chart spec={code} /> : undefined)} />
 */
export function Markdown({ text, renderCodeBlock, unstyled, className }: MarkdownProps): ReactNode {
  useDefaultTheme(!unstyled);
  const lexer = useMarkdownLexer();
  // Lexing is the costly part (every streamed delta re-renders the chat): only a changed text re-lexes.
  const tokens = useMemo(() => (lexer ? lexer(text) : null), [lexer, text]);
  const elements = tokens && markdownElements(tokens, { renderCodeBlock });
  return (
    <div className={classNames('bw-markdown', !elements && 'bw-markdown-plain', className)} data-markdown={elements ? 'parsed' : 'plain'}>
      {elements ?? text}
    </div>
  );
}

function useMarkdownLexer(): MarkdownLexer | null {
  const [lexer, setLexer] = useState(loadedMarkdownLexer);
  useEffect(() => {
    if (lexer) return;
    let live = true;
    preloadMarkdown().then(
      () => live && setLexer(() => loadedMarkdownLexer()),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [lexer]);
  return lexer;
}
