import { BuilderChat, BuilderProvider, CodeView, ContractCard, FileTree, Preview, RunPlan, VersionHistory, useBuilder, useFiles, useProject } from '@buildwright/react';
import { useEffect, useState } from 'react';
import { api, authHeaders } from '../api.js';
import { navigate } from '../router.js';
import { runSocketEvents } from '../run-socket-events.js';
import { ErrorNote, useApi } from '../use-api.js';

/** What `GET /me` says about the chains a DApp may deploy to (`CHAINS`, `DEFAULT_CHAIN`). */
interface MeChains {
  chains: { names: string[]; default: string };
}

/**
 * The builder: the chat on the left (a new DApp offers the chains of `GET /me`); the plan, the preview (through the server's owner-scoped
 * preview link, so the browser never needs the sandbox's address), the files with an editable code
 * view, the versions with Restore, and Export ZIP on the right. Runs are followed over the API's
 * run socket (`runSocketEvents`), not the builder's SSE.
 */
export function BuilderPage({ projectId }: { projectId: string | null }) {
  return (
    <BuilderProvider baseUrl="/api/builder" headers={authHeaders} runEvents={runSocketEvents} {...(projectId ? { projectId } : {})}>
      <Workspace />
    </BuilderProvider>
  );
}

/** A fresh preview link each time the project's files change version (a run, a save, a restore). */
function usePreviewLink(projectId: string | undefined, version: number | null): { url: string | null; error: unknown } {
  const [state, setState] = useState<{ url: string | null; error: unknown }>({ url: null, error: null });
  useEffect(() => {
    if (!projectId || version === null) return;
    let live = true;
    api<{ url: string }>('GET', `/projects/${projectId}/preview`).then(
      ({ url }) => live && setState({ url, error: null }),
      (error: unknown) => live && setState({ url: null, error }),
    );
    return () => {
      live = false;
    };
  }, [projectId, version]);
  return state;
}

function Workspace() {
  const client = useBuilder();
  const project = useProject();
  const files = useFiles();
  const [path, setPath] = useState<string | null>('index.html');
  const [failure, setFailure] = useState<unknown>(null);
  const preview = usePreviewLink(project?.id, files.version);
  // A new DApp's chain: the configured ones, the default first (it is selected).
  const me = useApi<MeChains>('/me').data;
  const chains = me ? [me.chains.default, ...me.chains.names.filter((name) => name !== me.chains.default)] : [];
  // A new app gets its address once its first run made the project.
  useEffect(() => {
    if (project?.id && window.location.pathname !== `/app/projects/${project.id}`) navigate(`/projects/${project.id}`, { replace: true });
  }, [project?.id]);
  const exportZip = async () => {
    try {
      const zip = await client.exportZip();
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([zip as BlobPart], { type: 'application/zip' }));
      link.download = `${project?.name ?? 'project'}-v${files.version ?? 0}.zip`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    } catch (error) {
      setFailure(error);
    }
  };
  return (
    <div className="builder">
      <BuilderChat title={project?.name ?? 'New app'} className="chat" chains={chains} />
      <div className="workspace">
        <section aria-label="Preview" className="card">
          <div className="toolbar">
            <strong>Preview</strong>
            {files.version !== null && <span data-testid="files-version">version {files.version}</span>}
            <button type="button" onClick={exportZip} disabled={files.version === null}>
              Export ZIP
            </button>
          </div>
          <ErrorNote error={preview.error ?? failure} />
          <Preview url={preview.url} version={files.version} />
        </section>
        <section aria-label="Plan" className="card">
          <RunPlan />
          <ContractCard />
        </section>
        <section aria-label="Files" className="card files">
          <FileTree selectedPath={path} onSelect={setPath} />
          {path ? <CodeView path={path} editable /> : <p>Select a file.</p>}
        </section>
        <section aria-label="Versions" className="card">
          <h2>Versions</h2>
          <VersionHistory />
        </section>
      </div>
    </div>
  );
}
