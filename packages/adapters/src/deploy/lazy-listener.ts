import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { BuildwrightError } from '@buildwright/core';

/** An HTTP server that starts listening on the first `serve()` (deploy adapters' front door). */
export interface LazyListener {
  /** Listens (once; later calls share it) and resolves with the port. A failed listen can be retried. */
  serve(): Promise<{ port: number }>;
  /** Drops open connections and stops listening; `serve()` listens again afterwards. */
  close(): Promise<void>;
}

export interface LazyListenerOptions {
  /** The adapter's name, for the error (`staticDeploy`). */
  adapter: string;
  host: string;
  port: number;
  handle(request: IncomingMessage, response: ServerResponse): Promise<void>;
  /** Runs once listening, before `serve()` resolves (a failure there does not stop the listener). */
  afterListen?(): Promise<void>;
}

/**
 * The listener both local deploy adapters put in front of their deployments: a request whose
 * handler throws gets a 500, and a port in use is `DEPLOY_FAILED` saying how to pick another.
 *
 * @example
 * const listener = lazyListener({ adapter: 'staticDeploy', host, port, handle: answer });
 * const { port } = await listener.serve();
 */
export function lazyListener(options: LazyListenerOptions): LazyListener {
  let listening: Promise<{ server: Server; port: number }> | undefined;
  return {
    serve() {
      listening ??= new Promise<{ server: Server; port: number }>((done, fail) => {
        const server = createServer((request, response) => {
          options.handle(request, response).catch(() => {
            if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
            response.end('internal error');
          });
        });
        server.once('error', (error) => {
          listening = undefined;
          fail(
            new BuildwrightError({
              code: 'DEPLOY_FAILED',
              message: `${options.adapter} could not listen on ${options.host}:${options.port} (${error.message}). Free the port or give another one with ${options.adapter}({ port }).`,
              cause: error,
            }),
          );
        });
        server.listen(options.port, options.host, () => {
          void (options.afterListen?.() ?? Promise.resolve()).catch(() => {}).then(() => done({ server, port: (server.address() as { port: number }).port }));
        });
      });
      return listening.then(({ port }) => ({ port }));
    },
    async close() {
      const current = listening;
      listening = undefined;
      const opened = await current?.catch(() => undefined);
      if (!opened) return;
      opened.server.closeAllConnections();
      await new Promise<void>((done) => opened.server.close(() => done()));
    },
  };
}
