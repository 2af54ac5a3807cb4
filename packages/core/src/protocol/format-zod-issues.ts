/** What `formatZodIssues` reads of a zod error (structural, so any copy of zod's errors fits). */
export interface ZodIssuesLike {
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>;
}

/**
 * A zod error's issues on one line, as a model or a user is told them: `path: message` each, joined
 * by `'; '`. An issue at the root is named `root` (without `root`, its message alone); `limit`
 * keeps the first issues only.
 *
 * @example
 * const parsed = schema.safeParse(call.arguments);
 * if (!parsed.success) return `invalid arguments: ${formatZodIssues(parsed.error, { root: 'arguments', limit: 5 })}`;
 * // 'invalid arguments: steps.0.title: Invalid input: expected string, received undefined'
 */
export function formatZodIssues(error: ZodIssuesLike, options: { root?: string; limit?: number } = {}): string {
  return error.issues
    .slice(0, options.limit)
    .map((issue) => {
      const path = issue.path.join('.') || options.root;
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}
