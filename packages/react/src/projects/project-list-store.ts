import { toBuildwrightError, type BuilderClient, type ProjectRecord } from '@buildwright/client';

/** What a `<ProjectList/>` shows: one search's pages so far, and the row being renamed or deleted. */
export interface ProjectListSnapshot {
  /** The search the list shows (names and prompts); `''` lists every project. */
  readonly query: string;
  /** Newest first, every page loaded so far. */
  readonly projects: readonly ProjectRecord[];
  /** Cursor of the next page; `null` on the last page. */
  readonly nextCursor: string | null;
  /** `loading`: the first page of a search; `more`: a further page; `ready` once the first page is in. */
  readonly status: 'idle' | 'loading' | 'more' | 'ready';
  /** The project whose name is being edited. */
  readonly renaming: string | null;
  /** The project whose deletion waits for confirmation. */
  readonly confirmingDelete: string | null;
  /** The project a rename or delete is under way for. */
  readonly busy: string | null;
  /** The last failure, shown until the next action (`projectId` names the row it concerns). */
  readonly error: { readonly code: string; readonly message: string; readonly projectId: string | null } | null;
}

export interface ProjectListStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): ProjectListSnapshot;
  /** Loads the first page of `query` (answers of an earlier search are dropped). */
  search(query: string): Promise<void>;
  /** Appends the next page. */
  loadMore(): Promise<void>;
  startRename(projectId: string): void;
  rename(projectId: string, name: string): Promise<void>;
  askDelete(projectId: string): void;
  remove(projectId: string): Promise<void>;
  /** Leaves rename and delete confirmation. */
  cancel(): void;
  dismissError(): void;
}

export const initialProjectList: ProjectListSnapshot = Object.freeze({
  query: '',
  projects: [],
  nextCursor: null,
  status: 'idle',
  renaming: null,
  confirmingDelete: null,
  busy: null,
  error: null,
});

/** The state and actions of a project list over a client's `searchProjects`, `renameProject` and `deleteProject`. */
export function createProjectListStore(client: BuilderClient, options: { pageSize?: number } = {}): ProjectListStore {
  const limit = options.pageSize ?? 20;
  let snapshot = initialProjectList;
  let generation = 0;
  const listeners = new Set<() => void>();
  const update = (change: Partial<ProjectListSnapshot>) => {
    snapshot = { ...snapshot, ...change };
    for (const listener of [...listeners]) listener();
  };
  const failed = (error: unknown, projectId: string | null) => {
    const known = toBuildwrightError(error, { code: 'INTERNAL', message: 'The request failed.' });
    return { code: known.code, message: known.message, projectId };
  };

  const loadPage = async (query: string, cursor: string | null) => {
    const mine = cursor === null ? ++generation : generation;
    update({ status: cursor === null ? 'loading' : 'more', error: null, ...(cursor === null ? { query } : {}) });
    try {
      const page = await client.searchProjects({ limit, ...(query ? { query } : {}), ...(cursor ? { cursor } : {}) });
      if (mine !== generation) return;
      update({ status: 'ready', projects: cursor === null ? page.projects : [...snapshot.projects, ...page.projects], nextCursor: page.nextCursor });
    } catch (error) {
      if (mine === generation) update({ status: snapshot.projects.length || cursor ? 'ready' : 'idle', error: failed(error, null) });
    }
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    search: (query) => loadPage(query.trim(), null),
    loadMore: () => (snapshot.nextCursor && snapshot.status === 'ready' ? loadPage(snapshot.query, snapshot.nextCursor) : Promise.resolve()),
    startRename: (projectId) => update({ renaming: projectId, confirmingDelete: null, error: null }),
    async rename(projectId, name) {
      if (!name.trim()) return update({ error: { code: 'INVALID_INPUT', message: 'A project needs a name: type one, or press Escape to keep the old one.', projectId } });
      update({ busy: projectId, error: null });
      try {
        const renamed = await client.renameProject(projectId, name.trim());
        update({ busy: null, renaming: null, projects: snapshot.projects.map((project) => (project.id === projectId ? renamed : project)) });
      } catch (error) {
        update({ busy: null, error: failed(error, projectId) });
      }
    },
    askDelete: (projectId) => update({ confirmingDelete: projectId, renaming: null, error: null }),
    async remove(projectId) {
      update({ busy: projectId, error: null });
      try {
        await client.deleteProject(projectId);
        update({ busy: null, confirmingDelete: null, projects: snapshot.projects.filter((project) => project.id !== projectId) });
      } catch (error) {
        update({ busy: null, confirmingDelete: null, error: failed(error, projectId) });
      }
    },
    cancel: () => update({ renaming: null, confirmingDelete: null }),
    dismissError: () => update({ error: null }),
  };
}
