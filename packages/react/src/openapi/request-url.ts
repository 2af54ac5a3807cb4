/**
 * The URL of one call: the API's base URL (any path on it is kept), the path template with its
 * parameters filled in (each encoded), and the query parameters that have a value.
 *
 * @example
 * requestUrl('http://127.0.0.1:4000', '/todos/{id}', { id: 'a b' }, { done: 'true' }); // http://127.0.0.1:4000/todos/a%20b?done=true
 */
export function requestUrl(baseUrl: string, path: string, pathValues: Readonly<Record<string, string>>, queryValues: Readonly<Record<string, string>>): string {
  const filled = path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(pathValues[name] ?? ''));
  const query = new URLSearchParams(Object.entries(queryValues).filter(([, value]) => value !== '')).toString();
  return `${baseUrl.replace(/\/+$/, '')}${filled.startsWith('/') ? filled : `/${filled}`}${query ? `?${query}` : ''}`;
}
