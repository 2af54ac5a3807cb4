import { join } from 'node:path';
import type { LlmAdapter } from '@buildwright/core';
import { describe, expect, it } from 'vitest';
import { llmFromFlags } from './adapters-from-flags.js';
import { transcriptsDirectory } from './run-cli.test-support.js';

/** The names of the tools the model calls for `node` in run `runId`. */
async function toolsCalled(llm: LlmAdapter, runId: string, node: string): Promise<string[]> {
  const names: string[] = [];
  const request = { node, messages: [{ role: 'user' as const, content: 'a counter' }], tools: [], context: { ownerId: 'local', runId, projectId: `project-${runId}`, node } };
  for await (const part of llm.stream(request)) if (part.type === 'tool-call') names.push(part.toolCall.name);
  return names;
}

describe('llmFromFlags', () => {
  it('behavior: --llm script: replays the transcript for each run, so serve and worker execute more than one run with it', async () => {
    const { llm } = await llmFromFlags({ llm: `script:${join(transcriptsDirectory, 'counter-app.json')}`, json: false, exit: false, serve: false }, {});
    expect(await toolsCalled(llm, 'run-1', 'plan')).toEqual(['submit_plan']);
    expect(await toolsCalled(llm, 'run-2', 'plan')).toEqual(['submit_plan']);
    expect(await toolsCalled(llm, 'run-1', 'build')).toContain('write_file');
    expect(await toolsCalled(llm, 'run-2', 'build')).toContain('write_file');
  });
});
