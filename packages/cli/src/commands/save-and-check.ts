import { BuildwrightError, type LlmAdapter, type StorageAdapter } from '@buildwright/core';
import { openPgliteEarly } from '../adapters-from-flags.js';
import type { CommandContext } from '../cli-io.js';
import { executeRun } from '../execute-run.js';
import { openBuilder } from '../open-builder.js';

/** The changes `save` stores: on `baseVersion`, `files` written and `deleted` removed. */
export interface SavedEdits {
  baseVersion: number | null;
  files: Record<string, string>;
  deleted: string[];
}

/** A check run calls no model: `save --check` needs no model configured. */
const noModel: LlmAdapter = {
  specificationVersion: 'v1',
  provider: 'none',
  modelId: 'none',
  stream() {
    throw new BuildwrightError({ code: 'INTERNAL', message: 'save --check called a model: a check run must not.' });
  },
};

/**
 * `buildwright save --check`: stores the edits through a builder (the project's sandbox and the
 * checks of its kind, from the same flags as `edit`) with `saveFiles({ check: true })` and shows
 * the check run as any run. Exit code 1 when a check fails; a conflict or a run in progress
 * (`VERSION_CONFLICT`, `PROJECT_BUSY`) stores nothing and starts no run.
 *
 * @example
 * return saveAndCheck(context, projectId, (storage, ownerId) => editsOf(storage, ownerId), { message: 'Bigger title' });
 */
export async function saveAndCheck(
  context: CommandContext,
  projectId: string,
  edits: (storage: StorageAdapter, ownerId: string) => Promise<SavedEdits>,
  message: { message?: string },
): Promise<number> {
  const { flags } = context.args;
  const ownerId = flags.owner ?? 'local';
  const early = openPgliteEarly(flags);
  let cli: Awaited<ReturnType<typeof openBuilder>>;
  try {
    cli = await openBuilder(flags, {
      existingData: true,
      llm: { llm: noModel, label: 'none (a check run calls no model)' },
      kindOf: async (storage) => (await storage.getProject({ ownerId, projectId }))?.kind,
      ...(early ? { early } : {}),
    });
  } catch (error) {
    await early?.discard();
    throw error;
  }
  const followed = await executeRun(context, cli, async (builder) => {
    const saved = await builder.saveFiles(projectId, { ownerId, ...(await edits(builder.options.storage, ownerId)), ...message, check: true });
    if (!flags.json) context.stdout.write(saved.created ? `Saved version ${saved.version.number}; checking it.\n` : `Nothing changed; checking version ${saved.version.number}.\n`);
    return saved.checkRun!;
  });
  return followed.exitCode;
}
