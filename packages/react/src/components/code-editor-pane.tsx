import { useEffect, useRef, useSyncExternalStore, type ReactNode } from 'react';
import type { FileDraftsStore } from '../code/file-drafts-store.js';
import { createCodeEditor, type CodeEditor } from '../code/code-editor-setup.js';

interface CodeEditorPaneProps {
  path: string;
  /** The file's content in the project now. */
  serverText: string;
  /** The project version `serverText` comes from. */
  serverVersion: number | null;
  drafts: FileDraftsStore;
}

/**
 * The editable body of `<CodeView editable/>`: CodeMirror on the file's draft (or its content),
 * Save (also Mod-S) storing every draft as one version, Discard, a conflict banner that keeps the
 * drafts, and a guard against leaving the page with unsaved edits.
 */
export function CodeEditorPane({ path, serverText, serverVersion, drafts }: CodeEditorPaneProps): ReactNode {
  const state = useSyncExternalStore(drafts.subscribe, drafts.getSnapshot, drafts.getSnapshot);
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<CodeEditor | null>(null);
  const latest = useRef({ serverText, serverVersion });
  latest.current = { serverText, serverVersion };
  const draft = state.drafts[path];
  const dirtyPaths = Object.keys(state.drafts);

  // One editor per path (its language follows the path); it opens on the draft when there is one.
  useEffect(() => {
    editor.current = createCodeEditor(host.current!, path, drafts.getSnapshot().drafts[path]?.text ?? latest.current.serverText, {
      onChange: (text) => drafts.edit(path, text, latest.current.serverText, latest.current.serverVersion),
      onSave: () => void drafts.save(),
    });
    return () => {
      editor.current?.destroy();
      editor.current = null;
    };
  }, [drafts, path]);

  // A new version of the file (a run, another tab) shows at once unless the user is editing it.
  const drafted = draft !== undefined;
  useEffect(() => {
    if (!drafted) editor.current?.setText(serverText);
  }, [serverText, drafted]);

  // Leaving the page with unsaved edits asks first.
  const dirty = dirtyPaths.length > 0;
  useEffect(() => {
    if (!dirty) return;
    const guard = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', guard);
    return () => window.removeEventListener('beforeunload', guard);
  }, [dirty]);

  const discard = () => {
    drafts.discard(path);
    editor.current?.setText(serverText);
  };
  const others = dirtyPaths.filter((other) => other !== path).length;
  return (
    <div className="bw-code-editor" data-dirty={draft ? 'true' : undefined}>
      <div className="bw-code-toolbar" role="toolbar" aria-label={`Edit ${path}`}>
        {draft && <span className="bw-badge">Unsaved</span>}
        {others > 0 && <span className="bw-code-note">{others === 1 ? '1 other file unsaved' : `${others} other files unsaved`}</span>}
        {state.savedVersion !== null && !dirty && (
          <span role="status" className="bw-code-note">
            Saved as version {state.savedVersion}
          </span>
        )}
        <button type="button" onClick={discard} disabled={!draft || state.saving}>
          Discard
        </button>
        <button type="button" className="bw-primary" onClick={() => void drafts.save()} disabled={!dirty || state.saving} aria-keyshortcuts="Control+S Meta+S">
          {state.saving ? 'Saving…' : 'Save'}
        </button>
      </div>
      {state.conflict && (
        <div className="bw-alert" role="alert" data-testid="bw-save-conflict">
          <span>
            The project changed since you started editing
            {state.conflict.currentVersion === null ? '' : ` (now version ${state.conflict.currentVersion})`}
            {state.conflict.changedPaths.length > 0 ? `, including ${state.conflict.changedPaths.join(', ')}` : ''}. Your edits are kept.
          </span>
          {state.conflict.currentVersion !== null && (
            <button type="button" onClick={() => void drafts.save({ overwrite: true })} disabled={state.saving}>
              Save over version {state.conflict.currentVersion}
            </button>
          )}
        </div>
      )}
      {state.error && (
        <div className="bw-alert" role="alert">
          <span>
            Not saved ({state.error.code}): {state.error.message}
          </span>
          <button type="button" onClick={drafts.dismissError}>
            Dismiss
          </button>
        </div>
      )}
      <div ref={host} className="bw-code-editor-host" data-testid="bw-code-editor" />
    </div>
  );
}
