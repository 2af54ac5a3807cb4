import type { VersionRecord } from '@buildwright/client';
import type { ReactNode } from 'react';
import { useOptionalBuilder } from '../hooks/use-builder.js';
import { useBuilderSnapshot } from '../hooks/use-builder-snapshot.js';
import { useVersions } from '../hooks/use-versions.js';
import { useDefaultTheme } from '../styles/use-default-theme.js';
import { classNames } from './class-names.js';

export interface VersionHistoryProps {
  /** Versions to list; the current project's when omitted (inside a provider). */
  versions?: readonly VersionRecord[];
  /** The current version number. */
  current?: number | null;
  /** Called to restore a version; the provider's `restore` when omitted. */
  onRestore?(version: number): void | Promise<void>;
  /** Disables the Restore buttons (e.g. while a run is under way). */
  disabled?: boolean;
  unstyled?: boolean;
  className?: string;
}

/**
 * The project's versions, newest first, the current one marked, each other one with a Restore
 * button (restoring makes a new version, so it can itself be undone).
 *
 * @example
 * <VersionHistory />
 */
export function VersionHistory(props: VersionHistoryProps): ReactNode {
  const client = useOptionalBuilder();
  return props.versions || !client ? <VersionHistoryView {...props} versions={props.versions ?? []} current={props.current ?? null} busy={false} /> : <ConnectedVersionHistory {...props} />;
}

function ConnectedVersionHistory(props: VersionHistoryProps) {
  const { versions, current, restore, restoring } = useVersions();
  const running = useBuilderSnapshot((snapshot) => snapshot.run?.status === 'running' || snapshot.run?.status === 'starting');
  return (
    <VersionHistoryView
      {...props}
      versions={versions}
      current={props.current ?? current}
      onRestore={props.onRestore ?? ((version) => restore(version).catch(() => undefined))}
      busy={restoring || running || Boolean(props.disabled)}
    />
  );
}

function VersionHistoryView({
  versions,
  current,
  onRestore,
  busy,
  disabled,
  unstyled,
  className,
}: Omit<VersionHistoryProps, 'versions' | 'current'> & { versions: readonly VersionRecord[]; current: number | null; busy: boolean }) {
  useDefaultTheme(!unstyled);
  if (!versions.length) return <p className={classNames('bw bw-empty', className)}>No versions yet.</p>;
  const newestFirst = [...versions].reverse();
  return (
    <ol className={classNames('bw bw-versions', className)} aria-label="Versions" data-testid="bw-versions">
      {newestFirst.map((version) => {
        const isCurrent = version.number === current;
        return (
          <li key={version.number} className="bw-version" aria-current={isCurrent || undefined} data-version={version.number}>
            <strong>v{version.number}</strong>
            <span className="bw-version-message" title={version.message}>
              {version.message}
            </span>
            <time dateTime={version.createdAt} className="bw-cost">
              {new Date(version.createdAt).toLocaleTimeString()}
            </time>
            {isCurrent ? (
              <span className="bw-badge">current</span>
            ) : (
              onRestore && (
                <button type="button" onClick={() => void onRestore(version.number)} disabled={busy || disabled} aria-label={`Restore version ${version.number}`}>
                  Restore
                </button>
              )
            )}
          </li>
        );
      })}
    </ol>
  );
}
