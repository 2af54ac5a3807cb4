import { execSync } from 'node:child_process';
import { linkSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { Server } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideIsolation } from './bubblewrap.js';
import { createCommandCgroup } from './command-cgroup.js';
import { localSandbox } from './local-sandbox.js';
import type { LocalSandboxOptions } from './local-sandbox.js';

// What model-written code run by a local sandbox can reach. Each case is an attack: it must fail,
// and a listener on the host must receive nothing.
const bubblewrap = await decideIsolation('bubblewrap');
const requireIsolation = process.env.BUILDWRIGHT_REQUIRE_ISOLATION === '1';

const root = mkdtempSync(join(tmpdir(), 'bw-isolation-'));
const hostSecretFile = join(root, 'host-app', '.env');
mkdirSync(join(root, 'host-app'), { recursive: true });
writeFileSync(hostSecretFile, 'DATABASE_PASSWORD=host-secret-7f3a\n');

let listener: Server;
let listenerPort = 0;
let connections = 0;
beforeAll(async () => {
  listener = createServer((socket) => {
    connections += 1;
    socket.end('leaked');
  });
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', () => resolve()));
  listenerPort = (listener.address() as { port: number }).port;
});
afterAll(async () => {
  listener.close();
  await rm(root, { recursive: true, force: true });
});

const open = (projectId: string, options: LocalSandboxOptions = {}) => localSandbox({ root: join(root, 'sandboxes'), npmCacheDir: join(root, 'npm-cache'), ...options }).open({ projectId });
const connectProbe = (host: string, port: number | string) =>
  `node -e "require('net').connect(${port},'${host}').on('connect',()=>{console.log('CONNECTED');process.exit(0)}).on('error',e=>{console.log(e.code);process.exit(3)})"`;

describe.skipIf(bubblewrap.kind !== 'bubblewrap' && !requireIsolation)(`local sandbox isolation${bubblewrap.note ? ` (skipped because ${bubblewrap.note})` : ''}`, () => {
  describe('filesystem', () => {
    it('behavior: host secrets, other sandboxes, /root, /etc/shadow and the host app directory are not visible', async () => {
      const other = await open('other-owner');
      await other.writeFile('src/secret.ts', 'export const other = "other-owner-secret";');
      const sandbox = await open('attacker');
      const result = await sandbox.run({
        command: `cat /etc/shadow ${hostSecretFile} ${other.root}/src/secret.ts /root/.bashrc 2>&1; ls ${root} /home 2>&1; grep -r host-secret-7f3a / --include=.env -s -l 2>/dev/null | head -3; echo done`,
        timeoutMs: 60_000,
      });
      expect(result.stdout).toContain('done');
      expect(result.stdout).not.toContain('host-secret-7f3a');
      expect(result.stdout).not.toContain('other-owner-secret');
      expect(result.stdout).not.toMatch(/^root:/m);
      expect(result.stdout).toMatch(/\/etc\/shadow: No such file/);
      expect(result.stdout).not.toMatch(/^host-app$/m);
      expect(result.stdout).toMatch(/^sandboxes\n/m);
    });

    it('behavior: installed packages are read-only to commands; caches under node_modules stay writable', async () => {
      const sandbox = await open('readonly-deps');
      await sandbox.writeFile('node_modules/react/index.js', 'module.exports = "react";\n');
      const result = await sandbox.run({
        command: 'echo "payload()" >> node_modules/react/index.js; rm -f node_modules/react/index.js; mkdir node_modules/evil; echo ok > node_modules/.cache/x && echo cache-writable',
      });
      expect(result.stderr).toMatch(/Read-only file system/);
      expect(result.stdout).toContain('cache-writable');
      expect(await sandbox.readFile('node_modules/react/index.js')).toBe('module.exports = "react";\n');
      expect(await sandbox.readFile('node_modules/evil/x')).toBeUndefined();
    });

    it('error: host writes never go through a symlink a command planted into a package file shared by hard link (the dependency cache)', async () => {
      const sandbox = await open('planted-links');
      await sandbox.writeFile('node_modules/react/index.js', 'module.exports = "react";\n');
      // The dependency cache shares package files with projects by hard link.
      const shared = join(root, 'shared-react-index.js');
      linkSync(join(sandbox.root, 'node_modules/react/index.js'), shared);
      const planted = await sandbox.run({
        command:
          'mkdir -p src && ln -s ../node_modules/react/index.js src/vendor.js && ln -s ../node_modules/react src/react && ln -s ../react/index.js node_modules/.buildwright/static-server.mjs && echo planted',
      });
      expect(planted.stdout).toContain('planted');

      // A symlink at the written path is replaced by the file, never written through.
      await sandbox.writeFile('src/vendor.js', 'payload();\n');
      await sandbox.writeFile('node_modules/.buildwright/static-server.mjs', 'server();\n');
      expect(lstatSync(join(sandbox.root, 'src/vendor.js')).isSymbolicLink()).toBe(false);
      expect(await sandbox.readFile('src/vendor.js')).toBe('payload();\n');
      expect(await sandbox.readFile('node_modules/.buildwright/static-server.mjs')).toBe('server();\n');
      // A path that reaches node_modules only through a symlinked directory is refused.
      await expect(sandbox.writeFile('src/react/index.js', 'payload();\n')).rejects.toMatchObject({ code: 'PATH_PROTECTED' });
      await expect(sandbox.writeFile('src/react/cjs/new.js', 'payload();\n')).rejects.toMatchObject({ code: 'PATH_PROTECTED' });
      expect(readFileSync(shared, 'utf8')).toBe('module.exports = "react";\n');
      expect(readdirSync(join(sandbox.root, 'node_modules/react'))).toEqual(['index.js']);
    });

    it('error: a directory swapped for a symlink to the host while the host writes (a race) never lets a write leave the project', async () => {
      const outside = join(root, 'race-target');
      mkdirSync(outside);
      const sandbox = await open('race');
      // The symlink exists before anything else starts, so no host write can create src/link first.
      await sandbox.writeFile(
        'setup.mjs',
        ["import { mkdirSync, symlinkSync } from 'node:fs';", "mkdirSync('src/real', { recursive: true });", `symlinkSync(${JSON.stringify(outside)}, 'src/link');`].join('\n'),
      );
      await sandbox.writeFile(
        'flip.mjs',
        [
          "import { renameSync, rmSync } from 'node:fs';",
          // While src/link is briefly absent a host write may create it as a directory of its own (as it should): that directory
          // is removed so the swap goes on, instead of the flipper stopping with src/link a plain directory for good.
          'const moveOnto = (from, to) => { for (;;) { try { renameSync(from, to); return; } catch { try { rmSync(to, { recursive: true, force: true }); } catch {} } } };',
          'for (let round = 0; ; round += 1) {',
          "  renameSync('src/link', 'src/spare'); moveOnto('src/real', 'src/link'); renameSync('src/spare', 'src/real');",
          '  if (round % 50000 === 0) await new Promise((resolve) => setTimeout(resolve, 0));',
          '}',
        ].join('\n'),
      );
      // A long-lived process of the project (as the check worker or a preview server are), flipping src/link between a directory and a symlink out;
      // the server that answers the ready check is a process of its own, so a busy flipper cannot delay it.
      const server = await sandbox.startServer({
        command: `node setup.mjs && { node -e "require('http').createServer((q, s) => s.end()).listen(process.env.PORT, '127.0.0.1')" & node flip.mjs; }`,
        readyTimeoutMs: 30_000,
      });
      let written = 0;
      let refused = 0;
      const deadline = Date.now() + 90_000;
      try {
        // At least 2,000 writes, and on until both states were met (a loaded machine may schedule the flipper rarely).
        for (let index = 0; index < 2_000 || ((written === 0 || refused === 0) && Date.now() < deadline); index += 1) {
          await sandbox.writeFile(`src/link/file-${index}.txt`, 'payload').then(
            () => (written += 1),
            () => (refused += 1),
          );
          await sandbox.removeFile(`src/link/file-${index}.txt`).catch(() => {});
        }
      } finally {
        await server.stop();
      }
      expect(readdirSync(outside)).toEqual([]);
      // Both states were met: writes landed in the real directory and writes were refused at the symlink.
      expect(written).toBeGreaterThan(0);
      expect(refused).toBeGreaterThan(0);
    }, 150_000);
  });

  describe('network', () => {
    it('behavior: no command reaches the host loopback (Postgres, Redis, a listener), not even an install command', async () => {
      const sandbox = await open('net');
      for (const network of [false, true]) {
        for (const port of [listenerPort, 5432, 6379]) {
          const result = await sandbox.run({ command: connectProbe('127.0.0.1', port), network, timeoutMs: 20_000 });
          expect(result.stdout).not.toContain('CONNECTED');
        }
      }
      expect(connections).toBe(0);
    });

    it('behavior: an install command reaches the registry through the proxy and nothing else through it', async () => {
      const sandbox = await open('registry');
      await sandbox.writeFile('package.json', JSON.stringify({ name: 'probe', private: true }));
      const registry = await sandbox.run({ command: 'npm view is-number@7.0.0 version', network: true, timeoutMs: 60_000 });
      expect(registry.stdout.trim()).toBe('7.0.0');
      // CONNECT through the proxy to anything but the registry is refused.
      const tunnel = (target: string) =>
        `node -e "const s=require('net').connect(3128,'127.0.0.1',()=>s.write('CONNECT ${target} HTTP/1.1\\\\r\\\\nHost: ${target}\\\\r\\\\n\\\\r\\\\n'));s.on('data',d=>{console.log(String(d).split('\\\\r\\\\n')[0]);process.exit(0)})"`;
      const refused = await sandbox.run({ command: `${tunnel(`127.0.0.1:${listenerPort}`)}; ${tunnel('example.com:443')}; ${tunnel('registry.npmjs.org:22')}`, network: true, timeoutMs: 30_000 });
      expect(refused.stdout.match(/403 Forbidden/g)).toHaveLength(3);
      expect(connections).toBe(0);
    });

    it('behavior: reach forwards exactly the named loopback service into the command, nothing else', async () => {
      const { createServer: createHttpServer } = await import('node:http');
      const service = createHttpServer((_request, response) => response.end('chain'));
      await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', () => resolve()));
      const port = (service.address() as { port: number }).port;
      try {
        const sandbox = await open('reach');
        const fetchLine = (target: number) => `node -e "fetch('http://127.0.0.1:${target}/').then(r=>r.text()).then(t=>console.log('GOT '+t),e=>console.log('NO '+(e.cause?.code??e.message)))"`;
        const result = await sandbox.run({ command: `${fetchLine(port)}; ${fetchLine(listenerPort)}`, reach: [`http://127.0.0.1:${port}`], timeoutMs: 20_000 });
        expect(result.stdout).toBe('GOT chain\nNO ECONNREFUSED\n');
        expect(connections).toBe(0);
        await expect(sandbox.run({ command: 'true', reach: ['http://10.0.0.1:8545'] })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
      } finally {
        service.close();
      }
    });

    it('behavior: an install command sees only package.json and node_modules of the project', async () => {
      const sandbox = await open('install-view');
      await sandbox.writeFile('package.json', '{"name":"view","private":true}');
      await sandbox.writeFile('.npmrc', 'registry=http://127.0.0.1:1/\n');
      await sandbox.writeFile('src/main.ts', 'x');
      const result = await sandbox.run({ command: 'ls -A; npm config get registry', network: true, timeoutMs: 30_000 });
      expect(result.stdout.split('\n').slice(0, 2)).toEqual(['node_modules', 'package.json']);
      expect(result.stdout).toContain('https://registry.npmjs.org/');
    });
  });

  describe('limits', () => {
    it('error: a fork bomb is stopped at the process limit with SANDBOX_LIMIT_EXCEEDED', async () => {
      const sandbox = await open('fork-bomb', { limits: { processes: 64 } });
      const result = await sandbox.run({ command: 'bomb() { bomb | bomb & }; bomb; sleep 30', timeoutMs: 60_000 });
      expect(result.limitExceeded).toBe('processes');
      expect(result.timedOut).toBe(false);
      expect(result.stderr).toMatch(/SANDBOX_LIMIT_EXCEEDED: .*process limit \(64/);
    });

    it('error: a 4 GB allocation is stopped at the memory limit', async () => {
      const sandbox = await open('memory', { limits: { memoryBytes: 512 * 1024 ** 2 } });
      const result = await sandbox.run({ command: `node -e "const b=[];for(let i=0;i<64;i++){const x=Buffer.alloc(64*1024*1024,1);b.push(x)}console.log('allocated')"`, timeoutMs: 60_000 });
      expect(result.stdout).not.toContain('allocated');
      expect(result.exitCode).not.toBe(0);
      expect(result.limitExceeded).toBe('memory');
    });

    it('error: a 2 GB file is stopped at the file size limit', async () => {
      const sandbox = await open('big-file', { limits: { fileSizeBytes: 64 * 1024 ** 2 } });
      const result = await sandbox.run({ command: 'head -c 2000000000 /dev/zero > big.bin', timeoutMs: 60_000 });
      expect(result.limitExceeded).toBe('fileSize');
      expect(result.stderr).toContain('SANDBOX_LIMIT_EXCEEDED');
      const size = Number((await sandbox.run({ command: 'stat -c %s big.bin' })).stdout);
      expect(size).toBeLessThanOrEqual(64 * 1024 ** 2);
    });

    it('error: filling the project past its disk quota stops the command', async () => {
      const sandbox = await open('disk', { limits: { diskBytes: 32 * 1024 ** 2, fileSizeBytes: 16 * 1024 ** 2 } });
      const result = await sandbox.run({ command: 'i=0; while true; do i=$((i+1)); head -c 8000000 /dev/zero > fill-$i.bin; sleep 0.2; done', timeoutMs: 60_000 });
      expect(result.limitExceeded).toBe('disk');
      expect(result.timedOut).toBe(false);
    });

    it('behavior: a daemon that left the process group is gone when its command ends', async () => {
      const sandbox = await open('daemon');
      await sandbox.run({ command: 'setsid sh -c "sleep 300" > /dev/null 2>&1 & echo started' });
      // Each one left with its state and command line, so that a failure says which process it was.
      const sleepers = execSync('for pid in $(pgrep -f "sleep 30[0]"); do ps -o pid=,stat=,args= -p "$pid"; done; true').toString().trim();
      expect(sleepers).toBe('');
    });
  });
});

const cgroup = await createCommandCgroup({ memoryBytes: 1024 ** 3, processes: 64 });
await cgroup?.remove();

describe('local sandbox without isolation', () => {
  it('default: isolation none must be asked for by name and is reported as none', async () => {
    const sandbox = await open('unisolated', { isolation: 'none' });
    expect(sandbox.isolation).toBe('none');
  });

  it("behavior: HOME is a directory of the project's own, so tools writing their config there (npm, git) leave the host's home alone", async () => {
    const sandbox = await open('unisolated-home', { isolation: 'none' });
    const result = await sandbox.run({ command: 'echo "$HOME"; node -e "console.log(require(\'os\').homedir())"' });
    const [home, nodeHome] = result.stdout.trim().split('\n');
    expect(home).toBe(join(root, 'sandboxes', '.home', 'unisolated-home'));
    expect(nodeHome).toBe(home);
    expect(home).not.toBe(homedir());
  });

  it.skipIf(!cgroup)(`behavior: a daemon that left the process group is gone when its command ends (cgroup)${cgroup ? '' : ': skipped because this process may not create cgroups'}`, async () => {
    const sandbox = await open('unisolated-daemon', { isolation: 'none' });
    await sandbox.run({ command: 'setsid sh -c "sleep 301" > /dev/null 2>&1 & echo started' });
    expect(execSync('for pid in $(pgrep -f "sleep 30[1]"); do ps -o pid=,stat=,args= -p "$pid"; done; true').toString().trim()).toBe('');
  });

  it.skipIf(!cgroup)(`error: a fork bomb is stopped at the process limit (cgroup)${cgroup ? '' : ': skipped because this process may not create cgroups'}`, async () => {
    const sandbox = await open('unisolated-bomb', { isolation: 'none', limits: { processes: 64 } });
    const result = await sandbox.run({ command: 'bomb() { bomb | bomb & }; bomb; sleep 30', timeoutMs: 60_000 });
    expect(result.limitExceeded).toBe('processes');
  });
});
