/** CommonJS packages arrive as `{ default: module }` from `import()`; this unwraps them. */
export function interopDefault<T>(module: T | { default: T }): T {
  return typeof module === 'object' && module !== null && 'default' in module && (module as { default?: T }).default !== undefined ? (module as { default: T }).default : (module as T);
}
