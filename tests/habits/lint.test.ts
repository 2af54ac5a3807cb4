import { expect, it } from 'vitest';
import { runTool } from './run-tool.js';

// `biome ci` lints and checks formatting (biome.jsonc). On failure the message is Biome's own report;
// `npm run format` fixes formatting, `npm run lint` shows the lint findings.
it('default: biome ci finds no lint error and no unformatted file', async () => {
  const { exitCode, output } = await runTool('biome', ['ci', '--colors=off', '--max-diagnostics=50', '.']);
  expect(exitCode, `biome ci failed (fix with npm run format / npm run lint):\n${output}`).toBe(0);
});
