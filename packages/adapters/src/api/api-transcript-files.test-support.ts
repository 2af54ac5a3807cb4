import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Transcript } from '@buildwright/core';

/** The files a fixture transcript of this folder writes with write_file, path → content, the last write winning (test use only). */
export function transcriptFiles(fixture: string): Record<string, string> {
  const transcript = JSON.parse(readFileSync(fileURLToPath(new URL(`./fixtures/${fixture}`, import.meta.url)), 'utf8')) as Transcript;
  return Object.fromEntries(
    transcript.turns
      .flatMap((turn) => turn.toolCalls ?? [])
      .filter((call) => call.name === 'write_file')
      .map((call) => {
        const { path, content } = call.arguments as { path: string; content: string };
        return [path, content];
      }),
  );
}
