import type { Transcript } from '@buildwright/core';

const files = Object.fromEntries(Array.from({ length: 10 }, (_, index) => [`src/part${index}.js`, `export const part${index} = ${index};\n`.repeat(20)]));

/** A plan and a one-turn build of ten files, `runs` times: one scripted model serving that many runs in any order. */
export function benchTranscript(runs: number): Transcript {
  const turns: Transcript['turns'] = [
    { node: 'plan', toolCalls: [{ name: 'submit_plan', arguments: { title: 'Ten files', summary: 'bench', steps: [{ id: 'all', title: 'All files', files: Object.keys(files) }] } }] },
    { node: 'build', toolCalls: [...Object.entries(files).map(([path, content]) => ({ name: 'write_file', arguments: { path, content } })), { name: 'finish', arguments: { summary: 'done' } }] },
  ];
  return { format: 'buildwright.transcript/v1', turns: Array.from({ length: runs }, () => turns).flat() };
}
