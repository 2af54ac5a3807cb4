import { createHash } from 'node:crypto';
import type { DeployInput } from '@buildwright/core';

/** One file of a deployment, as Vercel's API takes it: path, SHA-1 of its bytes, size, and the bytes to upload. */
export interface VercelFile {
  file: string;
  sha: string;
  size: number;
  data: Uint8Array;
}

/** Vercel's `projectSettings` for a deployment (the build it runs). */
export interface VercelProjectSettings {
  framework: string | null;
  buildCommand?: string | null;
  installCommand?: string | null;
  outputDirectory?: string | null;
}

/**
 * What a deploy uploads and how Vercel builds it. A version with its build (`input.build`) uploads
 * the built files under their output directory and asks for no install and no build (the output is
 * served as it is); a version without one uploads its sources and lets Vercel build them with its
 * Vite preset, with `input.env` written to `.env.production` (read by `vite build`).
 */
export function deploymentFiles(input: DeployInput): { files: VercelFile[]; projectSettings: VercelProjectSettings } {
  if (input.build) {
    // A site served as it is has its build at the root (`.`): it goes up under `dist/` like a built one.
    const outputDir = input.build.outputDir.replace(/^(\.\/+)+|\/+$/g, '').replace(/^\.$/, '') || 'dist';
    const entries = Object.entries(input.build.files).map(([path, content]) => [path.startsWith(`${outputDir}/`) ? path : `${outputDir}/${path}`, content] as const);
    return { files: entries.map(([path, content]) => vercelFile(path, content)), projectSettings: { framework: null, buildCommand: '', installCommand: '', outputDirectory: outputDir } };
  }
  const sources = { ...input.files };
  if (input.env && Object.keys(input.env).length > 0) {
    const lines = Object.entries(input.env).map(([key, value]) => `${key}=${JSON.stringify(value)}`);
    const existing = sources['.env.production'];
    sources['.env.production'] = `${existing ? `${existing.replace(/\n?$/, '\n')}` : ''}${lines.join('\n')}\n`;
  }
  return { files: Object.entries(sources).map(([path, content]) => vercelFile(path, content)), projectSettings: { framework: 'vite' } };
}

function vercelFile(path: string, content: string | Uint8Array): VercelFile {
  const data = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { file: path, sha: createHash('sha1').update(data).digest('hex'), size: data.byteLength, data };
}
