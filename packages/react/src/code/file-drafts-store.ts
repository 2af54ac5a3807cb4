import { toBuildwrightError, type BuilderClient } from '@buildwright/client';

/** One file edited by hand and not saved yet. */
export interface FileDraft {
  /** The text in the editor. */
  readonly text: string;
  /** The file's content when editing started (what "changed on the server" compares with). */
  readonly base: string;
  /** The project version the edit started on. */
  readonly baseVersion: number | null;
}

/** A save refused because the project moved on (`VERSION_CONFLICT`): the drafts are kept. */
export interface DraftConflict {
  /** The project's current version; `null` when it could not be read (overwriting is then not offered). */
  readonly currentVersion: number | null;
  /** Drafted paths whose content in the current version is not what their edit started from. */
  readonly changedPaths: readonly string[];
}

/** What an editable `<CodeView/>` shows: the unsaved drafts and how the last save went. */
export interface FileDraftsSnapshot {
  /** Unsaved edits by path (a file edited back to its content is not a draft). */
  readonly drafts: Readonly<Record<string, FileDraft>>;
  readonly saving: boolean;
  /** Version number of the last save of this store. */
  readonly savedVersion: number | null;
  readonly conflict: DraftConflict | null;
  /** The last failure other than a conflict, shown until the next action. */
  readonly error: { readonly code: string; readonly message: string } | null;
}

export interface FileDraftsStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): FileDraftsSnapshot;
  /** Records the editor's text for `path`; `serverText` and `serverVersion` are what the project holds now. */
  edit(path: string, text: string, serverText: string, serverVersion: number | null): void;
  /** Drops the draft of `path` (the editor goes back to the project's content). */
  discard(path: string): void;
  /**
   * Saves every draft as one new version (`client.saveFiles`). A `VERSION_CONFLICT` keeps the drafts
   * and sets `conflict`; `{ overwrite: true }` then saves them on top of the current version.
   */
  save(options?: { overwrite?: boolean; message?: string }): Promise<void>;
  dismissError(): void;
}

export const initialFileDrafts: FileDraftsSnapshot = Object.freeze({ drafts: {}, saving: false, savedVersion: null, conflict: null, error: null });

/**
 * The unsaved hand edits of a project's files and their saving, over a client's `saveFiles`.
 * `check: true` checks every saved version in a check run the client then follows.
 */
export function createFileDraftsStore(client: BuilderClient, options: { check?: boolean } = {}): FileDraftsStore {
  let snapshot = initialFileDrafts;
  const listeners = new Set<() => void>();
  const update = (change: Partial<FileDraftsSnapshot>) => {
    snapshot = { ...snapshot, ...change };
    for (const listener of [...listeners]) listener();
  };
  const withoutDraft = (path: string) => Object.fromEntries(Object.entries(snapshot.drafts).filter(([drafted]) => drafted !== path));

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    edit(path, text, serverText, serverVersion) {
      const earlier = snapshot.drafts[path];
      const base = earlier?.base ?? serverText;
      if (text === base) {
        if (earlier) update({ drafts: withoutDraft(path) });
        return;
      }
      update({ drafts: { ...snapshot.drafts, [path]: { text, base, baseVersion: earlier?.baseVersion ?? serverVersion } } });
    },
    discard(path) {
      const drafts = withoutDraft(path);
      update({ drafts, ...(Object.keys(drafts).length === 0 ? { conflict: null } : {}) });
    },
    async save(given = {}) {
      const drafts = snapshot.drafts;
      const paths = Object.keys(drafts);
      if (paths.length === 0 || snapshot.saving) return;
      if (given.overwrite && snapshot.conflict?.currentVersion == null) return;
      // The oldest version any draft started on: a run that landed after it refuses the save.
      const baseVersion = given.overwrite ? snapshot.conflict!.currentVersion : oldestBase(Object.values(drafts));
      update({ saving: true, error: null });
      try {
        const saved = await client.saveFiles({
          files: Object.fromEntries(paths.map((path) => [path, drafts[path]!.text])),
          baseVersion,
          message: given.message ?? `Edit ${paths.length === 1 ? paths[0] : `${paths.length} files`} by hand`,
          ...(options.check ? { check: true } : {}),
        });
        // Edits typed while the save was under way stay drafts.
        const left = Object.fromEntries(Object.entries(snapshot.drafts).filter(([path, draft]) => draft.text !== drafts[path]?.text));
        update({ drafts: left, saving: false, savedVersion: saved.version.number, conflict: null });
      } catch (error) {
        const failure = toBuildwrightError(error);
        if (failure.code !== 'VERSION_CONFLICT') return update({ saving: false, error: { code: failure.code, message: failure.message } });
        update({ saving: false, conflict: await conflictWith(client, drafts) });
      }
    },
    dismissError: () => update({ error: null }),
  };
}

function oldestBase(drafts: readonly FileDraft[]): number | null {
  const versions = drafts.map((draft) => draft.baseVersion).filter((version): version is number => version !== null);
  return versions.length === 0 ? null : Math.min(...versions);
}

/** What changed under the drafts: the current version and which drafted files it changed. */
async function conflictWith(client: BuilderClient, drafts: Readonly<Record<string, FileDraft>>): Promise<DraftConflict> {
  try {
    const current = await client.readFiles();
    return {
      currentVersion: current.version.number,
      changedPaths: Object.entries(drafts)
        .filter(([path, draft]) => (current.files[path] ?? null) !== draft.base)
        .map(([path]) => path)
        .sort(),
    };
  } catch {
    // The current version could not be read: overwriting stays impossible until a save conflicts again.
    return { currentVersion: null, changedPaths: Object.keys(drafts).sort() };
  }
}
