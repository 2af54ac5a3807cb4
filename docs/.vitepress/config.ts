import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type DefaultTheme } from 'vitepress';
import { docsBaseUrl } from '../../packages/client/src/error-docs.js';

// The docs site: the pages of docs/ as they are on GitHub, plus the API reference that
// scripts/build-api-docs.mjs generates into docs/api/. `npm run docs:dev`, `npm run docs:build`.

const docs = fileURLToPath(new URL('..', import.meta.url));
const repository = 'https://github.com/buildwright/buildwright';

/** The sidebar's groups, each page by its file name in docs/ (README.md is the home page). */
const groups: [title: string, pages: string[]][] = [
  ['Getting started', ['README.md', 'installation.md', 'create-builder.md', 'demo.md', 'cli.md']],
  [
    'Guides',
    [
      'run-graph.md',
      'events.md',
      'file-protocol.md',
      'versions.md',
      'git-sync.md',
      'deploy.md',
      'projects.md',
      'requirements.md',
      'specialist-agents.md',
      'plan-approval.md',
      'live-preview.md',
      'agents.md',
      'templates.md',
      'checks.md',
      'dapp.md',
      'api-kind.md',
      'http.md',
      'mcp-server.md',
      'mcp-client.md',
      'host-hooks.md',
      'client.md',
      'react.md',
      'reliability.md',
      'queue.md',
      'hosted-server.md',
    ],
  ],
  [
    'Adapters',
    ['openai.md', 'langchain.md', 'ai-sdk.md', 'tagged-text.md', 'local-sandbox.md', 'e2b.md', 'deploy-vercel.md', 'github.md', 'storage.md', 'event-bus.md', 'chain.md', 'openai-test-server.md'],
  ],
  ['Reference', ['errors.md', 'conformance.md', 'sandbox-spec.md', 'transcripts.md', 'testing.md']],
];

const pages = readdirSync(docs).filter((file) => file.endsWith('.md'));
const unlisted = pages.filter((page) => !groups.some(([, listed]) => listed.includes(page)));
if (unlisted.length > 0) throw new Error(`docs/.vitepress/config.ts: add ${unlisted.join(', ')} to a sidebar group.`);

/** A page's sidebar title: its first heading up to " — ", without code marks. */
function titleOf(page: string): string {
  const heading = /^# (.+)$/m.exec(readFileSync(`${docs}/${page}`, 'utf8'))?.[1] ?? page;
  return heading.split(' — ')[0]!.replace(/`/g, '');
}

const link = (page: string) => (page === 'README.md' ? '/' : `/${page.replace(/\.md$/, '')}`);

/** The API reference's sidebar, written by TypeDoc beside its pages (absent until it has run). */
const apiSidebarFile = `${docs}/api/typedoc-sidebar.json`;
const apiSidebar: DefaultTheme.SidebarItem[] = existsSync(apiSidebarFile) ? JSON.parse(readFileSync(apiSidebarFile, 'utf8')) : [];

export default defineConfig({
  title: 'Buildwright',
  description: 'A TypeScript SDK that turns a prompt into a working, checked web app or DApp.',
  base: new URL(docsBaseUrl).pathname,
  cleanUrls: true,
  rewrites: { 'README.md': 'index.md' },
  srcExclude: ['**/node_modules/**'],
  sitemap: { hostname: docsBaseUrl },
  themeConfig: {
    nav: [
      { text: 'Guide', link: '/installation' },
      { text: 'Errors', link: '/errors' },
      { text: 'API', link: '/api/' },
    ],
    sidebar: {
      '/api/': [{ text: 'API reference', link: '/api/', items: apiSidebar }],
      '/': groups.map(([text, listed]) => ({
        text,
        items: [...listed.map((page) => ({ text: titleOf(page), link: link(page) })), ...(text === 'Reference' ? [{ text: 'API reference', link: '/api/' }] : [])],
      })),
    },
    search: { provider: 'local' },
    socialLinks: [{ icon: 'github', link: repository }],
    editLink: { pattern: `${repository}/edit/main/docs/:path` },
  },
});
