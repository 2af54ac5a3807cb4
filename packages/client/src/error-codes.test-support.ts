import { readFileSync } from 'node:fs';
import type { BuildwrightErrorCode } from './buildwright-error.js';

/** Every member of the `BuildwrightErrorCode` union, read from its source (the type has no runtime list). */
export const errorCodes: BuildwrightErrorCode[] = [...readFileSync(new URL('./buildwright-error.ts', import.meta.url), 'utf8').matchAll(/^\s+\| '([A-Z_]+)';?$/gm)].map(
  (match) => match[1] as BuildwrightErrorCode,
);
