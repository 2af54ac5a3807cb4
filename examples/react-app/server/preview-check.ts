import type { RunNode } from '@buildwright/core';

/**
 * A run node that announces the example server's static preview of the project
 * (`/preview/<projectId>/`). The memory sandbox runs no dev server, so the example serves the
 * stored files itself; with a real sandbox (`localSandbox`, `e2bSandbox`) the browser check
 * from `@buildwright/adapters/checks` returns the sandbox's own preview URL instead.
 *
 * @example
 * createBuilder({ ...adapters, graph: { nodes: (defaults) => [...defaults, staticPreview('/preview')] } });
 */
export function staticPreview(basePath: string): RunNode {
  return {
    name: 'preview',
    kinds: ['web'],
    async run({ projectId }) {
      // The run announces it as preview.ready and returns it as the run's previewUrl.
      return { status: 'passed', preview: { url: `${basePath}/${projectId}/`, screenshotPath: null } };
    },
  };
}
