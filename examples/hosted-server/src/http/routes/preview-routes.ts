import { Hono } from 'hono';
import { getMimeType } from 'hono/utils/mime';
import { previewTokens } from '../../previews/preview-tokens.js';
import { livePreviewUrl } from '../../previews/preview-source.js';
import type { AppEnv } from '../app-env.js';
import { HttpError, notFound } from '../http-error.js';
import type { RouteKit } from '../route-kit.js';

/** How long a preview link works. */
const previewTtlSeconds = 30 * 60;

/**
 * Owner-scoped previews. `GET /projects/:id/preview` (builder:read) answers a link
 * `/previews/<token>/` valid 30 minutes; that path serves the project to whoever holds the link
 * (an iframe), proxying to the live preview its last run announced when there is one, else serving
 * the stored files of the current version. The browser never needs the sandbox's address.
 */
export function previewRoutes({ services, guard }: RouteKit): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const storage = services.shared.storage;
  const tokens = previewTokens({ secret: services.config.jwtSecret, ttlSeconds: previewTtlSeconds, clock: services.clock });
  app.get('/projects/:id/preview', guard('builder:read'), async (context) => {
    const userId = context.get('principal').userId;
    const projectId = context.req.param('id');
    if (!(await storage.getProject({ ownerId: userId, projectId }))) throw notFound('project');
    return context.json({ url: `${services.config.publicUrl}/previews/${await tokens.issue(userId, projectId)}/`, expiresInSeconds: previewTtlSeconds });
  });
  app.get('/previews/:token/*', async (context) => {
    const grant = await tokens.verify(context.req.param('token'));
    if (!grant) throw new HttpError(401, 'UNAUTHORIZED', 'This preview link expired or is not valid: open the preview again from the project.');
    if (!(await storage.getProject({ ownerId: grant.userId, projectId: grant.projectId }))) throw notFound('project');
    const prefix = `/previews/${context.req.param('token')}/`;
    const rest = context.req.path.startsWith(prefix) ? context.req.path.slice(prefix.length) : '';
    const live = await livePreviewUrl(storage, grant.userId, grant.projectId);
    if (live) {
      const upstream = new URL(rest + new URL(context.req.url).search, live.endsWith('/') ? live : `${live}/`);
      const response = await fetch(upstream, { redirect: 'manual', signal: AbortSignal.timeout(15_000) }).catch(() => undefined);
      if (response)
        return new Response(response.body, { status: response.status, headers: { 'content-type': response.headers.get('content-type') ?? 'application/octet-stream', 'cache-control': 'no-store' } });
      // The sandbox is gone: fall back to the stored version.
    }
    const stored = await storage.getVersionFiles({ ownerId: grant.userId, projectId: grant.projectId });
    if (!stored) throw new HttpError(404, 'NOT_FOUND', 'The project has no version yet: it appears once a run stored one.');
    const path = decodeURIComponent(rest) || 'index.html';
    const content = stored.files[path] ?? stored.files[`${path.replace(/\/$/, '')}/index.html`];
    if (content === undefined) throw new HttpError(404, 'NOT_FOUND', `No file ${path} in version ${stored.version.number}.`);
    return new Response(content, { headers: { 'content-type': getMimeType(path) ?? 'application/octet-stream', 'cache-control': 'no-store', 'x-preview-version': String(stored.version.number) } });
  });
  return app;
}
