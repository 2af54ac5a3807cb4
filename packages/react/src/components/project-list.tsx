import type { BuilderClient, ProjectRecord } from '@buildwright/client';
import { useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useBuilder } from '../hooks/use-builder.js';
import { useBuilderSnapshot } from '../hooks/use-builder-snapshot.js';
import { createProjectListStore, type ProjectListSnapshot, type ProjectListStore } from '../projects/project-list-store.js';
import { useDefaultTheme } from '../styles/use-default-theme.js';
import { classNames } from './class-names.js';

export interface ProjectListProps {
  /** Called when the user opens a project. Default: the provider's client loads it (`loadProject`), so a `<BuilderChat/>` beside the list shows it. */
  onOpen?(project: ProjectRecord): void;
  /** Projects per page ("Load more" fetches the next). Default 20, at most 100. */
  pageSize?: number;
  /** Wait after the last keystroke before searching, in ms. Default 250. */
  searchDelayMs?: number;
  /** Heading of the list. Default "Projects". */
  title?: string;
  unstyled?: boolean;
  className?: string;
}

/**
 * The owner's projects, newest first, with search by name or prompt, "Load more" (cursor pages),
 * open, inline rename and delete with confirmation. Failures (e.g. `PROJECT_BUSY` when deleting a
 * project whose run is in progress) are shown above the list. Needs a `<BuilderProvider>`.
 *
 * @example
 * <BuilderProvider baseUrl="/api/builder">
 *   <ProjectList onOpen={(project) => navigate(`/projects/${project.id}`)} />
 * </BuilderProvider>
 */
export function ProjectList(props: ProjectListProps): ReactNode {
  const client = useBuilder();
  const [store] = useState(() => createProjectListStore(client, props.pageSize === undefined ? {} : { pageSize: props.pageSize }));
  const list = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  const currentId = useBuilderSnapshot((snapshot) => snapshot.project?.id ?? null);
  const [typed, setTyped] = useState('');
  const delay = props.searchDelayMs ?? 250;
  useEffect(() => {
    const timer = setTimeout(() => void store.search(typed), typed ? delay : 0);
    return () => clearTimeout(timer);
  }, [store, typed, delay]);
  // A project the chat beside the list just generated (or loaded) and the list lacks: reload it.
  useEffect(() => {
    const shown = store.getSnapshot();
    if (currentId && shown.status === 'ready' && !shown.projects.some((project) => project.id === currentId)) void store.search(shown.query);
  }, [store, currentId]);
  return <ProjectListView {...props} list={list} store={store} client={client} currentId={currentId} typed={typed} onType={setTyped} />;
}

export interface ProjectListViewProps extends ProjectListProps {
  list: ProjectListSnapshot;
  store: Pick<ProjectListStore, 'loadMore' | 'startRename' | 'rename' | 'askDelete' | 'remove' | 'cancel' | 'dismissError'>;
  client: Pick<BuilderClient, 'loadProject'>;
  currentId: string | null;
  typed: string;
  onType(query: string): void;
}

/** The markup of `<ProjectList/>` for a given state (rendered on the server and in tests as is). */
export function ProjectListView({ list, store, client, currentId, typed, onType, onOpen, title = 'Projects', unstyled, className }: ProjectListViewProps): ReactNode {
  useDefaultTheme(!unstyled);
  const open = (project: ProjectRecord) => (onOpen ? onOpen(project) : void client.loadProject(project.id).catch(() => undefined));
  const loading = list.status === 'loading' || list.status === 'idle';
  return (
    <section className={classNames('bw bw-projects', className)} aria-label={title} aria-busy={loading || list.status === 'more'}>
      <header className="bw-projects-header">
        <h2 className="bw-projects-title">{title}</h2>
        <input type="search" className="bw-projects-search" aria-label="Search projects by name or prompt" placeholder="Search…" value={typed} onChange={(event) => onType(event.target.value)} />
      </header>
      {list.error && (
        <div className="bw-alert" role="alert" data-code={list.error.code}>
          <div style={{ flex: 1 }}>{list.error.message}</div>
          <button type="button" onClick={() => store.dismissError()} aria-label="Dismiss the error">
            ×
          </button>
        </div>
      )}
      {loading && !list.projects.length ? (
        <p className="bw-empty" role="status">
          Loading projects…
        </p>
      ) : list.projects.length === 0 ? (
        <p className="bw-empty">{list.query ? `No project matches “${list.query}”.` : 'No projects yet.'}</p>
      ) : (
        <ul className="bw-project-rows">
          {list.projects.map((project) => (
            <ProjectRow key={project.id} project={project} list={list} store={store} current={project.id === currentId} onOpen={open} />
          ))}
        </ul>
      )}
      {list.nextCursor && (
        <button type="button" className="bw-projects-more" onClick={() => void store.loadMore()} disabled={list.status !== 'ready'}>
          {list.status === 'more' ? 'Loading…' : 'Load more'}
        </button>
      )}
    </section>
  );
}

function ProjectRow({
  project,
  list,
  store,
  current,
  onOpen,
}: {
  project: ProjectRecord;
  list: ProjectListSnapshot;
  store: ProjectListViewProps['store'];
  current: boolean;
  onOpen(project: ProjectRecord): void;
}) {
  const busy = list.busy === project.id;
  if (list.renaming === project.id) {
    return (
      <li className="bw-project" data-project={project.id}>
        <form
          className="bw-project-rename"
          onSubmit={(event) => {
            event.preventDefault();
            void store.rename(project.id, String(new FormData(event.currentTarget).get('name') ?? ''));
          }}
        >
          <input
            name="name"
            defaultValue={project.name}
            aria-label={`New name of ${project.name}`}
            // biome-ignore lint/a11y/noAutofocus: the field appears because the user asked to rename
            autoFocus
            disabled={busy}
            onKeyDown={(event) => event.key === 'Escape' && store.cancel()}
          />
          <button type="submit" className="bw-primary" disabled={busy}>
            Save
          </button>
          <button type="button" onClick={() => store.cancel()} disabled={busy}>
            Cancel
          </button>
        </form>
      </li>
    );
  }
  if (list.confirmingDelete === project.id) {
    return (
      <li className="bw-project" data-project={project.id} role="group" aria-label={`Delete ${project.name}?`}>
        <span className="bw-project-name">Delete “{project.name}” with its versions and history?</span>
        <button type="button" className="bw-danger-button" onClick={() => void store.remove(project.id)} disabled={busy}>
          {busy ? 'Deleting…' : 'Delete'}
        </button>
        <button type="button" onClick={() => store.cancel()} disabled={busy}>
          Keep it
        </button>
      </li>
    );
  }
  return (
    <li className="bw-project" data-project={project.id} aria-current={current || undefined} data-error={list.error?.projectId === project.id || undefined}>
      <button type="button" className="bw-project-open" onClick={() => onOpen(project)}>
        <span className="bw-project-name">{project.name}</span>
        <span className="bw-badge">{project.kind}</span>
        <time dateTime={project.updatedAt} className="bw-cost">
          {new Date(project.updatedAt).toLocaleDateString()}
        </time>
      </button>
      <button type="button" onClick={() => store.startRename(project.id)} aria-label={`Rename ${project.name}`} disabled={busy}>
        Rename
      </button>
      <button type="button" className="bw-danger-button" onClick={() => store.askDelete(project.id)} aria-label={`Delete ${project.name}`} disabled={busy}>
        Delete
      </button>
    </li>
  );
}
