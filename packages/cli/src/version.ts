import { createRequire } from 'node:module';

/**
 * The CLI's version, from its package.json (one directory above both src/ and dist/).
 *
 * @example
 * console.log(`buildwright ${version}`);
 */
export const version: string = (createRequire(import.meta.url)('../package.json') as { version: string }).version;
