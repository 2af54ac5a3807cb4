import type { Template } from '@buildwright/core';
import { reactViteTemplate } from '../react-vite/react-vite-template.js';

/**
 * The fields a web template built on react-vite shares with it: kind, protected paths, checks,
 * preview command, and react-vite's files under the template's own (its own win).
 */
export function reactViteBased(files: Record<string, string>): Pick<Template, 'kind' | 'kinds' | 'protectedPaths' | 'checks' | 'previewCommand' | 'files'> {
  return {
    kind: 'web',
    kinds: ['web'],
    protectedPaths: reactViteTemplate.protectedPaths!,
    checks: reactViteTemplate.checks!,
    previewCommand: reactViteTemplate.previewCommand!,
    files: { ...reactViteTemplate.files, ...files },
  };
}
