// Shared by the HTTP handler and client tests (not exported from the package).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createBuilderClient } from '@buildwright/client';
import type { Builder } from '../builder/create-builder.js';
import type { Transcript } from '../protocol/transcript.js';
import { createBuilderHandler } from './create-builder-handler.js';
import { toNodeListener } from './node-listener.js';

/** Files of the app the test transcript generates. */
export const appFiles = {
  'index.html':
    '<!doctype html>\n<html><head><title>Counter</title><link rel="stylesheet" href="style.css"></head>\n<body><h1 id="title">Hello from Buildwright</h1><button id="count">count is 0</button><script src="app.js"></script></body></html>\n',
  'style.css': 'body { font-family: sans-serif; }\n',
  'app.js': "let count = 0;\nconst button = document.getElementById('count');\nbutton.addEventListener('click', () => { count += 1; button.textContent = `count is ${count}`; });\n",
};

/** A two-step generation (page, then logic) with streamed prose, then an edit run renaming the title. */
export function appTranscript(): Transcript {
  const write = (path: keyof typeof appFiles, content = appFiles[path]) => ({ name: 'write_file', arguments: { path, content } });
  const finish = (summary: string) => ({ node: 'build', toolCalls: [{ name: 'finish', arguments: { summary } }] });
  return {
    format: 'buildwright.transcript/v1',
    turns: [
      {
        node: 'plan',
        text: 'I will build a counter page in two steps.',
        toolCalls: [
          {
            name: 'submit_plan',
            arguments: {
              title: 'Counter',
              summary: 'A page with a title and a counter button.',
              steps: [
                { id: 'page', title: 'Write the page and styles', files: ['index.html', 'style.css'] },
                { id: 'logic', title: 'Add the counter logic', files: ['app.js'] },
              ],
            },
          },
        ],
      },
      { node: 'build', text: 'Writing the page and its styles.', toolCalls: [write('index.html'), write('style.css')] },
      finish('Page written.'),
      { node: 'build', text: 'Adding the click counter.', toolCalls: [write('app.js')] },
      finish('Counter added.'),
      {
        node: 'plan',
        toolCalls: [{ name: 'submit_plan', arguments: { title: 'Rename', summary: 'Change the title.', steps: [{ id: 'title', title: 'Change the title', files: ['index.html'] }] } }],
      },
      {
        node: 'build',
        text: 'Changing the title.',
        toolCalls: [{ name: 'edit_file', arguments: { path: 'index.html', edits: [{ search: 'Hello from Buildwright', replace: 'Edited by Buildwright' }] } }],
      },
      finish('Title changed.'),
    ],
  };
}

/** Serves a Web handler over real HTTP on 127.0.0.1 (a random port). */
export async function serve(handler: (request: Request) => Promise<Response>): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const server = createServer(toNodeListener(handler));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface HttpGeneration {
  runId: string;
  projectId: string;
  /** The terminal status the client saw (`completed` when all went well). */
  status: string;
  /** The current version's files. */
  files: Record<string, string>;
  /** The project's version numbers, oldest first. */
  versions: number[];
}

/**
 * Generates a web app through `@buildwright/client` against a mounted handler (a POST with a JSON
 * body, then the SSE stream until the run ends), then reads the files and versions over HTTP.
 */
export async function generateOverHttp(baseUrl: string, prompt = 'a counter page'): Promise<HttpGeneration> {
  const client = createBuilderClient({ baseUrl });
  try {
    const { runId, projectId } = await client.generate(prompt, 'web');
    const ended = ['completed', 'failed', 'cancelled'];
    const status = await new Promise<string>((resolve) => {
      const settle = () => {
        const current = client.getSnapshot().run?.status;
        if (current && ended.includes(current)) unsubscribe(), resolve(current);
      };
      const unsubscribe = client.subscribe(settle);
      settle();
    });
    const get = async <T>(path: string) => (await (await fetch(`${baseUrl}/projects/${projectId}/${path}`)).json()) as T;
    const [{ files }, { versions }] = await Promise.all([get<{ files: Record<string, string> }>('files'), get<{ versions: Array<{ number: number }> }>('versions')]);
    return { runId, projectId, status, files, versions: versions.map((version) => version.number) };
  } finally {
    client.close();
  }
}

/**
 * The builder's handler, authorizing the owner named by the `x-owner` header, and `call`, which
 * sends a request to it as `owner` (with a JSON body when given).
 */
export function ownerHeaderHandler(builder: Builder) {
  const handler = createBuilderHandler(builder, { authorize: (request) => request.headers.get('x-owner') ?? Promise.reject(new Error('no owner header')) });
  const call = async (method: string, path: string, json?: unknown, owner = 'alice') =>
    handler(
      new Request(`http://test${path}`, {
        method,
        headers: { 'x-owner': owner, ...(json === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(json === undefined ? {} : { body: JSON.stringify(json) }),
      }),
    );
  return { handler, call };
}
