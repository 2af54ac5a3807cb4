import type { PreviewView } from '@buildwright/client';
import { useState, type ReactNode } from 'react';
import { useOptionalBuilder } from '../hooks/use-builder.js';
import { usePreview } from '../hooks/use-preview.js';
import { useDefaultTheme } from '../styles/use-default-theme.js';
import { classNames } from './class-names.js';

export interface PreviewProps {
  /** URL to show; the current project's preview when omitted (inside a provider). */
  url?: string | null;
  /** State when `url` is given without a provider. Default `ready` when there is a URL. */
  status?: PreviewView['status'];
  /** Why the preview failed. */
  reason?: string | null;
  /**
   * The run's work in progress (`preview.updated`): shown, with a "Building…" badge, until the
   * verified preview replaces it. It updates itself (hot reload) as steps land.
   */
  live?: PreviewView['live'];
  /** Files version shown; the frame reloads when it changes. */
  version?: number | null;
  /** Accessible title of the frame. Default "App preview". */
  title?: string;
  /**
   * The iframe's `sandbox`. By default scripts, forms, modals and popups are allowed, and
   * `allow-same-origin` only for a preview on another origin than the page, so a preview served
   * by your own server cannot reach your page.
   */
  sandbox?: string;
  unstyled?: boolean;
  className?: string;
}

const baseSandbox = 'allow-scripts allow-forms allow-modals allow-popups allow-popups-to-escape-sandbox allow-downloads';

/**
 * The running app in an iframe, with Reload and Open in a new tab, and clear states while the
 * app is being built, when there is none yet, and when the run failed (with the reason).
 *
 * @example
 * <Preview />                                    // the current project's preview, inside a provider
 * <Preview url="https://3000-abc.e2b.app" />     // any URL
 */
export function Preview(props: PreviewProps): ReactNode {
  const client = useOptionalBuilder();
  return props.url !== undefined || !client ? (
    <PreviewBody {...props} url={props.url ?? null} status={props.status ?? (props.url ? 'ready' : 'none')} reason={props.reason ?? null} live={props.live ?? null} version={props.version ?? null} />
  ) : (
    <ConnectedPreview {...props} />
  );
}

function ConnectedPreview(props: PreviewProps) {
  const preview = usePreview();
  return <PreviewBody {...props} url={preview.url} status={preview.status} reason={preview.reason} live={preview.live} version={preview.version} />;
}

function sandboxFor(url: string): string {
  if (typeof window === 'undefined') return baseSandbox;
  try {
    return new URL(url, window.location.href).origin === window.location.origin ? baseSandbox : `${baseSandbox} allow-same-origin`;
  } catch {
    return baseSandbox;
  }
}

function PreviewBody({
  url,
  status,
  reason,
  live,
  version,
  title = 'App preview',
  sandbox,
  unstyled,
  className,
}: Omit<PreviewProps, 'url' | 'status' | 'reason' | 'live' | 'version'> & {
  url: string | null;
  status: PreviewView['status'];
  reason: string | null;
  live: PreviewView['live'];
  version: number | null;
}) {
  useDefaultTheme(!unstyled);
  const [reloads, setReloads] = useState(0);
  // The work in progress while the run builds; the verified app otherwise.
  const shown = live?.url ?? (status === 'ready' ? url : null);
  return (
    <section className={classNames('bw bw-preview', className)} aria-label={title} data-status={status} data-live={live ? 'true' : undefined} data-testid="bw-preview">
      <div className="bw-preview-bar">
        {live ? (
          <span className="bw-preview-badge" role="status">
            Building… live, not verified yet
          </span>
        ) : null}
        <span className="bw-preview-url">{shown ?? 'No preview'}</span>
        <button type="button" onClick={() => setReloads((count) => count + 1)} disabled={shown === null} aria-label="Reload the preview">
          ↻ Reload
        </button>
        {shown !== null ? (
          <a href={shown} target="_blank" rel="noopener noreferrer" aria-label="Open the preview in a new tab">
            Open ↗
          </a>
        ) : null}
      </div>
      {shown !== null ? (
        // A live preview reloads itself as files change; the verified one reloads with each version.
        <iframe key={live ? `${shown}|${reloads}` : `${shown}|${version}|${reloads}`} src={shown} title={title} sandbox={sandbox ?? sandboxFor(shown)} />
      ) : (
        <div className="bw-preview-state" data-status={status} role={status === 'failed' ? 'alert' : 'status'}>
          {status === 'waiting' && <strong>Building the app…</strong>}
          {status === 'waiting' && <span>The preview appears here once the app runs.</span>}
          {status === 'failed' && <strong>The preview is not available.</strong>}
          {status === 'failed' && reason && <span>{reason}</span>}
          {status === 'none' && <strong>No preview yet.</strong>}
          {status === 'none' && <span>{reason ?? 'Describe an app to build and its preview appears here.'}</span>}
        </div>
      )}
    </section>
  );
}
