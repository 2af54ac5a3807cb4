import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.js';

/**
 * The dashboard (`web/`, built by `npm run web:build`) under `/app/`: its hashed assets as files
 * (cached a year), every other `/app/…` path the page itself (`index.html`, not cached), which
 * routes in the browser. `/` sends a browser there. Under a prefix of its own, a page never
 * shadows an API route (`/billing` is JSON, `/app/billing` the billing page).
 *
 * @example
 * app.route('/', webRoutes('/srv/hosted-server/web/dist'));
 */
export function webRoutes(webDir: string): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/', (context) => context.redirect('/app/'));
  app.get('/app', (context) => context.redirect('/app/'));
  app.get(
    '/app/assets/*',
    serveStatic({
      root: webDir,
      rewriteRequestPath: (path) => path.slice('/app'.length),
      onFound: (_path, context) => context.header('cache-control', 'public, max-age=31536000, immutable'),
    }),
  );
  app.get('/app/*', serveStatic({ root: webDir, path: 'index.html', onFound: (_path, context) => context.header('cache-control', 'no-cache') }));
  return app;
}
