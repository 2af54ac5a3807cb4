import { BuildwrightError } from '@buildwright/client';

/** Projects per page when `searchProjects` is given no `limit`. */
export const defaultProjectPageSize = 20;
/** The most projects one page holds. */
export const maxProjectPageSize = 100;

/** What every storage adapter reads from `searchProjects`' input, checked once for all of them. */
export interface ProjectPageInput {
  /** Lowercased query; `undefined` for none (an empty or blank query is none). */
  query: string | undefined;
  /** The position the page starts after (exclusive, newest first); `undefined` for the first page. */
  before: number | undefined;
  limit: number;
}

/**
 * Checks `searchProjects`' `limit` and `cursor` and reads the cursor back into the creation
 * position it encodes. Every adapter keeps projects in creation order with a position that only
 * grows; a cursor is the position of the last project of the previous page, in decimal.
 * `INVALID_INPUT` for a limit outside 1–100 or a cursor no adapter hands out.
 *
 * @example
 * const { before, limit } = projectPageInput({ cursor: page.nextCursor ?? undefined, limit: 10 });
 */
export function projectPageInput(input: { query?: string; cursor?: string; limit?: number }): ProjectPageInput {
  const limit = input.limit ?? defaultProjectPageSize;
  if (!Number.isInteger(limit) || limit < 1 || limit > maxProjectPageSize) {
    throw new BuildwrightError({ code: 'INVALID_INPUT', docsPage: 'projects.md', message: `A page of projects holds 1 to ${maxProjectPageSize} projects (got limit ${limit}).`, details: { limit } });
  }
  let before: number | undefined;
  if (input.cursor !== undefined && input.cursor !== '') {
    if (!/^[1-9]\d{0,14}$/.test(input.cursor)) {
      throw new BuildwrightError({
        code: 'INVALID_INPUT',
        docsPage: 'projects.md',
        message: `The cursor "${input.cursor.slice(0, 40)}" was not handed out by searchProjects: pass the nextCursor of the previous page, or none for the first page.`,
        details: { cursor: input.cursor.slice(0, 40) },
      });
    }
    before = Number(input.cursor);
  }
  const query = input.query?.trim().toLowerCase();
  return { query: query ? query : undefined, before, limit };
}

/** The cursor that continues after the project at `position`. */
export function projectCursor(position: number): string {
  return String(position);
}
