import { initialSnapshot, type BuilderSnapshot } from '@buildwright/client';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BuilderProvider } from '../context/builder-provider.js';
import { useFiles } from '../hooks/use-files.js';
import { usePreview } from '../hooks/use-preview.js';
import { useRun } from '../hooks/use-run.js';
import { CodeView } from './code-view.js';
import { ContractCard } from './contract-card.js';
import { FileTree } from './file-tree.js';
import { Preview } from './preview.js';
import { RunActivity } from './run-activity.js';
import { fixedClient } from './fixed-client.test-support.js';
import { ToolApprovals } from './tool-approvals.js';
import { VersionHistory } from './version-history.js';

describe('components without a provider (from props alone)', () => {
  it('default: <FileTree/> nests folders first with change badges and tree roles', () => {
    const html = renderToStaticMarkup(<FileTree paths={['src/main.js', 'index.html', 'src/lib/util.js']} changes={{ 'index.html': 'written' }} selectedPath="index.html" />);
    expect(html).toContain('role="tree"');
    expect(html.indexOf('data-path="src"')).toBeLessThan(html.indexOf('data-path="index.html"'));
    expect(html.indexOf('data-path="src/lib"')).toBeLessThan(html.indexOf('data-path="src/main.js"'));
    expect(html).toMatch(/data-path="index.html"[^>]*>.*bw-change-written">new</);
    expect(html).toMatch(/aria-selected="true"[^>]*data-path="index.html"/);
  });

  it('behavior: <Preview/> shows a live preview with a "not verified" badge while the run builds, and the verified one after', () => {
    const live = renderToStaticMarkup(<Preview url={null} status="waiting" live={{ url: 'http://127.0.0.1:5999', afterStep: 'one' }} />);
    expect(live).toContain('data-live="true"');
    expect(live).toContain('Building… live, not verified yet');
    expect(live).toMatch(/<iframe[^>]*src="http:\/\/127.0.0.1:5999"/);
    const verified = renderToStaticMarkup(<Preview url="http://127.0.0.1:4000" status="ready" />);
    expect(verified).not.toContain('data-live');
    expect(verified).not.toContain('not verified');
    expect(verified).toMatch(/<iframe[^>]*src="http:\/\/127.0.0.1:4000"/);
    expect(renderToStaticMarkup(<Preview url={null} status="waiting" />)).not.toContain('<iframe');
  });

  it('behavior: <CodeView/> highlights code and, given previous code, shows a diff', () => {
    const plain = renderToStaticMarkup(<CodeView path="a.js" code={'const a = 1;'} />);
    expect(plain).toContain('<span class="bw-tok-keyword">const</span>');
    const diff = renderToStaticMarkup(<CodeView path="a.js" code={'const a = 2;\n'} previousCode={'const a = 1;\n'} />);
    expect(diff).toContain('data-diff="remove"');
    expect(diff).toContain('data-diff="add"');
    expect(diff).toContain('+1 −1');
    expect(renderToStaticMarkup(<CodeView path="a.js" code={null} />)).toContain('Loading the file…');
  });

  it('behavior: inside a provider, <CodeView/> shows the draft of a file being written, then its written content', () => {
    const render = (files: BuilderSnapshot['files']) =>
      renderToStaticMarkup(
        <BuilderProvider client={fixedClient({ ...initialSnapshot, files })}>
          <CodeView path="src/App.tsx" />
        </BuilderProvider>,
      );
    const writing = render({ version: 1, contents: { 'src/App.tsx': 'old' }, changes: {}, streaming: { 'src/App.tsx': 'export const draft' } });
    expect(writing).toContain('data-streaming="true"');
    expect(writing).toContain('Writing…');
    expect(writing).toContain('draft');
    expect(writing).not.toContain('old');
    const written = render({ version: 1, contents: { 'src/App.tsx': 'export const final = 1;' }, changes: { 'src/App.tsx': 'written' }, streaming: {} });
    expect(written).not.toContain('data-streaming');
    expect(written).toContain('final');
    const newFile = render({ version: 1, contents: {}, changes: {}, streaming: { 'src/App.tsx': 'let a' } });
    expect(newFile).not.toContain('is not in the project');
  });

  it('behavior: <Preview/> shows the frame when ready, and a clear state when waiting or failed', () => {
    expect(renderToStaticMarkup(<Preview url="https://3000-x.e2b.app/" />)).toMatch(/<iframe src="https:\/\/3000-x.e2b.app\/" title="App preview" sandbox="[^"]*allow-scripts/);
    expect(renderToStaticMarkup(<Preview url={null} status="waiting" />)).toContain('Building the app…');
    const failed = renderToStaticMarkup(<Preview url={null} status="failed" reason="The browser check failed: blank page." />);
    expect(failed).toContain('role="alert"');
    expect(failed).toContain('The browser check failed: blank page.');
  });

  it('behavior: the run activity shows the requirements as a collapsible section: stories with their criteria, data, pages and template', () => {
    const requirements = {
      summary: 'A todo list.',
      stories: [{ as: 'a user', want: 'to delete a task', soThat: 'the list stays short', acceptance: ['Delete removes the task'] }],
      entities: [{ name: 'Task', fields: ['title: string'] }],
      pages: [{ path: '/', purpose: 'the list' }],
      kind: 'web' as const,
      kindReason: 'a browser app',
      template: 'todo-list',
      templateReason: 'it has a list',
    };
    const html = renderToStaticMarkup(<RunActivity parts={[{ type: 'requirements', requirements }]} open={false} renderPart={(_part, fallback) => fallback} />);
    expect(html).toMatch(/<details class="bw-activity-section" data-section="requirements"><summary>Requirements <span class="bw-badge">1<\/span>/);
    expect(html).toContain('As a user, I want to delete a task, so that the list stays short<ul><li>Delete removes the task</li></ul>');
    expect(html).toContain('Data: Task (title: string)');
    expect(html).toContain('Pages: / — the list');
    expect(html).toContain('Template: <code>todo-list</code> — it has a list');
  });

  it('behavior: <VersionHistory/> lists newest first, marks the current one, offers Restore on the others', () => {
    const version = (number: number) => ({ projectId: 'p', number, parent: number - 1 || null, message: `change ${number}`, runId: null, fileCount: 1, createdAt: '2026-01-01T00:00:00.000Z' });
    const html = renderToStaticMarkup(<VersionHistory versions={[version(1), version(2)]} current={2} onRestore={() => undefined} />);
    expect(html.indexOf('data-version="2"')).toBeLessThan(html.indexOf('data-version="1"'));
    expect(html).toMatch(/aria-current="true" data-version="2"/);
    expect(html).toContain('aria-label="Restore version 1"');
    expect(html).not.toContain('aria-label="Restore version 2"');
  });

  it('behavior: <ContractCard/> shows address, network, explorer link and ABI functions', () => {
    const abi = [
      { type: 'function', name: 'count', inputs: [], outputs: [{ type: 'uint256' }], stateMutability: 'view' },
      { type: 'function', name: 'increment', inputs: [{ name: 'by', type: 'uint256' }], outputs: [], stateMutability: 'nonpayable' },
      { type: 'event', name: 'Incremented', inputs: [] },
    ];
    const html = renderToStaticMarkup(
      <ContractCard contract={{ name: 'Counter', address: '0xabc', chainId: 11155111, network: 'sepolia', txHash: '0xdef', explorerUrl: 'https://sepolia.etherscan.io/address/0xabc', abi }} />,
    );
    expect(html).toContain('0xabc');
    expect(html).toContain('sepolia (chain 11155111)');
    expect(html).toContain('href="https://sepolia.etherscan.io/address/0xabc"');
    expect(html).toContain('read</span> count() → uint256');
    expect(html).toContain('write</span> increment(uint256 by)');
    expect(html).not.toContain('Incremented');
  });

  it('behavior: <ToolApprovals/> shows a card per pending tool call with Allow, Always allow and Deny, and nothing when none waits', () => {
    const html = renderToStaticMarkup(
      <ToolApprovals
        approvals={[
          { id: 'a1', server: 'brand', tool: 'lookup_brand_colors', arguments: { company: 'Acme' }, status: 'pending' },
          { id: 'a2', server: 'brand', tool: 'other', arguments: {}, status: 'allow' },
        ]}
        onDecide={() => undefined}
        unstyled
      />,
    );
    expect(html).toContain('<strong>brand</strong> wants to run <code>lookup_brand_colors</code>');
    expect(html).toContain('&quot;company&quot;: &quot;Acme&quot;');
    expect(html).toContain('>Always allow</button>');
    expect(html).not.toContain('other');
    expect(renderToStaticMarkup(<ToolApprovals approvals={[]} unstyled />)).toBe('');
  });
});

describe('hooks', () => {
  it("default: hooks read their slice of the provider client's snapshot", () => {
    const snapshot: BuilderSnapshot = {
      ...initialSnapshot,
      files: { version: 2, contents: { 'a.js': 'x' }, changes: {}, streaming: {} },
      preview: { url: '/preview/p/', docsUrl: null, status: 'ready', reason: null, live: null },
    };
    const seen: unknown[] = [];
    function Probe() {
      seen.push(useFiles(), usePreview(), useRun());
      return null;
    }
    renderToStaticMarkup(
      <BuilderProvider client={fixedClient(snapshot)}>
        <Probe />
      </BuilderProvider>,
    );
    expect(seen).toEqual([snapshot.files, { url: '/preview/p/', docsUrl: null, status: 'ready', reason: null, live: null, version: 2 }, null]);
  });

  it('error: a hook outside a provider says what to add', () => {
    function Probe() {
      useFiles();
      return null;
    }
    expect(() => renderToStaticMarkup(<Probe />)).toThrow(/needs a <BuilderProvider baseUrl="..."> above this component/);
  });
});
