import type { z } from 'zod';
import { BuildwrightError, type BuildwrightErrorCode } from '@buildwright/client';
import type { EventInput, Plan } from '../events/events.js';
import type { Workspace } from './workspace.js';
import type { LlmToolCall } from '../spec/llm.js';
import { applyEdits } from './apply-edits.js';
import { eventContent } from './file-streaming/event-content.js';
import { formatZodIssues } from './format-zod-issues.js';
import { assertNoDependencyProblems, dependencyMapProblems, packageJsonDependencyProblems } from './dependency-specs.js';
import { assertWritableFile, defaultFileLimits, type FileLimits } from './file-rules.js';
import { fileToolSchemas, type FileToolArguments, type FileToolName } from './file-tools.js';
import { utf8ByteLength } from './utf8-byte-length.js';
import { projectPath } from './project-path.js';
import { assertUnprotectedPath } from './protected-paths.js';
import type { PathProtector } from './template-protected-paths.js';

/** What a tool call did, and the text that goes back to the model as the tool result. */
export interface ToolOutcome {
  /** Tool result for the model. */
  content: string;
  isError: boolean;
  /** Set by `finish`. */
  finished?: string;
  /** Set by `submit_plan`. */
  plan?: Plan;
}

export interface ToolCallContext {
  workspace: Workspace;
  emit(event: EventInput): Promise<void>;
  /** Tools this node offers; any other name is refused. */
  allowed: readonly FileToolName[];
  /** Size limits of the project's files. Default `defaultFileLimits`. */
  fileLimits?: FileLimits;
  /**
   * Why this step may not change a path, or undefined when it may (a step that owns some files,
   * or may not change them). A refused change is a tool error the model can act on.
   */
  refusePath?(path: string): string | undefined;
  /**
   * Why the template protects a path (`templatePathProtector`): refused like `.git/` or
   * `node_modules/`, as a `PATH_PROTECTED` tool error and a warning.
   */
  protectPath?: PathProtector;
}

const failure = (content: string): ToolOutcome => ({ content: `Error: ${content}`, isError: true });

/** Refusals of hostile or mistaken model output: a tool error and a warning, never a failed run. */
const refusalCodes: ReadonlySet<BuildwrightErrorCode> = new Set(['PATH_OUTSIDE_PROJECT', 'PATH_PROTECTED', 'PATH_INVALID', 'PROJECT_LIMIT_EXCEEDED', 'DEPENDENCY_REFUSED']);

/**
 * Validates and applies one tool call of the file protocol. Never throws for the model's
 * mistakes (unknown tool, malformed arguments, bad path, missed edit): those come back as an
 * error result for the model, and an event says what failed. Refused outright, with a
 * `notice.posted` warning: paths outside the project (`PATH_OUTSIDE_PROJECT`), protected paths
 * such as `.git/` or `.npmrc` (`PATH_PROTECTED`), names no project should hold or that clash with
 * existing files (`PATH_INVALID`), writes past the size and count limits (`PROJECT_LIMIT_EXCEEDED`), and dependencies not from the npm registry,
 * through `add_dependencies` or any `package.json` written (`DEPENDENCY_REFUSED`).
 *
 * @example
 * const outcome = await executeToolCall(call, { workspace, emit, allowed: buildToolNames });
 */
export async function executeToolCall(call: LlmToolCall, context: ToolCallContext): Promise<ToolOutcome> {
  const name = call.name as FileToolName;
  if (!context.allowed.includes(name)) {
    return failure(`unknown tool "${call.name}". Available tools: ${context.allowed.join(', ')}.`);
  }
  if (call.arguments === undefined) {
    return failure(`the arguments of ${call.name} are not valid JSON (${truncate(call.argumentsText, 200)}). Send a JSON object matching the tool's schema.`);
  }
  try {
    // Before the schema, whose semver-only rule would hide what is wrong with a git or file spec.
    if (name === 'add_dependencies') assertRegistryArguments(call.arguments);
    const parsed = (fileToolSchemas[name] as z.ZodType).safeParse(call.arguments);
    if (!parsed.success) {
      return failure(`invalid arguments for ${call.name}: ${formatZodIssues(parsed.error, { root: '(arguments)' })}.`);
    }
    return await apply(name, parsed.data, context);
  } catch (error) {
    if (BuildwrightError.isInstance(error) && refusalCodes.has(error.code)) {
      await context.emit({ type: 'notice.posted', level: 'warn', message: `Refused ${call.name}: ${error.message}` });
      return failure(error.message);
    }
    throw error;
  }
}

async function apply(name: FileToolName, args: unknown, context: ToolCallContext): Promise<ToolOutcome> {
  const writablePath = (rawPath: string) => writableProjectPath(rawPath, context.protectPath);
  const refusal = changedPaths(name, args)
    .map((path) => context.refusePath?.(writablePath(path)))
    .find((reason) => reason !== undefined);
  if (refusal !== undefined) return failure(refusal);
  const { workspace, emit, fileLimits = defaultFileLimits } = context;
  switch (name) {
    case 'submit_plan': {
      const plan = args as FileToolArguments<'submit_plan'>;
      return { content: 'Plan accepted.', isError: false, plan };
    }
    case 'write_file': {
      const { path: rawPath, content } = args as FileToolArguments<'write_file'>;
      const path = writablePath(rawPath);
      const bytes = utf8ByteLength(content);
      assertWritableFile(workspace, path, bytes, fileLimits);
      assertManifestAllowed(path, content);
      await workspace.write(path, content);
      await emit({ type: 'file.written', path, bytes, ...eventContent(content, bytes) });
      return { content: `Wrote ${path}.`, isError: false };
    }
    case 'edit_file': {
      const { path: rawPath, edits } = args as FileToolArguments<'edit_file'>;
      const path = writablePath(rawPath);
      const current = workspace.read(path);
      if (current === undefined) {
        await emit({ type: 'file.edit_failed', path, reason: 'file does not exist' });
        return failure(`${path} does not exist. Use write_file to create it. Files: ${workspace.paths().join(', ')}`);
      }
      const result = applyEdits(current, edits);
      if (!result.ok) {
        await emit({ type: 'file.edit_failed', path, reason: result.reason, ...(result.nearest === undefined ? {} : { nearest: result.nearest }) });
        const hint = result.nearest === undefined ? '' : `\nNearest lines in ${path}:\n${result.nearest}`;
        return failure(`edit ${result.index + 1} of ${edits.length} on ${path} was not applied (no edit was): ${result.reason}.${hint}`);
      }
      const bytes = utf8ByteLength(result.content);
      assertWritableFile(workspace, path, bytes, fileLimits);
      assertManifestAllowed(path, result.content);
      await workspace.write(path, result.content);
      await emit({ type: 'file.edited', path, edits: edits.length, ...eventContent(result.content, bytes) });
      return { content: `Edited ${path} (${edits.length} edit${edits.length === 1 ? '' : 's'}).`, isError: false };
    }
    case 'delete_file': {
      const path = writablePath((args as FileToolArguments<'delete_file'>).path);
      if (!workspace.has(path)) return failure(`${path} does not exist.`);
      await workspace.remove(path);
      await emit({ type: 'file.deleted', path });
      return { content: `Deleted ${path}.`, isError: false };
    }
    case 'rename_file': {
      const { from: rawFrom, to: rawTo } = args as FileToolArguments<'rename_file'>;
      const from = writablePath(rawFrom);
      const to = writablePath(rawTo);
      const content = workspace.read(from);
      if (content === undefined) return failure(`${from} does not exist.`);
      if (from === to) return { content: `${from} already has that name; nothing changed.`, isError: false };
      const bytes = utf8ByteLength(content);
      assertWritableFile(workspace, to, bytes, fileLimits, from);
      assertManifestAllowed(to, content);
      await workspace.write(to, content);
      await workspace.remove(from);
      await emit({ type: 'file.deleted', path: from });
      await emit({ type: 'file.written', path: to, bytes, ...eventContent(content, bytes) });
      return { content: `Renamed ${from} to ${to}.`, isError: false };
    }
    case 'add_dependencies': {
      const { dependencies, dev = false } = args as FileToolArguments<'add_dependencies'>;
      const manifestText = workspace.read('package.json');
      if (manifestText === undefined) return failure('package.json does not exist; write it first.');
      let manifest: Record<string, unknown>;
      try {
        manifest = JSON.parse(manifestText) as Record<string, unknown>;
      } catch {
        return failure('package.json is not valid JSON; fix it with write_file first.');
      }
      const field = dev ? 'devDependencies' : 'dependencies';
      manifest[field] = { ...(manifest[field] as Record<string, string> | undefined), ...dependencies };
      const text = `${JSON.stringify(manifest, null, 2)}\n`;
      assertWritableFile(workspace, 'package.json', utf8ByteLength(text), fileLimits);
      await workspace.write('package.json', text);
      for (const [dependency, version] of Object.entries(dependencies)) {
        await emit({ type: 'dependency.added', name: dependency, version, dev });
      }
      return { content: `Added to ${field}: ${Object.keys(dependencies).join(', ')}.`, isError: false };
    }
    case 'finish': {
      const { summary } = args as FileToolArguments<'finish'>;
      return { content: 'Step finished.', isError: false, finished: summary };
    }
  }
}

/** The paths a tool call changes (as the model wrote them). */
function changedPaths(name: FileToolName, args: unknown): string[] {
  switch (name) {
    case 'write_file':
    case 'edit_file':
    case 'delete_file':
      return [(args as { path: string }).path];
    case 'rename_file':
      return [(args as FileToolArguments<'rename_file'>).from, (args as FileToolArguments<'rename_file'>).to];
    case 'add_dependencies':
      return ['package.json'];
    default:
      return [];
  }
}

/** A project path the model may write: inside the project and not protected, by Buildwright or the template's `protector` (throws the refusal). */
export function writableProjectPath(rawPath: string, protector?: PathProtector): string {
  const path = projectPath(rawPath);
  assertUnprotectedPath(path, protector);
  return path;
}

/** A `package.json`, at any depth, may only name dependencies from the npm registry. */
function assertManifestAllowed(path: string, content: string): void {
  if (path.split('/').at(-1)?.toLowerCase() !== 'package.json') return;
  assertNoDependencyProblems(path, packageJsonDependencyProblems(content));
}

function assertRegistryArguments(args: unknown): void {
  if (typeof args !== 'object' || args === null) return;
  const { dependencies, dev } = args as { dependencies?: unknown; dev?: unknown };
  if (typeof dependencies !== 'object' || dependencies === null || Array.isArray(dependencies)) return;
  // Specs that are not strings are the schema's to report.
  const specs = Object.entries(dependencies).filter(([, spec]) => typeof spec === 'string');
  assertNoDependencyProblems('add_dependencies', dependencyMapProblems(dev === true ? 'devDependencies' : 'dependencies', Object.fromEntries(specs)));
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
