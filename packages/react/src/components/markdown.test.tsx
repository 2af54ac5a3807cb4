import { initialSnapshot, type ChatMessage, type ChatPart } from '@buildwright/client';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BuilderProvider } from '../context/builder-provider.js';
import { preloadMarkdown } from '../markdown/load-markdown.js';
import { fenceLanguage } from '../markdown/markdown-elements.js';
import { safeHref } from '../markdown/safe-href.js';
import { BuilderChat } from './builder-chat.js';
import { fixedClient } from './fixed-client.test-support.js';
import { Markdown } from './markdown.js';

const reply = ['I added **two** files:', '', '```tsx', 'const a = <App />;', '```', '', '- `index.html`', '- [docs](https://example.com/docs)'].join('\n');

describe('<Markdown/>', () => {
  // First in the file: the parser chunk is not loaded yet.
  it('default: before the parser has loaded (server render), the text shows as typed', () => {
    const html = renderToStaticMarkup(<Markdown text={'**bold** <b>x</b>'} unstyled />);
    expect(html).toBe('<div class="bw-markdown bw-markdown-plain" data-markdown="plain">**bold** &lt;b&gt;x&lt;/b&gt;</div>');
  });

  it('behavior: once loaded, renders paragraphs, lists, links and code blocks highlighted by the tokenizer', async () => {
    await preloadMarkdown();
    const html = renderToStaticMarkup(<Markdown text={reply} unstyled />);
    expect(html).toContain('data-markdown="parsed"');
    expect(html).toContain('<p>I added <strong>two</strong> files:</p>');
    expect(html).toMatch(/<pre class="bw-code-pre"[^>]*><code class="bw-code-text"><span class="bw-line"><span class="bw-tok-keyword">const<\/span>/);
    expect(html).toContain('<span class="bw-tok-tag">&lt;App</span>');
    expect(html).toContain('<div class="bw-code bw-md-code" data-language="tsx"><pre class="bw-code-pre" role="region" tabindex="0" aria-label="tsx code">');
    expect(html).not.toContain('data-testid="bw-code-view"');
    expect(html).toContain('<li><code class="bw-md-codespan">index.html</code></li>');
    expect(html).toContain('<a href="https://example.com/docs" target="_blank" rel="noopener noreferrer nofollow">docs</a>');
    expect(renderToStaticMarkup(<Markdown text={'| a | b |\n|---|--:|\n| 1 | 2 |'} unstyled />)).toMatch(/<table><thead><tr><th>a<\/th><th style="text-align:right">b<\/th>/);
  });

  it('behavior: hostile model text never becomes markup or a script link', async () => {
    await preloadMarkdown();
    const hostile = [
      '<img src=x onerror=alert(1)> <script>alert(2)</script>',
      '',
      '<div onclick="alert(3)">block</div>',
      '',
      '[a](javascript:alert(4)) [b](JAVASCRIPT:alert(5)) [c](java\tscript:alert(6)) [d](data:text/html,<script>alert(7)</script>) [e](&#106;avascript:alert(8))',
      '',
      '![pixel](https://tracker.example/p.png)',
    ].join('\n');
    const html = renderToStaticMarkup(<Markdown text={hostile} unstyled />);
    expect(html).not.toMatch(/<(img|script|div onclick)/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;div onclick=&quot;alert(3)&quot;&gt;block&lt;/div&gt;');
    expect(html).not.toMatch(/href="(?!https:\/\/tracker\.example\/p\.png")/);
    expect(html).toContain('<a href="https://tracker.example/p.png" target="_blank" rel="noopener noreferrer nofollow" class="bw-md-image-link">Image: pixel</a>');
  });

  it('behavior: renderCodeBlock replaces the blocks it returns an element for', async () => {
    await preloadMarkdown();
    const html = renderToStaticMarkup(
      <Markdown
        text={'```chart\n{"bars":[1,2]}\n```\n\n```js\nlet x\n```'}
        unstyled
        renderCodeBlock={({ code, language }) => (language === 'chart' ? <figure data-chart={code.trim()} /> : undefined)}
      />,
    );
    expect(html).toContain('<figure data-chart="{&quot;bars&quot;:[1,2]}"></figure>');
    expect(html).toContain('<span class="bw-tok-keyword">let</span>');
  });

  it('args: fence languages map to the tokenizer; only absolute http(s) and mailto links are kept', () => {
    expect(['ts', 'TypeScript', 'jsx', 'sol', 'solidity', 'json', 'css', 'html', 'python', ''].map(fenceLanguage)).toEqual([
      'js',
      'js',
      'js',
      'solidity',
      'solidity',
      'json',
      'css',
      'html',
      'plain',
      'plain',
    ]);
    expect(safeHref('https://a.example/x?y=1')).toBe('https://a.example/x?y=1');
    expect(safeHref('mailto:me@example.com')).toBe('mailto:me@example.com');
    for (const href of ['javascript:alert(1)', ' javascript:alert(1)', 'java\nscript:alert(1)', 'data:text/html,x', 'vbscript:x', '/relative', '#top']) expect(safeHref(href)).toBeNull();
  });
});

describe('<BuilderChat/> messages', () => {
  const partOf = (kind: ChatMessage['kind'], content: string): ChatPart =>
    kind === 'summary' ? { type: 'summary', text: content } : kind === 'error' ? { type: 'error', code: 'CHECK_FAILED', message: content, check: null } : { type: 'text', text: content };
  const message = (id: string, role: ChatMessage['role'], kind: ChatMessage['kind'], content: string): ChatMessage => ({
    id,
    runId: 'r1',
    role,
    kind,
    content,
    parts: [partOf(kind, content)],
    node: null,
    streaming: false,
  });
  const chat = (props: Parameters<typeof BuilderChat>[0] = {}) =>
    renderToStaticMarkup(
      <BuilderProvider
        client={fixedClient({
          ...initialSnapshot,
          messages: [message('m1', 'user', 'prompt', 'make it **bold**'), message('m2', 'assistant', 'summary', 'Done: **bold** title.'), message('m3', 'assistant', 'error', 'Failed: `x`')],
        })}
      >
        <BuilderChat unstyled {...props} />
      </BuilderProvider>,
    );

  it("default: the model's text and summaries render as markdown; prompts and errors as typed", async () => {
    await preloadMarkdown();
    const html = chat();
    expect(html).toContain('You: </span>make it **bold**</div>');
    expect(html).toContain('<p>Done: <strong>bold</strong> title.</p>');
    expect(html).toContain('Builder: </span>Failed: `x`</div>');
  });

  it('behavior: renderMessage replaces a message it returns an element for and gets the default content', async () => {
    await preloadMarkdown();
    const html = chat({ renderMessage: (item, content) => (item.kind === 'summary' ? <aside data-run={item.runId}>{content}</aside> : undefined) });
    expect(html).toContain('<aside data-run="r1"><div class="bw-markdown" data-markdown="parsed"><p>Done: <strong>bold</strong> title.</p></div></aside>');
    expect(html).toContain('make it **bold**');
  });
});
