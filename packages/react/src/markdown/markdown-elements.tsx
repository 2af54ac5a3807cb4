import type { Token, Tokens } from 'marked';
import { createElement, Fragment, type ReactNode } from 'react';
import { languageOf, tokenLines, tokenize, type CodeLanguage } from '../code/tokenize.js';
import { CodeLines } from '../components/code-view.js';
import { safeHref } from './safe-href.js';

/** A fenced code block of a message: its text and the fence's language (`''` when none). */
export interface MarkdownCodeBlock {
  code: string;
  language: string;
}

export interface MarkdownRenderOptions {
  /** Renders a code block your way (e.g. a ```` ```chart ```` block as a chart); `undefined` keeps the default highlighted view. */
  renderCodeBlock?: ((block: MarkdownCodeBlock) => ReactNode) | undefined;
}

const fenceAliases: Record<string, CodeLanguage> = { javascript: 'js', typescript: 'js', solidity: 'solidity', jsonc: 'json', markup: 'html' };

/** The tokenizer's language of a code fence's info string (`ts`, `tsx`, `typescript`, `sol`, ...). */
export function fenceLanguage(info: string): CodeLanguage {
  const name = info.trim().split(/\s/)[0]!.toLowerCase();
  return name ? (fenceAliases[name] ?? languageOf(`file.${name}`)) : 'plain';
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references marked leaves in text (`&amp;`, `&#39;`, `&#x1F600;`). */
function decode(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return entities[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * React elements of marked's tokens. Model text is hostile: raw HTML is shown as text, never
 * parsed; links are kept only for http(s) and mailto URLs and open in a new tab without an opener;
 * images are shown as links (a message never makes the browser fetch a URL by itself).
 */
export function markdownElements(tokens: readonly Token[], options: MarkdownRenderOptions): ReactNode[] {
  return tokens.map((token, index) => element(token, index, options));
}

function element(token: Token, key: number, options: MarkdownRenderOptions): ReactNode {
  const inline = (children: readonly Token[] | undefined) => (children ? markdownElements(children, options) : null);
  switch (token.type) {
    case 'space':
    case 'def':
      return null;
    case 'paragraph':
      return <p key={key}>{inline(token.tokens)}</p>;
    case 'heading':
      // Message headings sit under the chat's own h2.
      return createElement(`h${Math.min(6, token.depth + 2)}`, { key, className: 'bw-md-heading' }, inline(token.tokens));
    case 'code': {
      const block = { code: token.text, language: (token as Tokens.Code).lang ?? '' };
      const custom = options.renderCodeBlock?.(block);
      if (custom !== undefined) return <div key={key}>{custom}</div>;
      return (
        <div key={key} className="bw-code bw-md-code" data-language={block.language || undefined}>
          <pre className="bw-code-pre" role="region" tabIndex={0} aria-label={block.language ? `${block.language} code` : 'Code'}>
            <code className="bw-code-text">
              <CodeLines lines={tokenLines(tokenize(block.code, fenceLanguage(block.language)))} lineNumbers={false} />
            </code>
          </pre>
        </div>
      );
    }
    case 'blockquote':
      return <blockquote key={key}>{inline(token.tokens)}</blockquote>;
    case 'list': {
      const list = token as Tokens.List;
      const items = list.items.map((item, index) => <li key={index}>{inline(item.tokens)}</li>);
      return list.ordered ? (
        <ol key={key} {...(typeof list.start === 'number' && list.start !== 1 ? { start: list.start } : {})}>
          {items}
        </ol>
      ) : (
        <ul key={key}>{items}</ul>
      );
    }
    case 'checkbox':
      return <input key={key} type="checkbox" checked={(token as Tokens.Checkbox).checked} disabled readOnly />;
    case 'table': {
      const table = token as Tokens.Table;
      const align = (cell: Tokens.TableCell) => (cell.align ? { style: { textAlign: cell.align } } : {});
      return (
        <div key={key} className="bw-md-table">
          <table>
            <thead>
              <tr>
                {table.header.map((cell, index) => (
                  <th key={index} {...align(cell)}>
                    {inline(cell.tokens)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, rowIndex) => (
                <tr key={rowIndex}>
                  {row.map((cell, index) => (
                    <td key={index} {...align(cell)}>
                      {inline(cell.tokens)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    }
    case 'hr':
      return <hr key={key} />;
    case 'strong':
      return <strong key={key}>{inline(token.tokens)}</strong>;
    case 'em':
      return <em key={key}>{inline(token.tokens)}</em>;
    case 'del':
      return <del key={key}>{inline(token.tokens)}</del>;
    case 'codespan':
      return (
        <code key={key} className="bw-md-codespan">
          {decode(token.text)}
        </code>
      );
    case 'br':
      return <br key={key} />;
    case 'link':
    case 'image': {
      const href = safeHref(token.href);
      const label = token.type === 'image' ? `Image: ${decode(token.text) || token.href}` : inline(token.tokens);
      return href ? (
        <a key={key} href={href} target="_blank" rel="noopener noreferrer nofollow" {...(token.type === 'image' ? { className: 'bw-md-image-link' } : {})}>
          {label}
        </a>
      ) : (
        <span key={key} title={token.href}>
          {label}
        </span>
      );
    }
    case 'html':
      // Shown as typed: model output never becomes markup.
      return token.text;
    case 'escape':
      return token.text;
    default:
      if ('tokens' in token && token.tokens) return <Fragment key={key}>{inline(token.tokens)}</Fragment>;
      return 'text' in token ? decode(String(token.text)) : null;
  }
}
