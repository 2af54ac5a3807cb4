/** Why a template protects a path: its checks or generated code rely on the file as it is. */
export type PathProtector = (path: string) => string | undefined;

/**
 * A matcher of a template's `protectedPaths`: an exact path, a directory ending in `/` (everything
 * under it), or a pattern where `*` matches within a name and `**` across folders. Letter case is
 * ignored, as in `protectedPathReason`. `undefined` when the template protects nothing.
 *
 * @example
 * const protector = templatePathProtector('react-vite', ['tsconfig.json', 'src/generated/']);
 * protector?.('src/generated/api.ts'); // 'the "react-vite" template protects src/generated/ ...'
 */
export function templatePathProtector(templateName: string, patterns: readonly string[] | undefined): PathProtector | undefined {
  if (!patterns?.length) return undefined;
  const matchers = patterns.map((pattern) => ({ pattern, regex: patternRegex(pattern) }));
  return (path) => {
    const normalized = path.toLowerCase();
    const hit = matchers.find(({ regex }) => regex.test(normalized));
    return hit ? `the "${templateName}" template protects ${hit.pattern} (its checks or generated code rely on it as it is). Remove this change and do the work in other files` : undefined;
  };
}

function patternRegex(pattern: string): RegExp {
  const trimmed = pattern.trim().replace(/^\.\//, '').toLowerCase();
  const directory = trimmed.endsWith('/');
  // `**/` is any number of folders (none too), `**` anything, `*` anything within one name.
  const body = (directory ? trimmed.slice(0, -1) : trimmed)
    .split(/(\*\*\/|\*\*|\*)/)
    .map((part) => (part === '**/' ? '(?:.*/)?' : part === '**' ? '.*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}${directory ? '/.*' : ''}$`);
}
