import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signLicenceKey } from '../licences/licence-keys.js';
import { accountWithRole, call, waitFor } from '../testing/api-client.js';
import { readRunSse } from '../testing/run-streams.js';
import { runUntilEnded } from '../testing/run-until-ended.js';
import { signedStripeEvent } from '../testing/stripe-events.js';
import { startStripeStandIn } from '../testing/stripe-stand-in.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import { startWebhookReceiver } from '../testing/webhook-receiver.js';
import { verifyWebhook } from '../webhooks/webhook-signature.js';

// The whole product in Chromium, as a customer uses it: the dashboard built by Vite and served by the
// API (production mode), a worker in this process, real Postgres and Redis (a database and a Redis
// prefix of this file's own), the scripted model, Stripe's API as the local stand-in.
const exampleDir = fileURLToPath(new URL('../../', import.meta.url));
const screenshotsDir = process.env.SCREENSHOTS_DIR ?? join(exampleDir, 'screenshots');
const stripeWebhookSecret = 'whsec_e2e_dashboard_secret';
const freeGenerations = 2;

let webDir: string;
let server: TestServer;
let stripe: Awaited<ReturnType<typeof startStripeStandIn>>;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  webDir = await mkdtemp(join(tmpdir(), 'hs-web-'));
  await build({ configFile: join(exampleDir, 'web/vite.config.ts'), build: { outDir: webDir, emptyOutDir: true }, logLevel: 'error' });
  stripe = await startStripeStandIn();
  receiver = await startWebhookReceiver();
  server = await startTestServer({
    worker: true,
    environment: {
      WEB_DIR: webDir,
      PLAN_FREE_GENERATIONS: String(freeGenerations),
      STRIPE_SECRET_KEY: 'sk_test_e2e',
      STRIPE_WEBHOOK_SECRET: stripeWebhookSecret,
      STRIPE_PRICE_PRO: 'price_pro_monthly',
      STRIPE_PRICE_TEAM: 'price_team_monthly',
      STRIPE_API_BASE: stripe.url,
    },
  });
  await mkdir(screenshotsDir, { recursive: true });
  browser = await chromium.launch({
    executablePath: process.env.BUILDWRIGHT_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  await receiver?.close();
  await stripe?.close();
  if (webDir) await rm(webDir, { recursive: true, force: true });
});

let shots = 0;
async function screenshot(name: string): Promise<void> {
  const path = join(screenshotsDir, `${String(++shots).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path, fullPage: true });
}

const nav = () => page.getByRole('navigation', { name: 'Dashboard' });
/** The `<h1>` of the app in the preview frame (null while it loads). */
const previewTitle = () =>
  page
    .frameLocator('iframe[title="App preview"]')
    .locator('h1')
    .textContent()
    .catch(() => null);
const session = () => page.evaluate(() => JSON.parse(localStorage.getItem('hosted-server.session') ?? 'null') as { user: { id: string }; accessToken: string; refreshToken: string });
/** Signs out whoever is signed in, then logs in as `email` on the dashboard's form. */
async function logIn(email: string, password: string): Promise<void> {
  await page.goto(`${server.url}/app/`);
  const signOut = page.getByRole('button', { name: 'Sign out' });
  if (await signOut.isVisible()) await signOut.click();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await nav().getByText(email).waitFor();
}

/** One run socket the page opened: what it sent, and what reached it from the server. */
interface SocketRecord {
  url: string;
  sent: Array<{ type: string; token?: string; afterSeq?: number }>;
  received: Array<{ type: string; runId?: string; event?: { seq: number; type: string } }>;
}

/**
 * Passes the page's run sockets through to the server and records them; the first one is cut
 * (close 1011, as a restarting API would) after `cutFirstAfterEvents` events, so the page must
 * reconnect and resume from the last seq it has.
 */
async function recordRunSockets(target: Page, cutFirstAfterEvents: number): Promise<SocketRecord[]> {
  const sockets: SocketRecord[] = [];
  await target.routeWebSocket(/\/ws\/runs\//, (ws) => {
    const record: SocketRecord = { url: ws.url(), sent: [], received: [] };
    const cut = sockets.length === 0;
    sockets.push(record);
    const server = ws.connectToServer();
    let open = true;
    ws.onMessage((message) => {
      record.sent.push(JSON.parse(String(message)));
      server.send(message);
    });
    server.onMessage((message) => {
      if (!open) return;
      record.received.push(JSON.parse(String(message)));
      ws.send(message);
      if (cut && record.received.filter((item) => item.type === 'event').length === cutFirstAfterEvents) {
        open = false;
        ws.close({ code: 1011, reason: 'INTERNAL' });
        server.close();
      }
    });
  });
  return sockets;
}

describe('the dashboard in Chromium, end to end', () => {
  it('behavior: sign up → generate → preview through the proxy → edit → restore → ZIP → API key → a run by curl → signed run.completed webhook → Stripe upgrade → the higher quota applies', async () => {
    // Sign up.
    await page.goto(`${server.url}/`);
    expect(new URL(page.url()).pathname).toBe('/app/');
    // A deep link is the page (routed in the browser); the API's own paths stay the API's.
    const deepLink = await fetch(`${server.url}/app/projects/anything`);
    expect([deepLink.status, deepLink.headers.get('content-type'), deepLink.headers.get('cache-control')]).toEqual([200, 'text/html; charset=utf-8', 'no-cache']);
    expect((await call(server.url, 'GET', '/billing')).body.error.code).toBe('UNAUTHORIZED');
    await page.getByRole('button', { name: 'No account yet? Sign up' }).click();
    const email = `e2e-${Date.now()}@example.test`;
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('correct horse battery staple');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByRole('navigation', { name: 'Dashboard' }).getByText(email).waitFor();
    await screenshot('signed-up');
    const { user } = await session();

    // Generate an app in the builder; its first run gives the page the project's address. The page follows the run over
    // the API's run socket (never the builder's SSE); the first socket is cut after 3 events, and the page resumes.
    const sockets = await recordRunSockets(page, 3);
    const sseRequests: string[] = [];
    page.on('request', (request) => {
      if (/\/api\/builder\/runs\/[^/]+\/events/.test(request.url())) sseRequests.push(request.url());
    });
    await nav().getByRole('link', { name: 'New app' }).click();
    await page.getByPlaceholder('Describe the app to build…').fill('a counter page');
    await page.getByRole('form', { name: 'Prompt' }).getByRole('button', { name: 'Build' }).click();
    await page.waitForURL(/\/app\/projects\/[0-9a-f-]{36}$/);
    const projectId = page.url().split('/').at(-1)!;
    // The preview is the server's owner-scoped link (/previews/<token>/), never the sandbox's address.
    await expect.poll(previewTitle, { timeout: 60_000 }).toBe('Hello from Buildwright');
    expect(await page.locator('iframe[title="App preview"]').getAttribute('src')).toMatch(new RegExp(`^${server.url}/previews/[^/]+/`));
    await page.getByTestId('files-version').getByText('version 1').waitFor();
    await page.getByRole('region', { name: 'Plan', exact: true }).locator('li[data-step="logic"][data-status="done"]').waitFor();
    await screenshot('generated');
    // Over the socket: the access token in the first message (never the URL), the cut after seq 3, a second socket that
    // asked for the events after 3, and between the two every event once, in order, to run.completed and `end`.
    expect(sseRequests).toEqual([]);
    expect(sockets.map((socket) => new URL(socket.url).pathname)).toEqual([`/ws/runs/${sockets[0]!.received[0]!.runId}`, `/ws/runs/${sockets[0]!.received[0]!.runId}`]);
    expect(sockets.map((socket) => socket.sent)).toEqual([
      [{ type: 'follow', token: expect.stringMatching(/^ey/), afterSeq: 0 }],
      [{ type: 'follow', token: expect.stringMatching(/^ey/), afterSeq: 3 }],
    ]);
    expect(sockets[0]!.url).not.toContain(sockets[0]!.sent[0]!.token);
    const followed = sockets.flatMap((socket) => socket.received.filter((item) => item.type === 'event').map((item) => item.event!));
    expect(followed.map((event) => event.seq)).toEqual(Array.from({ length: followed.length }, (_, index) => index + 1));
    expect([followed.at(-1)!.type, sockets[1]!.received.at(-1)]).toEqual(['run.completed', { type: 'end', reason: 'ended' }]);
    const replayed = await readRunSse(server.url, (await session()).accessToken, sockets[0]!.received[0]!.runId!);
    expect(followed).toEqual(replayed.events);
    await screenshot('progress-over-websocket');

    // Edit index.html in the code view and save: version 2, and the preview shows the edit.
    await page.locator('.cm-line', { hasText: 'Hello from Buildwright' }).click();
    await page.keyboard.press('End');
    for (let index = 0; index < '</h1>'.length; index++) await page.keyboard.press('ArrowLeft');
    await page.keyboard.type(', edited');
    await page.getByRole('toolbar', { name: 'Edit index.html' }).getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('files-version').getByText('version 2').waitFor();
    await expect.poll(previewTitle, { timeout: 15_000 }).toBe('Hello from Buildwright, edited');
    await screenshot('edited');

    // Restore version 1: a new version 3 with version 1's files, in the preview too.
    await page.getByRole('button', { name: 'Restore version 1' }).click();
    await page.getByTestId('files-version').getByText('version 3').waitFor();
    await expect.poll(previewTitle, { timeout: 15_000 }).toBe('Hello from Buildwright');
    const stored = await call(server.url, 'GET', `/api/builder/projects/${projectId}/files`, { credential: (await session()).accessToken });
    expect(stored.body.files['index.html']).toContain('<h1 id="title">Hello from Buildwright</h1>');
    await screenshot('restored');

    // Export ZIP: a download of the current version.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export ZIP' }).click()]);
    const zipPath = join(screenshotsDir, download.suggestedFilename());
    await download.saveAs(zipPath);
    const zip = await readFile(zipPath);
    expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
    for (const name of ['index.html', 'style.css', 'app.js']) expect(zip.includes(Buffer.from(name))).toBe(true);

    // The contract card: none for this web app. This service has no chain, so a DApp's deployed contract is stored here
    // as a DApp run's deploy step stores it (the same storage call); the builder page then shows its card.
    expect(await page.getByTestId('bw-contract').count()).toBe(0);
    const address = '0x5FbDB2315678afecb367f032d93F642f64180aa3';
    const abi = [
      { type: 'function', name: 'increment', inputs: [], outputs: [], stateMutability: 'nonpayable' },
      { type: 'function', name: 'count', inputs: [], outputs: [{ name: '', type: 'uint256' }], stateMutability: 'view' },
    ];
    await server.services.shared.storage.saveContract({
      projectId,
      runId: null,
      name: 'Counter',
      address,
      chainId: 31337,
      network: 'local',
      abi,
      source: 'contract Counter {}',
      txHash: `0x${'ab'.repeat(32)}`,
      explorerUrl: null,
      status: 'deployed',
    });
    await page.reload();
    const contractCard = page.getByTestId('bw-contract');
    await contractCard.getByText(address).waitFor();
    expect(await contractCard.textContent()).toContain('count() → uint256');
    await page.getByTestId('files-version').getByText('version 3').waitFor();
    await screenshot('contract-card');

    // Create an API key: shown once.
    await nav().getByRole('link', { name: 'API keys' }).click();
    await page.getByRole('form', { name: 'New API key' }).getByLabel('Name').fill('curl');
    await page.getByRole('button', { name: 'Create key' }).click();
    const key = (await page.getByTestId('new-key').textContent())!.trim();
    expect(key).toMatch(/^bwk_/);
    await screenshot('api-key');

    // Register the local receiver for run.completed: its signing secret is shown once.
    await nav().getByRole('link', { name: 'Webhooks' }).click();
    await page.getByLabel('Endpoint URL').fill(`${receiver.url}/buildwright`);
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    const webhookSecret = (await page.getByTestId('webhook-secret').textContent())!.trim();
    expect(webhookSecret).toMatch(/^whsec_/);

    // A generation started with the key over plain HTTP, as curl would.
    // curl -X POST $URL/api/builder/runs -H "Authorization: Bearer $KEY" -H 'content-type: application/json' -d '{"prompt":"a todo list"}'
    const started = await fetch(`${server.url}/api/builder/runs`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ prompt: 'a todo list' }),
    });
    expect(started.status).toBe(201);
    const { runId } = (await started.json()) as { runId: string };
    expect((await runUntilEnded(server.url, key, runId, 60_000)).status).toBe('completed');

    // The receiver gets run.completed for that run, signed with the endpoint's secret.
    const delivery = (
      await waitFor(
        async () => receiver.received.filter((request) => request.headers['buildwright-event'] === 'run.completed'),
        (list) => list.length > 0,
      )
    )[0]!;
    expect(verifyWebhook({ secret: webhookSecret, body: delivery.body, header: delivery.headers['buildwright-signature'] })).toBe(true);
    expect(verifyWebhook({ secret: 'whsec_not_this_one', body: delivery.body, header: delivery.headers['buildwright-signature'] })).toBe(false);
    expect(JSON.parse(delivery.body)).toMatchObject({ type: 'run.completed', data: { runId } });
    await expect
      .poll(async () => {
        await page.getByRole('button', { name: 'Refresh deliveries' }).click();
        return page.locator('tr[data-status="succeeded"]').count();
      })
      .toBe(1);
    await screenshot('webhook-delivered');

    // The free plan's generations are used up: the next one is refused and makes no run.
    const refused = await call(server.url, 'POST', '/api/builder/runs', { credential: key, body: { prompt: 'one more' } });
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('QUOTA_EXCEEDED');
    await nav().getByRole('link', { name: 'Usage' }).click();
    expect(await page.getByTestId('plan').textContent()).toBe('free');
    expect(await page.getByTestId('generations-today').textContent()).toBe(String(freeGenerations));
    expect(await page.getByTestId('generations-limit').textContent()).toBe(String(freeGenerations));
    await screenshot('usage-free');

    // Upgrade: Checkout through the stripe SDK against the stand-in; Stripe's page is stood in too.
    await page.route('https://checkout.stripe.test/**', (route) => route.fulfill({ contentType: 'text/html', body: '<h1>Stripe Checkout (stand-in)</h1>' }));
    await nav().getByRole('link', { name: 'Billing' }).click();
    expect(await page.getByTestId('billing-plan').textContent()).toBe('free');
    await page.getByRole('button', { name: 'Upgrade to pro' }).click();
    await page.waitForURL(/^https:\/\/checkout\.stripe\.test\/c\/pay\/cs_test_/);
    const checkoutSessionId = page.url().split('/').at(-1)!;
    const sent = stripe.requests.filter((request) => request.path === '/v1/checkout/sessions').at(-1)!;
    expect(sent.fields).toMatchObject({ mode: 'subscription', client_reference_id: user.id, 'line_items[0][price]': 'price_pro_monthly' });
    await screenshot('stripe-checkout');
    // Stripe, after the payment: a signed checkout.session.completed, then the browser back to success_url.
    const paid = signedStripeEvent({
      secret: stripeWebhookSecret,
      id: 'evt_e2e_checkout',
      type: 'checkout.session.completed',
      object: {
        id: checkoutSessionId,
        object: 'checkout.session',
        customer: sent.fields['customer'],
        client_reference_id: user.id,
        subscription: 'sub_e2e',
        payment_status: 'paid',
        metadata: { userId: user.id, plan: 'pro' },
      },
    });
    const stripeAnswer = await fetch(`${server.url}/billing/webhook`, { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': paid.signature }, body: paid.payload });
    expect(await stripeAnswer.json()).toMatchObject({ outcome: 'applied' });
    await page.goto(sent.fields['success_url']!.replace('{CHECKOUT_SESSION_ID}', checkoutSessionId));
    expect(new URL(page.url()).pathname).toBe('/app/billing');
    await page.getByRole('status').getByText('Thank you').waitFor();
    await expect.poll(() => page.getByTestId('billing-plan').textContent(), { timeout: 10_000 }).toBe('pro');
    await screenshot('upgraded');

    // The higher quota applies at once: the refused generation now runs.
    await nav().getByRole('link', { name: 'Usage' }).click();
    expect(await page.getByTestId('plan').textContent()).toBe('pro');
    expect(await page.getByTestId('generations-limit').textContent()).toBe(String(server.config.plans.pro.generationsPerDay));
    const admitted = await call(server.url, 'POST', '/api/builder/runs', { credential: key, body: { prompt: 'one more' } });
    expect(admitted.status).toBe(201);
    expect((await runUntilEnded(server.url, key, admitted.body.runId, 60_000)).status).toBe('completed');
    await page.reload();
    expect(await page.getByTestId('generations-today').textContent()).toBe(String(freeGenerations + 1));
    await screenshot('usage-pro');

    // The project list: search finds the curl-made app; delete it (after the confirmation).
    await nav().getByRole('link', { name: 'Projects' }).click();
    await page.getByLabel('Search projects by name or prompt').fill('todo');
    const todo = page.locator('[data-project]', { hasText: /todo/i });
    await expect.poll(() => todo.count()).toBe(1);
    await todo.getByRole('button', { name: /^Delete/ }).click();
    await page
      .getByRole('group', { name: /^Delete .*\?$/ })
      .getByRole('button', { name: 'Delete' })
      .click();
    await expect.poll(() => todo.count()).toBe(0);
    const remaining = await call(server.url, 'GET', '/api/builder/projects', { credential: key });
    expect(remaining.body.projects.map((project: { id: string }) => project.id)).toEqual(expect.arrayContaining([projectId]));
    expect(remaining.body.projects).toHaveLength(2);
    await screenshot('projects');

    // An access token about to end is refreshed before the next call (the refresh token rotates), and the pages go on working.
    const before = await session();
    await page.evaluate(() => {
      const stored = JSON.parse(localStorage.getItem('hosted-server.session')!);
      localStorage.setItem('hosted-server.session', JSON.stringify({ ...stored, accessTokenExpiresAt: new Date().toISOString() }));
    });
    await nav().getByRole('link', { name: 'Usage' }).click();
    await expect.poll(() => page.getByTestId('plan').textContent()).toBe('pro');
    const after = await session();
    expect(after.refreshToken).not.toBe(before.refreshToken);
    expect(after.accessToken).not.toBe(before.accessToken);
    expect((await call(server.url, 'POST', '/auth/refresh', { body: { refreshToken: before.refreshToken } })).body.error.code).toBe('REFRESH_TOKEN_REUSED');

    // An admin sees the account on its new plan.
    const admin = await accountWithRole(server, 'ADMIN');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Email').fill(admin.email);
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Log in' }).click();
    await nav().getByRole('link', { name: 'Admin' }).click();
    await expect.poll(() => page.getByLabel(`Plan of ${email}`).inputValue()).toBe('pro');
    await screenshot('admin');

    expect(pageErrors).toEqual([]);
    await writeFile(join(screenshotsDir, 'README.txt'), `Screenshots of ${new Date().toISOString()} (examples/hosted-server/src/e2e/dashboard.int.test.ts).\n`);
    console.log(`dashboard e2e: ${shots} screenshots and the exported ZIP in ${screenshotsDir}`);
  }, 180_000);

  it('behavior: an admin makes an account RESELLER → it creates a customer and issues a licence (key shown once) → the page checks the key valid → the customer, a USER, has no link and the server refuses it the reseller routes (403) → it activates the licence (invalid, revoked, expired keys refused with their code) → the reseller sees its usage per day', async () => {
    const password = 'correct horse battery';
    const admin = await accountWithRole(server, 'ADMIN');
    const resellerEmail = `reseller-${Date.now()}@example.test`;
    expect((await call(server.url, 'POST', '/auth/signup', { body: { email: resellerEmail, password } })).status).toBe(201);

    // The admin makes the account a reseller on the Admin page.
    await logIn(admin.email, password);
    await nav().getByRole('link', { name: 'Admin' }).click();
    await page.getByLabel(`Role of ${resellerEmail}`).selectOption('RESELLER');
    await expect
      .poll(
        async () => (await call(server.url, 'GET', '/admin/users?limit=200', { credential: admin.accessToken })).body.users.find((account: { email: string }) => account.email === resellerEmail)?.role,
      )
      .toBe('RESELLER');
    await screenshot('admin-makes-reseller');

    // The reseller creates a customer; the list shows it, and only the server's list of its own customers.
    await logIn(resellerEmail, password);
    await nav().getByRole('link', { name: 'Customers & licences' }).click();
    const customerEmail = `customer-${Date.now()}@example.test`;
    const newCustomer = page.getByRole('form', { name: 'New customer' });
    await newCustomer.getByLabel('Customer email').fill(customerEmail);
    await newCustomer.getByLabel('Initial password').fill(password);
    await newCustomer.getByRole('button', { name: 'Create customer' }).click();
    await page.locator(`tr[data-customer="${customerEmail}"]`).waitFor();
    const own = await call(server.url, 'GET', '/reseller/customers', { credential: (await session()).accessToken });
    expect(own.body.customers.map((customer: { email: string }) => customer.email)).toEqual([customerEmail]);

    // It issues a licence: the key is shown once, the list shows the licence without it.
    const newLicence = page.getByRole('form', { name: 'New licence' });
    await newLicence.getByLabel('Licensee').fill('Acme Ltd');
    await newLicence.getByLabel('Plan').selectOption('team');
    await newLicence.getByLabel('Seats').fill('3');
    await newLicence.getByLabel('Valid for (days)').fill('30');
    await newLicence.getByRole('button', { name: 'Issue licence' }).click();
    const licenceKey = (await page.getByTestId('new-licence').textContent())!.trim();
    expect(licenceKey).toMatch(/^BWL1\./);
    const row = page.locator('tr[data-licence="Acme Ltd"]');
    await row.getByText('0 / 3').waitFor();
    expect(await row.textContent()).not.toContain(licenceKey);
    await screenshot('reseller-licence-issued');

    // The key checks valid through /licences/validate; a key with a changed signature does not.
    const checkForm = page.getByRole('form', { name: 'Check licence' });
    await checkForm.getByLabel('Licence key').fill(licenceKey);
    await checkForm.getByRole('button', { name: 'Check' }).click();
    await expect.poll(() => page.getByTestId('licence-status').getAttribute('data-valid')).toBe('true');
    expect(await page.getByTestId('licence-status').textContent()).toContain('Acme Ltd, team, 0 of 3 seats');
    await screenshot('reseller-licence-valid');
    const tampered = `${licenceKey.slice(0, -2)}${licenceKey.endsWith('AA') ? 'BB' : 'AA'}`;
    await checkForm.getByLabel('Licence key').fill(tampered);
    await checkForm.getByRole('button', { name: 'Check' }).click();
    await expect.poll(() => page.getByTestId('licence-status').textContent()).toMatch(/^Not valid: (bad-signature|malformed)$/);

    // The customer, a USER: no link to the page, and the server refuses it the routes even when it goes there.
    await logIn(customerEmail, password);
    expect(
      await nav()
        .getByRole('link', { name: /licences/i })
        .count(),
    ).toBe(0);
    const customerToken = (await session()).accessToken;
    expect((await call(server.url, 'GET', '/reseller/customers', { credential: customerToken })).status).toBe(403);
    expect((await call(server.url, 'POST', '/reseller/customers', { credential: customerToken, body: { email: `x-${Date.now()}@example.test`, password } })).status).toBe(403);
    expect((await call(server.url, 'POST', '/licences', { credential: customerToken, body: { licensee: 'Me', plan: 'team', seats: 1, validDays: 1 } })).status).toBe(403);
    expect((await call(server.url, 'GET', '/licences', { credential: customerToken })).status).toBe(403);
    await page.goto(`${server.url}/app/licences`);
    await page.getByRole('alert').and(page.locator('[data-code="FORBIDDEN"]')).waitFor();
    expect(await page.getByRole('form', { name: 'New customer' }).count()).toBe(0);
    await screenshot('customer-refused');

    // The customer activates a licence on the Usage page: keys that are not valid show their coded error, and the plan stays.
    // (The reseller's page session ended when it signed out: a session of its own for the API calls.)
    const resellerToken = (await call(server.url, 'POST', '/auth/login', { body: { email: resellerEmail, password } })).body.accessToken;
    const revoked = (await call(server.url, 'POST', '/licences', { credential: resellerToken, body: { licensee: 'Revoked Ltd', plan: 'team', seats: 1, validDays: 30 } })).body;
    expect((await call(server.url, 'POST', `/licences/${revoked.licence.id}/revoke`, { credential: resellerToken })).status).toBe(204);
    const expired = signLicenceKey(
      {
        id: revoked.licence.id,
        licensee: 'Expired Ltd',
        plan: 'team',
        seats: 1,
        expiresAt: new Date(Date.now() - 86_400_000).toISOString(),
        issuedAt: new Date(Date.now() - 31 * 86_400_000).toISOString(),
      },
      server.config.licence.privateKeyPem!,
    );
    await nav().getByRole('link', { name: 'Usage' }).click();
    expect(await page.getByTestId('plan').textContent()).toBe('free');
    const activateForm = page.getByRole('form', { name: 'Activate licence' });
    const refusedWith = async (key: string, code: string) => {
      await activateForm.getByLabel('Licence key').fill(key);
      await activateForm.getByRole('button', { name: 'Activate' }).click();
      await page
        .getByRole('alert')
        .and(page.locator(`[data-code="${code}"]`))
        .waitFor();
    };
    await refusedWith('BWL1.not-a-licence', 'LICENCE_INVALID');
    await refusedWith(revoked.key, 'LICENCE_REVOKED');
    await refusedWith(expired, 'LICENCE_EXPIRED');
    await screenshot('licence-refused-expired');
    expect(await page.getByTestId('plan').textContent()).toBe('free');
    await activateForm.getByLabel('Licence key').fill(licenceKey);
    await activateForm.getByRole('button', { name: 'Activate' }).click();
    await page.getByTestId('licence-activated').getByText('Your plan is now team').waitFor();
    await expect.poll(() => page.getByTestId('plan').textContent()).toBe('team');
    await screenshot('licence-activated');

    // The customer makes an app; the reseller's Customer usage screen shows it today, for its own customer alone.
    const made = await call(server.url, 'POST', '/api/builder/runs', { credential: customerToken, body: { prompt: 'a counter page' } });
    expect(made.status).toBe(201);
    expect((await runUntilEnded(server.url, customerToken, made.body.runId, 60_000)).status).toBe('completed');
    await logIn(resellerEmail, password);
    await nav().getByRole('link', { name: 'Customer usage' }).click();
    const today = new Date().toISOString().slice(0, 10);
    const cell = page.locator(`tr[data-customer="${customerEmail}"] td[data-day="${today}"]`);
    await expect.poll(() => cell.getAttribute('data-generations')).toBe('1');
    expect(Number(await cell.getAttribute('data-tokens'))).toBeGreaterThan(0);
    expect(await page.locator(`tr[data-customer="${customerEmail}"]`).textContent()).toContain('team');
    expect(await page.locator('tr[data-customer]').count()).toBe(1);
    const usage = await call(server.url, 'GET', '/reseller/usage?days=7', { credential: (await session()).accessToken });
    expect(usage.body.customers.map((customer: { email: string }) => customer.email)).toEqual([customerEmail]);
    await screenshot('reseller-customer-usage');

    expect(pageErrors).toEqual([]);
  }, 150_000);
});
