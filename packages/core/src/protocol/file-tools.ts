import { z } from 'zod';
import { planSchema } from '../events/events.js';
import type { LlmToolDefinition } from '../spec/llm.js';

const path = z.string().min(1).describe('Path relative to the project root, e.g. "src/App.tsx".');
const versionRange = z
  .string()
  .regex(/^(?:[~^]|>=|<=|>|<|=)?\s*v?\d+(?:\.(?:\d+|x|\*)){0,2}(?:-[0-9A-Za-z.-]+)?(?:\s*(?:\|\||\s)\s*(?:[~^]|>=|<=|>|<|=)?\s*v?\d+(?:\.(?:\d+|x|\*)){0,2}(?:-[0-9A-Za-z.-]+)?)*$/, {
    message: 'must be a real semver range such as "^1.2.3" (not "latest" or "*")',
  });

/** Zod schemas of the file protocol v1, by tool name. */
export const fileToolSchemas = {
  submit_plan: planSchema,
  write_file: z.object({ path, content: z.string() }),
  edit_file: z.object({
    path,
    edits: z.array(z.object({ search: z.string(), replace: z.string() })).min(1),
  }),
  delete_file: z.object({ path }),
  rename_file: z.object({ from: path, to: path }),
  add_dependencies: z.object({
    dependencies: z.record(z.string().min(1), versionRange),
    dev: z.boolean().optional(),
  }),
  finish: z.object({ summary: z.string() }),
} as const;

export type FileToolName = keyof typeof fileToolSchemas;
export type FileToolArguments<T extends FileToolName> = z.infer<(typeof fileToolSchemas)[T]>;

const descriptions: Record<FileToolName, string> = {
  submit_plan: 'Submit the plan: a title, a summary and ordered steps, each naming the files it will touch.',
  write_file: 'Create a file or replace its whole content. Prefer edit_file for changes to an existing file.',
  edit_file: 'Change an existing file with search/replace edits. Each search must match exactly one place; include enough lines.',
  delete_file: 'Delete a file.',
  rename_file: 'Rename or move a file.',
  add_dependencies: 'Add npm dependencies to package.json with real version ranges (e.g. "^5.0.0"). They are installed before the checks.',
  finish: 'Call when the current step is complete, with a one-paragraph summary of what you did.',
};

/**
 * The tool definitions sent to the model (JSON Schema from the zod schemas).
 *
 * @example
 * const tools = fileToolDefinitions(['write_file', 'edit_file', 'finish']);
 */
export function fileToolDefinitions(names: readonly FileToolName[]): LlmToolDefinition[] {
  return names.map((name) => {
    const { $schema: _ignored, ...parameters } = z.toJSONSchema(fileToolSchemas[name]) as Record<string, unknown>;
    return { name, description: descriptions[name], parameters };
  });
}

/** Tools of the steps that change files. */
export const buildToolNames = ['write_file', 'edit_file', 'delete_file', 'rename_file', 'add_dependencies', 'finish'] as const satisfies readonly FileToolName[];
