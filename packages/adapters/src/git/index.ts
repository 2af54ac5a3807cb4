export { gitSync } from './git-sync.js';
export type { GitPullResult, GitPushResult, GitSync, GitSyncCallOptions, GitSyncOptions } from './git-sync.js';
export type { GitAuthor } from './git-objects.js';
export type { GitAuth } from './git-remote.js';
