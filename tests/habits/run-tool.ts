import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root: tools run from there, as `npm run lint` and `npm run typecheck` do. */
export const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Runs a tool from node_modules/.bin at the repository root and resolves with its exit code, its
 * standard output and the combined output. Asynchronous: a test worker blocked for 60 s misses
 * vitest's RPC timeout ("Timeout calling onTaskUpdate" fails the whole run).
 */
export function runTool(tool: string, args: string[]): Promise<{ exitCode: number; stdout: string; output: string }> {
  return new Promise((resolve) => {
    execFile(`node_modules/.bin/${tool}`, args, { cwd: repositoryRoot, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const exitCode = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ exitCode, stdout, output: `${stdout}${stderr}`.trim() });
    });
  });
}
