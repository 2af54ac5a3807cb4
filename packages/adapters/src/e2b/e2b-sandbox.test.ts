import { runSandboxSpec } from '@buildwright/core/testing';
import { describe, expect, it } from 'vitest';
import { allocatePort } from '../local/ports.js';
import { e2bSandbox } from './e2b-sandbox.js';
import type { E2bSandbox } from './e2b-sandbox.js';
import { FakeE2bSandbox } from './fake-e2b.test-support.js';

runSandboxSpec(() => e2bSandbox({ apiKey: 'test-key', sandboxClass: FakeE2bSandbox }), {
  name: 'e2b over a fake E2B Sandbox class',
  shell: true,
  // E2B preview URLs are public https hosts the fake cannot serve; startServer is tested below.
  servers: false,
  // The microVM is the boundary on E2B; symlinks inside it are not checked on the host.
  symlinks: false,
  // kill() deletes the E2B sandbox and its files by default (storage holds the files).
  reopen: false,
});

describe('e2bSandbox', () => {
  it('default: creates a base sandbox with the key, a lifetime, the project id as metadata, and egress to the registry only', async () => {
    FakeE2bSandbox.created = [];
    const sandbox = (await e2bSandbox({ apiKey: 'test-key', sandboxClass: FakeE2bSandbox, registry: 'https://registry.npmjs.org/' }).open({ projectId: 'meta' })) as E2bSandbox;
    expect(FakeE2bSandbox.created).toEqual([
      { template: 'base', options: { apiKey: 'test-key', timeoutMs: 1_800_000, network: { allowOut: ['registry.npmjs.org'], denyOut: ['0.0.0.0/0'] }, metadata: { buildwrightProjectId: 'meta' } } },
    ]);
    expect(sandbox.isolation).toBe('vm');
    expect(sandbox.root).toBe('/home/user/project');
    await sandbox.kill();
  });

  it("args: network open leaves E2B's default egress; an object is passed through", async () => {
    FakeE2bSandbox.created = [];
    await (await e2bSandbox({ apiKey: 'k', sandboxClass: FakeE2bSandbox, network: 'open' }).open({ projectId: 'open' })).kill();
    await (await e2bSandbox({ apiKey: 'k', sandboxClass: FakeE2bSandbox, network: { denyOut: ['0.0.0.0/0'] } }).open({ projectId: 'closed' })).kill();
    expect(FakeE2bSandbox.created.map((created) => created.options.network)).toEqual([undefined, { denyOut: ['0.0.0.0/0'] }]);
  });

  it('args: the API key comes from E2B_API_KEY when not given', async () => {
    process.env.E2B_API_KEY = 'from-env';
    try {
      FakeE2bSandbox.created = [];
      const sandbox = await e2bSandbox({ sandboxClass: FakeE2bSandbox }).open({ projectId: 'env-key' });
      expect(FakeE2bSandbox.created[0]?.options.apiKey).toBe('from-env');
      await sandbox.kill();
    } finally {
      delete process.env.E2B_API_KEY;
    }
  });

  it('error: without a key, open fails with SANDBOX_UNAVAILABLE naming E2B_API_KEY', async () => {
    delete process.env.E2B_API_KEY;
    await expect(e2bSandbox({ sandboxClass: FakeE2bSandbox }).open({ projectId: 'nokey' })).rejects.toMatchObject({
      code: 'SANDBOX_UNAVAILABLE',
      message: expect.stringContaining('E2B_API_KEY'),
    });
  });

  it('behavior: reopening a project reconnects to its sandbox by id (keepAliveOnKill), or through sandboxIdOf from another adapter', async () => {
    const created: Array<[string, string]> = [];
    const adapter = e2bSandbox({ apiKey: 'k', sandboxClass: FakeE2bSandbox, keepAliveOnKill: true, onSandboxCreated: (projectId, id) => void created.push([projectId, id]) });
    const first = await adapter.open({ projectId: 'again' });
    await first.writeFile('src/a.ts', 'kept');
    await first.kill();
    const second = await adapter.open({ projectId: 'again' });
    expect(second.id).toBe(first.id);
    expect(await second.readFile('src/a.ts')).toBe('kept');
    expect(created).toEqual([['again', first.id]]);
    const elsewhere = await e2bSandbox({ apiKey: 'k', sandboxClass: FakeE2bSandbox, sandboxIdOf: () => first.id }).open({ projectId: 'again' });
    expect(elsewhere.id).toBe(first.id);
    await elsewhere.kill();
  });

  it('behavior: a sandbox that expired is replaced by a new one', async () => {
    const adapter = e2bSandbox({ apiKey: 'k', sandboxClass: FakeE2bSandbox, sandboxIdOf: () => 'expired-id' });
    const sandbox = await adapter.open({ projectId: 'expired' });
    expect(sandbox.id).not.toBe('expired-id');
    await sandbox.kill();
  });

  it('behavior: startServer waits for the port inside the sandbox and gives the https getHost URL', async () => {
    const sandbox = await e2bSandbox({ apiKey: 'k', sandboxClass: FakeE2bSandbox }).open({ projectId: 'server' });
    const port = await allocatePort();
    const server = await sandbox.startServer({
      command: `sleep 0.5; node -e "require('http').createServer((q,s)=>s.end('ok')).listen(Number(process.env.PORT),'127.0.0.1')"`,
      port,
    });
    expect(server.url).toBe(`https://${port}-${sandbox.id}.fake-e2b.test`);
    // Reachable for real inside the (fake) VM.
    expect(await (await fetch(`http://127.0.0.1:${port}`)).text()).toBe('ok');
    await sandbox.kill();
    await expect(fetch(`http://127.0.0.1:${port}`)).rejects.toThrow();
  });

  it('behavior: a server aborted while it starts is stopped, and startServer fails saying so', async () => {
    const sandbox = await e2bSandbox({ apiKey: 'k', sandboxClass: FakeE2bSandbox }).open({ projectId: 'server-abort' });
    const port = await allocatePort();
    const controller = new AbortController();
    const starting = sandbox.startServer({
      command: `sleep 0.5; node -e "require('http').createServer((q,s)=>s.end('ok')).listen(Number(process.env.PORT),'127.0.0.1')"`,
      port,
      signal: controller.signal,
    });
    // Right after the call: the adapter is still starting the process, before it could have listened.
    controller.abort();
    await expect(starting).rejects.toMatchObject({ code: 'SANDBOX_COMMAND_FAILED', message: expect.stringContaining('was stopped') });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await expect(fetch(`http://127.0.0.1:${port}`)).rejects.toThrow();
    await sandbox.kill();
  });

  it('error: a server that exits first fails with SANDBOX_COMMAND_FAILED and its output', async () => {
    const sandbox = await e2bSandbox({ apiKey: 'k', sandboxClass: FakeE2bSandbox }).open({ projectId: 'server-fail' });
    await expect(sandbox.startServer({ command: 'echo no-port >&2; exit 2' })).rejects.toMatchObject({ code: 'SANDBOX_COMMAND_FAILED', message: expect.stringContaining('no-port') });
    await sandbox.kill();
  });
});

// Runs against the real E2B service only when a key is present.
describe.skipIf(!process.env.E2B_API_KEY)(`e2bSandbox live${process.env.E2B_API_KEY ? '' : ' (skipped because E2B_API_KEY is not set)'}`, () => {
  it('behavior: files, a command and kill on a real E2B sandbox', async () => {
    const sandbox = await e2bSandbox().open({ projectId: `live-${Date.now()}` });
    try {
      await sandbox.writeFile('src/hello.txt', 'hello');
      expect(await sandbox.readFile('src/hello.txt')).toBe('hello');
      expect(await sandbox.listFiles()).toEqual(['src/hello.txt']);
      const result = await sandbox.run({ command: 'cat src/hello.txt; exit 3' });
      expect(result).toMatchObject({ exitCode: 3, stdout: 'hello' });
      const timed = await sandbox.run({ command: 'sleep 30', timeoutMs: 1_000 });
      expect(timed.timedOut).toBe(true);
    } finally {
      await sandbox.kill();
    }
  }, 120_000);
});
