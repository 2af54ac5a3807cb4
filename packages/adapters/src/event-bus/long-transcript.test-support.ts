import type { Transcript } from '@buildwright/core';

/**
 * A generation of `steps` files, each step with a line of prose (streamed as `llm.delta` events
 * under `pacedLlm`): a run long enough to be followed and cancelled half-way (test use only).
 */
export function longTranscript(steps: number): Transcript {
  const ids = Array.from({ length: steps }, (_, index) => index + 1);
  return {
    format: 'buildwright.transcript/v1',
    turns: [
      {
        node: 'plan',
        toolCalls: [
          {
            name: 'submit_plan',
            arguments: { title: 'Pages', summary: `${steps} pages`, steps: ids.map((id) => ({ id: `s${id}`, title: `page ${id}`, files: [`page-${id}.html`] })) },
          },
        ],
      },
      ...ids.map((id) => ({
        node: 'build',
        text: `Writing page ${id} now, with a heading and a short paragraph about it.`,
        toolCalls: [
          { name: 'write_file', arguments: { path: `page-${id}.html`, content: `<h1>Page ${id}</h1>\n` } },
          { name: 'finish', arguments: { summary: `page ${id}` } },
        ],
      })),
    ],
  };
}
