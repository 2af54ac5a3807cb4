import type { ProjectRecord } from '@buildwright/client';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { initialProjectList, type ProjectListSnapshot } from '../projects/project-list-store.js';
import { ProjectListView } from './project-list.js';

const project = (id: string, name: string): ProjectRecord => ({ id, ownerId: 'alice', name, kind: 'web', currentVersion: 1, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-02T00:00:00Z' });
const noop = async () => undefined;
const store = { loadMore: noop, startRename: () => undefined, rename: noop, askDelete: () => undefined, remove: noop, cancel: () => undefined, dismissError: () => undefined };

function render(list: Partial<ProjectListSnapshot>, currentId: string | null = null) {
  return renderToStaticMarkup(
    <ProjectListView list={{ ...initialProjectList, status: 'ready', ...list }} store={store} client={{ loadProject: noop }} currentId={currentId} typed="" onType={() => undefined} unstyled />,
  );
}

describe('<ProjectList/> markup', () => {
  it('default: rows with open, rename and delete; the current project marked; Load more while a cursor remains', () => {
    const html = render({ projects: [project('p1', 'Weather'), project('p2', 'Todo')], nextCursor: 'c2' }, 'p2');
    expect(html.match(/class="bw-project"/g)).toHaveLength(2);
    expect(html).toContain('aria-label="Rename Weather"');
    expect(html).toContain('aria-label="Delete Todo"');
    expect(html).toMatch(/<li class="bw-project" data-project="p2" aria-current="true">/);
    expect(html).toContain('>Load more</button>');
    expect(render({ projects: [project('p1', 'Weather')], nextCursor: null })).not.toContain('Load more');
  });

  it('behavior: loading, empty and no-match states', () => {
    expect(render({ status: 'loading' })).toContain('Loading projects…');
    expect(render({})).toContain('No projects yet.');
    expect(render({ query: 'zzz' })).toContain('No project matches “zzz”.');
    expect(render({ projects: [project('p1', 'Weather')], nextCursor: 'c', status: 'more' })).toMatch(/<button type="button" class="bw-projects-more" disabled="">Loading…<\/button>/);
  });

  it('behavior: a row being renamed is a form with the old name; a row to delete asks for confirmation', () => {
    const renaming = render({ projects: [project('p1', 'Weather')], renaming: 'p1' });
    expect(renaming).toMatch(/<form class="bw-project-rename"><input aria-label="New name of Weather"[^>]*name="name" value="Weather"\/>/);
    expect(renaming).toContain('>Save</button>');
    const confirming = render({ projects: [project('p1', 'Weather')], confirmingDelete: 'p1' });
    expect(confirming).toContain('role="group" aria-label="Delete Weather?"');
    expect(confirming).toContain('Delete “Weather” with its versions and history?');
    expect(confirming).toContain('>Keep it</button>');
  });

  it('error: the failure is shown with its code and the row it concerns is marked', () => {
    const html = render({ projects: [project('p1', 'Busy')], error: { code: 'PROJECT_BUSY', message: 'A run of this project is in progress: cancel it first.', projectId: 'p1' } });
    expect(html).toMatch(/role="alert" data-code="PROJECT_BUSY"><div[^>]*>A run of this project is in progress: cancel it first.<\/div>/);
    expect(html).toContain('data-error="true"');
  });
});
