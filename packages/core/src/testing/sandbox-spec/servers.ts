import { describe, expect, it } from 'vitest';
import { BuildwrightError } from '@buildwright/client';
import { expectCode, defaultServerCommand, type SandboxSpecContext } from './context.js';

/** Sandbox spec, servers: see runSandboxSpec. */
export function describeServers(spec: SandboxSpecContext): void {
  const { open, options } = spec;
  if (!options.servers) {
    it.skip('servers: skipped because this sandbox runs no real servers (servers: false)', () => {});
  } else {
    describe('servers', () => {
      const serverCommand = options.serverCommand ?? defaultServerCommand;

      it('default: starts a server on an allocated port and serves its URL', async () => {
        const { sandbox } = await open();
        const server = await sandbox.startServer({ command: serverCommand });
        expect(server.port).toBeGreaterThan(0);
        const response = await fetch(server.url);
        expect(await response.text()).toBe('ok');
        await server.stop();
        await expect(fetch(server.url)).rejects.toThrow();
      });

      it('behavior: {port} in the command line is replaced by the port', async () => {
        const { sandbox } = await open();
        const server = await sandbox.startServer({
          command: `node -e "require('http').createServer((q,s)=>s.end('port '+process.argv[1])).listen(Number(process.argv[1]),'127.0.0.1')" {port}`,
        });
        expect(await (await fetch(server.url)).text()).toBe(`port ${server.port}`);
      });

      it('behavior: kill stops every server', async () => {
        const { sandbox } = await open();
        const first = await sandbox.startServer({ command: serverCommand });
        const second = await sandbox.startServer({ command: serverCommand });
        expect(first.port).not.toBe(second.port);
        await sandbox.kill();
        await expect(fetch(first.url)).rejects.toThrow();
        await expect(fetch(second.url)).rejects.toThrow();
      });

      it('error: a server that exits before listening rejects with SANDBOX_COMMAND_FAILED and its output', async () => {
        const { sandbox } = await open();
        const error = await sandbox.startServer({ command: 'echo cannot-start >&2; exit 1' }).catch((caught: unknown) => caught);
        expect(BuildwrightError.isInstance(error) && error.code).toBe('SANDBOX_COMMAND_FAILED');
        expect(String((error as Error).message)).toContain('cannot-start');
      });

      it('error: a server that never listens rejects with SANDBOX_TIMEOUT', async () => {
        const { sandbox } = await open();
        await expectCode(sandbox.startServer({ command: 'sleep 30', readyTimeoutMs: 500 }), 'SANDBOX_TIMEOUT');
      });
    });
  }
}
