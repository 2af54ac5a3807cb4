import { openProjectSandbox } from '../graph/neutral-sandbox.js';
import type { Sandbox } from '../spec/sandbox.js';
import type { BuilderContext } from './run-context.js';

/**
 * The project's sandbox, opened once per builder and shared by its runs and deploys (its installed
 * dependencies build the version). A failed open is forgotten, so the next call tries again.
 */
export function projectSandbox(builder: BuilderContext, projectId: string): Promise<Sandbox> {
  let opening = builder.sandboxes.get(projectId);
  if (!opening) {
    opening = openProjectSandbox(builder.options.sandbox, projectId);
    builder.sandboxes.set(projectId, opening);
    opening.catch(() => builder.sandboxes.delete(projectId));
  }
  return opening;
}
