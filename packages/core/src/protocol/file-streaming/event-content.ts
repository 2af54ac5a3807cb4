/**
 * Largest file, in UTF-8 bytes, whose content travels in `file.written` / `file.edited` events
 * and in `file.streaming` previews (256 KiB). A larger file's event has no `content`: clients
 * read it from the project (`GET /projects/:id/files`, `client.readFiles()`).
 */
export const maxEventContentBytes = 256 * 1024;

/**
 * `{ content }` for a file event when the file is at most `maxEventContentBytes`, else `{}`
 * (the field is optional, so older clients and stored events stay valid).
 *
 * @example
 * await emit({ type: 'file.written', path, bytes, ...eventContent(content, bytes) });
 */
export function eventContent(content: string, bytes: number): { content?: string } {
  return bytes <= maxEventContentBytes ? { content } : {};
}
