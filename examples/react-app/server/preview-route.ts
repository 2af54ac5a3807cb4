import type { Builder } from '@buildwright/core';

const types: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  svg: 'image/svg+xml',
  txt: 'text/plain; charset=utf-8',
};

/** Content type of a file name, for the preview and the page. */
export function contentType(path: string): string {
  return types[path.slice(path.lastIndexOf('.') + 1).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Serves the current version's files of a project at `<basePath>/<projectId>/<path>` (plain
 * HTML + JS apps need no bundler). Only for the demo: production previews come from the sandbox.
 *
 * @example
 * if (url.pathname.startsWith('/preview/')) return previewResponse(builder, 'demo', url.pathname.slice('/preview/'.length));
 */
export async function previewResponse(builder: Builder, ownerId: string, rest: string): Promise<Response> {
  const [projectId = '', ...parts] = rest.split('/');
  const path = decodeURIComponent(parts.join('/')) || 'index.html';
  const page = (status: number, text: string) =>
    new Response(`<!doctype html><meta charset="utf-8"><body style="font-family:sans-serif;color:#666;display:grid;place-items:center;height:90vh"><p>${text}</p>`, {
      status,
      headers: { 'content-type': 'text/html; charset=utf-8' },
    });
  let files: Record<string, string>;
  try {
    files = (await builder.files(decodeURIComponent(projectId), { ownerId })).files;
  } catch {
    return page(404, 'The app has no version yet; it appears when the run has stored one.');
  }
  const content = files[path] ?? (path.endsWith('/') ? files[`${path}index.html`] : undefined);
  if (content === undefined) return page(404, `No file ${path} in this version.`);
  return new Response(content, { status: 200, headers: { 'content-type': contentType(path), 'cache-control': 'no-store' } });
}
