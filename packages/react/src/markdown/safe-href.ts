const allowed = new Set(['http:', 'https:', 'mailto:']);

/**
 * The link target of model-written markdown when it is an absolute http(s) or mailto URL, else
 * `null` (so `javascript:`, `data:` and `vbscript:` links, however spelled, are never rendered as links).
 */
export function safeHref(href: string): string | null {
  try {
    const url = new URL(href);
    return allowed.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}
