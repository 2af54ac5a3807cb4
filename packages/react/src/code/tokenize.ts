/** Kinds of highlighted tokens (each maps to a `bw-tok-<type>` class). */
export type TokenType = 'plain' | 'comment' | 'string' | 'number' | 'keyword' | 'tag' | 'attr' | 'property';

export interface Token {
  type: TokenType;
  text: string;
}

/** Languages the tokenizer knows; anything else is plain text. */
export type CodeLanguage = 'js' | 'json' | 'css' | 'html' | 'solidity' | 'plain';

const jsKeywords =
  'as async await break case catch class const continue debugger default delete do else enum export extends false finally for from function get if implements import in instanceof interface let new null of package private protected public readonly return satisfies set static super switch this throw true try type typeof undefined var void while with yield';
const solidityKeywords =
  'abstract address anonymous assembly bool break bytes bytes32 calldata constant constructor continue contract delete do else emit enum error event external fallback false for function if immutable import indexed interface internal is library mapping memory modifier new override payable pragma private public pure receive return returns revert require storage string struct this true try uint uint256 uint8 int int256 unchecked using view virtual while';

const rules: Record<Exclude<CodeLanguage, 'plain'>, Array<[TokenType, RegExp]>> = {
  js: [
    ['comment', /\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)/y],
    ['string', /`(?:\\[\s\S]|[^\\`])*`?|"(?:\\.|[^\\"\n])*"?|'(?:\\.|[^\\'\n])*'?/y],
    ['tag', /<\/?[A-Za-z][\w.-]*|\/?>/y],
    ['number', /\b(?:0[xob][\da-f_]+|\d[\d_]*(?:\.\d+)?(?:e[+-]?\d+)?n?)\b/iy],
    ['keyword', new RegExp(`\\b(?:${jsKeywords.replaceAll(' ', '|')})\\b`, 'y')],
    ['plain', /[A-Za-z_$][\w$]*|\s+|[^\w\s]/y],
  ],
  json: [
    ['property', /"(?:\\.|[^\\"\n])*"(?=\s*:)/y],
    ['string', /"(?:\\.|[^\\"\n])*"?/y],
    ['number', /-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/iy],
    ['keyword', /\b(?:true|false|null)\b/y],
    ['plain', /\s+|[^\s"\d-]+|./y],
  ],
  css: [
    ['comment', /\/\*[\s\S]*?(?:\*\/|$)/y],
    ['string', /"(?:\\.|[^\\"\n])*"?|'(?:\\.|[^\\'\n])*'?/y],
    ['keyword', /@[\w-]+|!important/y],
    ['property', /--?[A-Za-z][\w-]*(?=\s*:)|[A-Za-z-]+(?=\s*:[^{;]*[;}])/y],
    ['number', /#[\da-f]{3,8}\b|-?\d*\.?\d+(?:%|[a-z]+)?/iy],
    ['plain', /[\w-]+|\s+|./y],
  ],
  html: [
    ['comment', /<!--[\s\S]*?(?:-->|$)/y],
    ['tag', /<\/?[A-Za-z][\w:-]*|\/?>|<!doctype[^>]*>/iy],
    ['attr', /[A-Za-z_:@][\w:.-]*(?==)/y],
    ['string', /"[^"]*"?|'[^']*'?/y],
    ['plain', /[^<"'=\s]+|\s+|./y],
  ],
  solidity: [
    ['comment', /\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)/y],
    ['string', /"(?:\\.|[^\\"\n])*"?|'(?:\\.|[^\\'\n])*'?/y],
    ['number', /\b(?:0x[\da-f]+|\d[\d_]*(?:\.\d+)?(?:e\d+)?)\b/iy],
    ['keyword', new RegExp(`\\b(?:${solidityKeywords.replaceAll(' ', '|')})\\b`, 'y')],
    ['plain', /[A-Za-z_$][\w$]*|\s+|[^\w\s]/y],
  ],
};

/**
 * The language of a file from its name.
 *
 * @example
 * languageOf('src/App.tsx'); // 'js'
 */
export function languageOf(path: string): CodeLanguage {
  const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  if (['js', 'jsx', 'ts', 'tsx', 'mjs', 'cjs', 'mts', 'cts'].includes(extension)) return 'js';
  if (extension === 'json' || extension === 'jsonc') return 'json';
  if (['css', 'scss', 'less'].includes(extension)) return 'css';
  if (['html', 'htm', 'svg', 'xml', 'vue'].includes(extension)) return 'html';
  if (extension === 'sol') return 'solidity';
  return 'plain';
}

/**
 * Splits source code into highlighted tokens with a small sticky-regex scanner per language
 * (comments, strings, numbers, keywords, tags, attributes, properties). Concatenating the
 * tokens' text gives the input back exactly.
 *
 * @example
 * tokenize('const a = 1; // one', 'js');
 * // [{ type: 'keyword', text: 'const' }, { type: 'plain', text: ' ' }, ...]
 */
export function tokenize(code: string, language: CodeLanguage): Token[] {
  if (language === 'plain') return [{ type: 'plain', text: code }];
  const patterns = rules[language];
  const tokens: Token[] = [];
  let index = 0;
  while (index < code.length) {
    let matched = false;
    for (const [type, pattern] of patterns) {
      pattern.lastIndex = index;
      const match = pattern.exec(code);
      if (!match || match[0] === '') continue;
      const last = tokens.at(-1);
      if (last && last.type === type) last.text += match[0];
      else tokens.push({ type, text: match[0] });
      index += match[0].length;
      matched = true;
      break;
    }
    if (!matched) {
      tokens.push({ type: 'plain', text: code[index]! });
      index++;
    }
  }
  return tokens;
}

/**
 * Tokens split at newlines: one array per line (a multi-line comment or string is cut in parts).
 *
 * @example
 * tokenLines(tokenize('a\nb', 'js')).length; // 2
 */
export function tokenLines(tokens: Token[]): Token[][] {
  const lines: Token[][] = [[]];
  for (const token of tokens) {
    const parts = token.text.split('\n');
    parts.forEach((part, index) => {
      if (index > 0) lines.push([]);
      if (part) lines.at(-1)!.push({ type: token.type, text: part });
    });
  }
  return lines;
}
