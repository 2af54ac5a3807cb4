import { ApiExplorer, BuilderChat, BuilderProvider, CodeView, FileTree, Preview, VersionHistory } from '@buildwright/react';
import { useState } from 'react';

/** The example page: the chat on the left; the preview, files, code, versions (and, for an API project, its operations) on the right. */
export function App() {
  const [path, setPath] = useState<string | null>('index.html');
  return (
    <BuilderProvider baseUrl="/api">
      <div className="layout">
        <BuilderChat title="Buildwright" className="chat" />
        <div className="workspace">
          <Preview className="preview" />
          <div className="files">
            <section aria-label="Project files" className="tree-panel">
              <h2>Files</h2>
              <FileTree selectedPath={path} onSelect={setPath} />
            </section>
            {path ? <CodeView path={path} className="code" /> : <p>Select a file.</p>}
          </div>
          <section aria-label="Version history" className="history">
            <h2>Versions</h2>
            <VersionHistory />
          </section>
          {/* Renders nothing unless the project is an API (kind 'api'). */}
          <ApiExplorer className="api" />
        </div>
      </div>
    </BuilderProvider>
  );
}
