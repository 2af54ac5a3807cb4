/**
 * A dependency-free static file server for built apps, run inside the sandbox with
 * `node <script> <directory>` on `$PORT`. It reads files on every request (a rebuild is served
 * at once, no restart), falls back to index.html for extension-less paths (client routing; such
 * an answer carries \`x-buildwright-fallback: index.html\`, so a check can tell an API call that got
 * the page instead of data), sends no-store caching headers and refuses paths outside the directory.
 */
export const staticServerScript = `import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const root = join(process.cwd(), process.argv[2] ?? 'dist');
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp', '.ico': 'image/x-icon',
  '.woff': 'font/woff', '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8', '.wasm': 'application/wasm', '.map': 'application/json',
};

createServer(async (request, response) => {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://local').pathname);
  } catch {
    response.writeHead(400).end();
    return;
  }
  const file = normalize(join(root, pathname));
  if (file !== root && !file.startsWith(root + sep)) {
    response.writeHead(403).end();
    return;
  }
  const send = (body, path, headers = {}) => response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...headers }).end(body);
  try {
    send(await readFile(file), file);
  } catch {
    if (extname(pathname)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    try {
      send(await readFile(join(root, 'index.html')), 'index.html', { 'x-buildwright-fallback': 'index.html' });
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('no index.html');
    }
  }
}).listen(Number(process.env.PORT), '127.0.0.1');
`;
