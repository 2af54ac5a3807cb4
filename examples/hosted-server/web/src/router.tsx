import { useSyncExternalStore, type MouseEvent, type ReactNode } from 'react';

/** The dashboard's own paths, below the /app/ base (Vite's `base`, and where the API serves the build). */
export const base = '/app';

const subscribe = (listener: () => void) => {
  window.addEventListener('popstate', listener);
  return () => window.removeEventListener('popstate', listener);
};

/** The path below /app, e.g. `/projects/3f…`, and its query. */
export function useLocation(): { path: string; search: URLSearchParams } {
  const href = useSyncExternalStore(subscribe, () => window.location.pathname + window.location.search);
  const url = new URL(href, window.location.origin);
  return { path: url.pathname.slice(base.length) || '/', search: url.searchParams };
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', base + to);
  else window.history.pushState(null, '', base + to);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/** A link inside the dashboard (no page load). */
export function Link({ to, children, className }: { to: string; children: ReactNode; className?: string }) {
  const onClick = (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={base + to} onClick={onClick} className={className}>
      {children}
    </a>
  );
}
