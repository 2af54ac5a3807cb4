// The page api-explorer.int.test.ts loads in Chromium: <ApiExplorer/> in a provider whose client's
// snapshot is folded from the events of an API run, as many of them as the test asks for.
import { createRunView, foldEvent, type BuilderClient, type BuilderSnapshot, type EventInput } from '@buildwright/client';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BuilderProvider } from '../../context/builder-provider.js';
import { ApiExplorer } from './api-explorer.js';
import { apiRunEvents, apiRunSnapshot } from './api-run-events.test-support.js';

let snapshot: BuilderSnapshot = apiRunSnapshot(0);
const listeners = new Set<() => void>();
const client = {
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
  getSnapshot: () => snapshot,
} as unknown as BuilderClient;

/** Shows the client after the first `count` events of the run, its preview (the live API) at `apiUrl`. */
function showRun(count: number, apiUrl: string) {
  const events = apiRunEvents.map((event): EventInput => (event.type === 'preview.ready' ? { ...event, url: apiUrl, docsUrl: `${apiUrl}/docs` } : event));
  snapshot = apiRunSnapshot(count, undefined, events);
  for (const listener of listeners) listener();
}

/** Starts an edit run of the project, as the client does: a new run view without contract results, then its run.started. */
function startEdit() {
  const run = createRunView({ id: 'r2', projectId: 'p', mode: 'edit', prompt: 'add a due date', kind: 'api' });
  snapshot = foldEvent({ ...snapshot, run }, { type: 'run.started', mode: 'edit', prompt: 'add a due date', kind: 'api', runId: 'r2', projectId: 'p', seq: 1, at: new Date(0).toISOString() });
  for (const listener of listeners) listener();
}

Object.assign(window, { showRun, startEdit, eventCount: apiRunEvents.length });
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BuilderProvider client={client}>
      <ApiExplorer />
    </BuilderProvider>
  </StrictMode>,
);
