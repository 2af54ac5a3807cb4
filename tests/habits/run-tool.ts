import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root: tools run from there, as `npm run lint` and `npm run typecheck` do. */
export const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Runs a tool from node_modules/.bin at the repository root and resolves with its exit code and combined output. */
export function runTool(tool: string, args: string[]): Promise<{ exitCode: number; output: string }> {
  return new Promise((resolve) => {
    execFile(`node_modules/.bin/${tool}`, args, { cwd: repositoryRoot, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const exitCode = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ exitCode, output: `${stdout}${stderr}`.trim() });
    });
  });
}
