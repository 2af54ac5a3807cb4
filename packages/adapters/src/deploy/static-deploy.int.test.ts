import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../checks/chromium-launch.js';
import { webRuns } from '../checks/web-run.test-support.js';
import { pgliteStorage } from '../pglite/index.js';
import { freePort, get, getBytes } from './deploy.test-support.js';
import { staticDeploy, type StaticDeployAdapter } from './static-deploy.js';

// Acceptance of the deploy port for web apps: scripted model, real local sandbox (the deploy build
// runs there, never on this machine), PGlite storage and a deploy directory on disk, real Chromium.
const fixture = (name: string) => fileURLToPath(new URL(`../checks/fixtures/${name}`, import.meta.url));
const runs = webRuns();
afterAll(() => runs.cleanup());

async function openInChromium(url: string): Promise<{ heading: string; afterClick: string; errors: string[] }> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: chromiumPath(undefined), args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url, { waitUntil: 'load' });
    const heading = await page.locator('h1').innerText();
    await page.getByRole('button').click();
    await page.getByText('Clicked 1 times').waitFor();
    return { heading, afterClick: await page.getByRole('button').innerText(), errors };
  } finally {
    await browser.close();
  }
}

/** What a page of `second` reads from localStorage after a page of `first` wrote to it, in one browser. */
async function storageSeenAcross(first: string, second: string): Promise<{ own: string | null; other: string | null }> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: chromiumPath(undefined), args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    const page = await browser.newPage();
    await page.goto(first, { waitUntil: 'load' });
    await page.evaluate(() => localStorage.setItem('secret', 'written by the first app'));
    await page.goto(second, { waitUntil: 'load' });
    const other = await page.evaluate(() => localStorage.getItem('secret'));
    await page.goto(first, { waitUntil: 'load' });
    return { own: await page.evaluate(() => localStorage.getItem('secret')), other };
  } finally {
    await browser.close();
  }
}

describe('staticDeploy end to end (generate, build in the sandbox, restart, Chromium)', () => {
  it('default: generate → deploy → restart → the URL serves the app in Chromium; v2 moves the alias, v1 still serves v1; undeploy → 404', async () => {
    const dataDir = join(runs.root, 'data');
    const dir = join(runs.root, 'deployments');
    const port = await freePort();
    const first = runs.builder(fixture('counter-app.json'), { storage: pgliteStorage({ dataDir }), deploy: { static: staticDeploy({ dir, port }) } }).builder;
    const run = first.generate({ prompt: 'A counter app: a heading and a button that counts clicks', kind: 'web' });
    await run.result;
    const v1 = await first.deploy(run.projectId);
    expect(v1).toMatchObject({ status: 'ready', versionNumber: 1, target: 'static' });
    expect(v1.url).toMatch(new RegExp(`^http://[a-z0-9-]+-v1-[0-9a-f]{8}\\.localhost:${port}/$`));
    await first.close();

    // A new process: new storage, builder and adapter on the same directories.
    const second = runs.builder(fixture('counter-app.json'), { storage: pgliteStorage({ dataDir }), deploy: { static: staticDeploy({ dir, port }) } }).builder;
    await (second.options.deploy!.static as StaticDeployAdapter).serve();
    const [stored] = await second.listDeployments(run.projectId);
    expect(stored).toMatchObject({ id: v1.id, url: v1.url, aliasUrl: v1.aliasUrl, status: 'ready' });
    const page = await openInChromium(v1.url!);
    expect(page).toEqual({ heading: 'Click counter', afterClick: 'Clicked 1 times', errors: [] });

    // Version 2 changes the heading and its Vite config emits a binary asset (as a font or image a
    // package ships would be); its deployment takes the alias, version 1's URL still serves version 1.
    const { files } = await second.files(run.projectId);
    const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe, 0x80];
    const emitsPng = `{ name: 'logo', generateBundle() { this.emitFile({ type: 'asset', fileName: 'logo.png', source: new Uint8Array(${JSON.stringify(png)}) }); } }`;
    await second.options.storage.createVersion({
      ownerId: 'local',
      projectId: run.projectId,
      runId: null,
      message: 'New heading',
      files: {
        ...files,
        'src/App.tsx': files['src/App.tsx']!.replace('Click counter', 'Counter two'),
        'vite.config.ts': files['vite.config.ts']!.replace('plugins: [', `plugins: [${emitsPng}, `),
      },
    });
    const v2 = await second.deploy(run.projectId);
    expect(v2).toMatchObject({ versionNumber: 2, aliasUrl: v1.aliasUrl });
    const logo = await getBytes(v2.url!, port, '/logo.png');
    expect([logo.status, logo.headers['content-type']]).toEqual([200, 'image/png']);
    expect(Array.from(logo.body)).toEqual(png);
    expect((await openInChromium(v2.aliasUrl!)).heading).toBe('Counter two');
    expect((await openInChromium(v1.url!)).heading).toBe('Click counter');
    // Each deployment is its own origin: one app cannot read what another stored.
    expect(await storageSeenAcross(v1.url!, v2.url!)).toEqual({ own: 'written by the first app', other: null });
    expect((await second.listDeployments(run.projectId)).map((deployment) => [deployment.versionNumber, deployment.aliasUrl !== null])).toEqual([
      [2, true],
      [1, false],
    ]);

    await second.undeploy(v2.id);
    expect((await get(v2.url!, port)).status).toBe(404);
    expect((await openInChromium(v1.aliasUrl!)).heading).toBe('Click counter');
    await second.undeploy(v1.id);
    expect((await get(v1.url!, port)).status).toBe(404);
    expect((await get(v1.aliasUrl!, port)).status).toBe(404);
  }, 600_000);
});
