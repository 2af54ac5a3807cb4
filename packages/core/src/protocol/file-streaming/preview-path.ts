import { BuildwrightError } from '@buildwright/client';
import { writableProjectPath, type ToolCallContext } from '../execute-tool-call.js';
import { assertWritableFile, defaultFileLimits } from '../file-rules.js';

/**
 * The normalized path a `write_file` to `rawPath` may preview in `file.streaming` events, or
 * undefined when the write would be refused before its content is even read: a tool this step
 * does not offer, a path outside the project or protected, a path the step may not change, a
 * name the project may not hold. A `package.json` is never previewed, since its dependencies
 * can only be checked once it is complete.
 *
 * @example
 * previewPath('./src/App.tsx', context); // 'src/App.tsx'
 * previewPath('.git/config', context);   // undefined
 */
export function previewPath(rawPath: string, context: Pick<ToolCallContext, 'workspace' | 'allowed' | 'fileLimits' | 'refusePath' | 'protectPath'>): string | undefined {
  if (!context.allowed.includes('write_file')) return undefined;
  try {
    const path = writableProjectPath(rawPath, context.protectPath);
    if (context.refusePath?.(path) !== undefined) return undefined;
    if (path.split('/').at(-1)?.toLowerCase() === 'package.json') return undefined;
    assertWritableFile(context.workspace, path, 0, context.fileLimits ?? defaultFileLimits);
    return path;
  } catch (error) {
    if (BuildwrightError.isInstance(error)) return undefined;
    throw error;
  }
}
