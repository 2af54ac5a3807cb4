import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { namesFile, webRoutes } from './web-routes.js';

let webDir: string;
beforeAll(async () => {
  webDir = await mkdtemp(join(tmpdir(), 'hs-web-routes-'));
  await mkdir(join(webDir, 'assets'));
  await writeFile(join(webDir, 'index.html'), '<!doctype html><div id="root"></div>');
  await writeFile(join(webDir, 'assets/index-abc123.js'), 'console.log("dashboard");');
  await writeFile(join(webDir, 'robots.txt'), 'User-agent: *');
});
afterAll(async () => {
  await rm(webDir, { recursive: true, force: true });
});

const get = async (path: string) => {
  const response = await webRoutes(webDir).request(path);
  return { status: response.status, type: response.headers.get('content-type'), cache: response.headers.get('cache-control'), body: await response.text() };
};

describe('webRoutes', () => {
  it('default: a hashed asset is the file, cached a year; a page path is index.html, not cached', async () => {
    expect(await get('/app/assets/index-abc123.js')).toMatchObject({ status: 200, cache: 'public, max-age=31536000, immutable', body: 'console.log("dashboard");' });
    for (const path of ['/app/', '/app/projects/3f2a', '/app/licences']) expect(await get(path)).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', cache: 'no-cache' });
  });

  it('behavior: another file of the build is served as itself, not cached', async () => {
    expect(await get('/app/robots.txt')).toMatchObject({ status: 200, cache: 'no-cache', body: 'User-agent: *' });
  });

  it('error: a missing asset or file is a 404, never the page', async () => {
    for (const path of ['/app/assets/index-old.js', '/app/assets/logo.png', '/app/assets/nested/chunk.css', '/app/assets/no-extension', '/app/favicon.ico', '/app/projects/style.css']) {
      const answer = await get(path);
      expect([path, answer.status, answer.body.includes('<div id="root">')]).toEqual([path, 404, false]);
    }
  });

  it('args: namesFile tells a file from a page path by the last segment', () => {
    expect([namesFile('/app/assets/a.js'), namesFile('/app/logo.PNG'), namesFile('/app/projects/3f2a'), namesFile('/app/v1.2/projects'), namesFile('/app/')]).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});
