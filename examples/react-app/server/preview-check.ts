import type { RunNode } from '@buildwright/core';

/**
 * A run node that announces the example server's static preview of the project
 * (`/preview/<projectId>/`). The memory sandbox runs no dev server, so the example serves the
 * stored files itself; with a real sandbox (`localSandbox`, `e2bSandbox`) the browser check
 * from `@buildwright/adapters/checks` emits the sandbox's own preview URL instead.
 *
 * @example
 * createBuilder({ ...adapters, graph: { nodes: (defaults) => [...defaults, staticPreview('/preview')] } });
 */
export function staticPreview(basePath: string): RunNode {
  return {
    name: 'preview',
    kinds: ['web'],
    async run({ projectId, emit }) {
      await emit({ type: 'preview.ready', url: `${basePath}/${projectId}/`, screenshotPath: null });
      return { status: 'passed' };
    },
  };
}
