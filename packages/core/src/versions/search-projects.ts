import type { ProjectPage } from '../spec/storage.js';
import type { VersionsContext } from './require-records.js';

export interface SearchProjectsOptions {
  ownerId: string;
  /** Keeps projects whose name or any run's prompt contains it (case-insensitive). */
  query?: string;
  /** `nextCursor` of the previous page; omit for the first page. */
  cursor?: string;
  /** Projects per page, 1 to 100 (default 20). */
  limit?: number;
}

/**
 * One page of an owner's projects, newest first, optionally searched by name and prompt. Follow
 * `nextCursor` until it is `null`.
 *
 * @example
 * let page = await searchProjects({ storage }, { ownerId: 'user-1', query: 'todo', limit: 10 });
 * while (page.nextCursor) page = await searchProjects({ storage }, { ownerId: 'user-1', query: 'todo', limit: 10, cursor: page.nextCursor });
 */
export function searchProjects({ storage }: VersionsContext, options: SearchProjectsOptions): Promise<ProjectPage> {
  return storage.searchProjects(options);
}
