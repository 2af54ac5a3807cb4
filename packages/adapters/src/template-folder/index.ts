export { loadTemplatesFromFolder } from './load-templates-from-folder.js';
export type { LoadTemplatesFromFolderOptions } from './load-templates-from-folder.js';
