import type { PreviewView } from '@buildwright/client';
import { useMemo } from 'react';
import { useBuilderSnapshot } from './use-builder-snapshot.js';

export interface UsePreviewResult extends PreviewView {
  /** Version of the files the preview shows; a change means the preview should reload. */
  version: number | null;
}

/**
 * The preview of the current project: its URL and whether it is ready, still coming, or failed
 * (with the reason).
 *
 * @example
 * const preview = usePreview();
 * return preview.status === 'ready' ? <a href={preview.url!}>Open the app</a> : <p>{preview.reason ?? 'Not ready'}</p>;
 */
export function usePreview(): UsePreviewResult {
  const preview = useBuilderSnapshot((snapshot) => snapshot.preview);
  const version = useBuilderSnapshot((snapshot) => snapshot.files.version);
  return useMemo(() => ({ ...preview, version }), [preview, version]);
}
