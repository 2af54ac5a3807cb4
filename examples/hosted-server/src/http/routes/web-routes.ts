import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';

/** The last segment of `path` names a file (`app.js`, `logo.png`), not a page of the dashboard (`projects`, `<uuid>`). */
export const namesFile = (path: string): boolean => /\.[A-Za-z0-9]+$/.test(path.slice(path.lastIndexOf('/') + 1));

/** Files of `webDir` (`/app/x` → `<webDir>/x`, or always `path`) with `cache-control`; a missing one goes to `next`. */
function filesOf(webDir: string, cacheControl: string, path?: string): MiddlewareHandler<AppEnv> {
  const serve = serveStatic<AppEnv>({ root: webDir, ...(path ? { path } : { rewriteRequestPath: (requested: string) => requested.slice('/app'.length) }) });
  return async (context, next) => {
    // serveStatic's onFound runs once the response is made, too late for a header: set it on the response.
    const response = await serve(context, next);
    if (response instanceof Response) response.headers.set('cache-control', cacheControl);
    return response;
  };
}

/**
 * The dashboard (`web/`, built by `npm run web:build`) under `/app/`: its hashed assets as files
 * (cached a year), other files of the build as files (not cached), and every other `/app/…` path
 * without a file extension (outside `assets/`) the page itself (`index.html`, not cached), which
 * routes in the browser. A missing file (`/app/assets/index-old.js` after a deploy, `/app/logo.png`)
 * is the service's 404, never the page: a browser must not run HTML as a script or cache it as an
 * asset. `/` sends a browser there. Under a prefix of its own, a page never shadows an API route
 * (`/billing` is JSON, `/app/billing` the billing page).
 *
 * @example
 * app.route('/', webRoutes('/srv/hosted-server/web/dist'));
 */
export function webRoutes(webDir: string): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const assets = filesOf(webDir, 'public, max-age=31536000, immutable');
  const files = filesOf(webDir, 'no-cache');
  const page = filesOf(webDir, 'no-cache', 'index.html');
  app.get('/', (context) => context.redirect('/app/'));
  app.get('/app', (context) => context.redirect('/app/'));
  app.get('/app/assets/*', assets);
  // A file that is not there (and anything under assets/ that is not) falls through to the service's 404 (`NOT_FOUND`).
  app.get('/app/*', (context, next) => (namesFile(context.req.path) || context.req.path.startsWith('/app/assets/') ? files(context, next) : page(context, next)));
  return app;
}
