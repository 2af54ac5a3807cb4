// The page code-editor.int.test.ts loads in Chromium: an editable <CodeView/> of the project named
// in the query, in a provider whose client talks to the real handler at /api, with buttons to
// switch between two files.
import { createBuilderClient } from '@buildwright/client';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { BuilderProvider } from '../context/builder-provider.js';
import { CodeView } from './code-view.js';

const client = createBuilderClient({ baseUrl: '/api' });
const projectId = new URLSearchParams(location.search).get('project')!;

function Page() {
  const [path, setPath] = useState('src/App.tsx');
  return (
    <BuilderProvider client={client} projectId={projectId}>
      <nav>
        {['src/App.tsx', 'src/styles.css'].map((file) => (
          <button key={file} type="button" data-file={file} onClick={() => setPath(file)}>
            {file}
          </button>
        ))}
      </nav>
      <CodeView path={path} editable />
    </BuilderProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Page />
  </StrictMode>,
);
