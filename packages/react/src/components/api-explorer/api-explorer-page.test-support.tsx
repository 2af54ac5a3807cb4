// The page api-explorer.int.test.ts loads in Chromium: <ApiExplorer/> in a provider whose client's
// snapshot is folded from the events of an API run, as many of them as the test asks for.
import type { BuilderClient, BuilderSnapshot, EventInput } from '@buildwright/client';
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

Object.assign(window, { showRun, eventCount: apiRunEvents.length });
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BuilderProvider client={client}>
      <ApiExplorer />
    </BuilderProvider>
  </StrictMode>,
);
