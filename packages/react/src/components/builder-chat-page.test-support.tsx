// The page builder-chat.int.test.ts loads in Chromium: <BuilderChat/> over a real client and handler
// at /api, with run metadata, a renderPart slot for summaries, and German labels with `?lang=de`.
import { createBuilderClient, type ChatFinishInfo } from '@buildwright/client';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BuilderChat } from './builder-chat.js';

const client = createBuilderClient({ baseUrl: '/api' });
const german = new URLSearchParams(location.search).get('lang') === 'de';
const finished: { runId: string; isAbort: boolean }[] = [];
(window as unknown as { finished: typeof finished }).finished = finished;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <main style={{ height: '100vh' }}>
      <BuilderChat
        client={client}
        metadata={{ plan: 'pro' }}
        onFinish={(info: ChatFinishInfo) => finished.push({ runId: info.run.id, isAbort: info.isAbort })}
        renderPart={(part, message, content) =>
          part.type === 'summary' ? (
            <div className="custom-summary" data-run={message.runId}>
              {content}
            </div>
          ) : undefined
        }
        {...(german ? { labels: { chatTitle: 'Baumeister', build: 'Bauen', send: 'Senden', regenerate: 'Nochmal', plan: 'Plan', speakers: { user: 'Sie' } } } : {})}
      />
    </main>
  </StrictMode>,
);
