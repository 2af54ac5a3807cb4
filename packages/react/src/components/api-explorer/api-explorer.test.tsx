import { initialSnapshot } from '@buildwright/client';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BuilderProvider } from '../../context/builder-provider.js';
import { fixedClient } from '../fixed-client.test-support.js';
import { ApiExplorer } from './api-explorer.js';
import { apiRunEvents, apiRunSnapshot, listTodosFailure, todoSpec } from './api-run-events.test-support.js';

const inProvider = (snapshot: ReturnType<typeof apiRunSnapshot>) =>
  renderToStaticMarkup(
    <BuilderProvider client={fixedClient(snapshot)}>
      <ApiExplorer />
    </BuilderProvider>,
  );
const operationHtml = (html: string, operationId: string) => html.match(new RegExp(`<li[^>]*data-operation="${operationId}"[^>]*>.*?</li>`))?.[0] ?? '';

describe('<ApiExplorer/> from folded events (server render)', () => {
  it("behavior: while the contract check runs it says so and is busy; the spec's text is parsed only in the browser", () => {
    const html = inProvider(apiRunSnapshot(2));
    expect(html).toContain('data-activity="checking"');
    expect(html).toContain('aria-busy="true"');
    expect(html).toMatch(/role="status" data-status="running">.*Checking the contract: calling every operation of openapi.yaml on the running server…/);
    expect(html).toContain('Reading openapi.yaml…');
  });

  it('behavior: a failed check marks the failing operation with its request, expected and actual, and the others as passed with their counts', () => {
    const html = inProvider(apiRunSnapshot(4));
    expect(html).toContain('data-activity="running"');
    expect(html).toContain('Last check: Contract check failed: 1 of 4 operations did not answer as openapi.yaml says.');
    const failed = operationHtml(html, 'listTodos');
    expect(failed).toContain('data-result="failed"');
    expect(failed).toContain('failed · 2 valid · 1 invalid');
    expect(failed).toContain(`<dt>Request</dt><dd>${listTodosFailure.request}</dd><dt>Expected</dt><dd>${listTodosFailure.expected}</dd>`);
    expect(failed).toContain('must have required property &#x27;done&#x27;');
    expect(operationHtml(html, 'createTodo')).toMatch(/data-result="passed".*passed · 4 valid · 4 invalid/);
    expect(operationHtml(html, 'createTodo')).not.toContain('bw-api-failure');
  });

  it('behavior: after the fixed run every operation passed and the docs page is linked', () => {
    const html = inProvider(apiRunSnapshot(apiRunEvents.length));
    expect(html).toContain('data-activity="idle"');
    expect(html).toContain('Contract check passed: all 4 operations answered as openapi.yaml says (13 requests, seed 1).');
    expect(html.match(/data-result="passed"/g)).toHaveLength(4 * 2);
    expect(html).not.toContain('data-result="failed"');
    expect(html).toContain('href="http://127.0.0.1:4000/docs"');
    // Operations without a loaded spec are grouped by path; each is a button that opens its try-it form.
    expect(html).toMatch(/<h4 class="bw-api-group-title">\/todos<\/h4>/);
    expect(html).toMatch(
      /<button type="button" class="bw-api-operation-button" aria-expanded="false" aria-controls="[^"]+"><span class="bw-api-method" data-method="GET">GET<\/span><span class="bw-api-path">\/todos\/\{id\}<\/span>/,
    );
  });

  it('default: a web project without a contract check renders nothing; an API project before its check says what comes', () => {
    expect(inProvider({ ...initialSnapshot, project: { id: 'p', name: 'x', kind: 'web' } as never })).toBe('');
    const apiProject = inProvider({ ...initialSnapshot, project: { id: 'p', name: 'x', kind: 'api' } as never });
    expect(apiProject).toContain('Not contract-checked yet: the check runs when an API run starts its server.');
    expect(apiProject).toContain('No operations yet: they appear once the run writes openapi.yaml.');
  });
});

describe('<ApiExplorer/> from props', () => {
  it('default: a parsed spec lists its operations by tag with summaries, its title, and the results that match', () => {
    const contract = apiRunSnapshot(4).run!.apiContract!;
    const html = renderToStaticMarkup(<ApiExplorer spec={parse(todoSpec) as object} contract={contract} />);
    expect(html).toContain('<h3 class="bw-panel-title">Todo API</h3>');
    expect([...html.matchAll(/<h4 class="bw-api-group-title">([^<]+)<\/h4>/g)].map((match) => match[1])).toEqual(['meta', 'todos']);
    expect(operationHtml(html, 'createTodo')).toContain('<span class="bw-api-summary">Create a todo</span>');
    expect(operationHtml(html, 'listTodos')).toContain('data-result="failed"');
    expect(html).not.toContain('Reading openapi.yaml');
    expect(html).not.toContain('API docs');
  });

  it('behavior: grouped by path on request; operations the check did not reach say so', () => {
    const html = renderToStaticMarkup(<ApiExplorer spec={parse(todoSpec) as object} groupBy="path" />);
    expect([...html.matchAll(/<h4 class="bw-api-group-title">([^<]+)<\/h4>/g)].map((match) => match[1])).toEqual(['/health', '/todos', '/todos/{id}']);
    expect(html.match(/data-result="unchecked"/g)).toHaveLength(4 * 2);
  });
});
