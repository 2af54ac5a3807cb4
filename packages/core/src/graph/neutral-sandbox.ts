import { BuildwrightError } from '@buildwright/client';
import type { Sandbox, SandboxAdapter } from '../spec/sandbox.js';

/**
 * Sandbox ids of neutral sandboxes start with this; no project's sandbox may (project ids are
 * UUIDs, and opening a project's sandbox refuses one that starts with it), so a neutral sandbox
 * never shares a directory or a machine with a project's model code.
 */
export const neutralSandboxPrefix = 'buildwright.neutral.';

const namePattern = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** The sandbox id of the neutral sandbox `name` (lowercase letters, digits and "-", at most 64). */
export function neutralSandboxId(name: string): string {
  if (!namePattern.test(name)) {
    throw new BuildwrightError({
      code: 'INVALID_INPUT',
      message: `Neutral sandbox name "${name}" is not valid: use lowercase letters, digits and "-" (at most 64, starting with a letter or digit).`,
      details: { name },
    });
  }
  return `${neutralSandboxPrefix}${name}`;
}

/** Opens a neutral sandbox: one that belongs to no project, through the builder's sandbox adapter. */
export function openNeutralSandbox(adapter: SandboxAdapter, options: { name: string; signal?: AbortSignal }): Promise<Sandbox> {
  return adapter.open({ projectId: neutralSandboxId(options.name), ...(options.signal ? { signal: options.signal } : {}) });
}

/** Opens a project's sandbox; refuses a project id that names a neutral sandbox. */
export function openProjectSandbox(adapter: SandboxAdapter, projectId: string): Promise<Sandbox> {
  if (projectId.startsWith(neutralSandboxPrefix)) {
    return Promise.reject(
      new BuildwrightError({
        code: 'INVALID_INPUT',
        message: `Project id "${projectId}" starts with "${neutralSandboxPrefix}", which names a neutral sandbox that belongs to no project: give the project another id.`,
        details: { projectId },
      }),
    );
  }
  return adapter.open({ projectId });
}
