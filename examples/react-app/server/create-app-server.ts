import type { Builder } from '@buildwright/core';
import { createBuilderHandler, type BuilderHandler } from '@buildwright/core/http';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join, normalize } from 'node:path';
import { sendWebResponse, toWebRequest } from '@buildwright/core/node-http';
import { contentType, previewResponse } from './preview-route.js';

export interface AppServerOptions {
  builder: Builder;
  /** The built page (`vite build` output). */
  staticDir: string;
  /** Wraps the API handler (tests use it to cut event streams). */
  wrapHandler?(handler: BuilderHandler): BuilderHandler;
}

/** The one user of this demo; a real app returns the signed-in user's id from its session. */
export const demoOwner = 'demo';

/**
 * The example's server: the Buildwright handler under `/api`, the demo preview under
 * `/preview/<projectId>/`, and the built page for everything else.
 *
 * @example
 * createAppServer({ builder, staticDir: 'dist' }).listen(5174);
 */
export function createAppServer(options: AppServerOptions): Server {
  const handler = createBuilderHandler(options.builder, { basePath: '/api', authorize: () => demoOwner });
  const api = options.wrapHandler ? options.wrapHandler(handler) : handler;
  return createServer(async (incoming, outgoing) => {
    try {
      const path = new URL(incoming.url ?? '/', 'http://localhost').pathname;
      if (path === '/api' || path.startsWith('/api/')) return await sendWebResponse(outgoing, await api(toWebRequest(incoming, outgoing)));
      if (path.startsWith('/preview/')) return await sendWebResponse(outgoing, await previewResponse(options.builder, demoOwner, path.slice('/preview/'.length)));
      await sendWebResponse(outgoing, await staticFile(options.staticDir, path));
    } catch (error) {
      console.error(error);
      if (!outgoing.headersSent) outgoing.writeHead(500).end('Internal error');
      else outgoing.destroy();
    }
  });
}

async function staticFile(root: string, path: string): Promise<Response> {
  const relative = normalize(decodeURIComponent(path)).replace(/^([/\\]|\.\.)+/, '');
  for (const candidate of [relative || 'index.html', 'index.html']) {
    try {
      const body = await readFile(join(root, candidate));
      return new Response(body, { headers: { 'content-type': contentType(candidate) } });
    } catch {
      // Not a file of the build: single-page fallback to index.html.
    }
  }
  return new Response('Build the page first: pnpm --filter react-app build', { status: 404 });
}
