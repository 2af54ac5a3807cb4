// Scripts a generation from Node on the embedded defaults: the scripted model (a recorded
// transcript), the local sandbox, PGlite, the react-vite template and the real web checks.
// Run from the repository root: pnpm exec tsx examples/node-script/generate.ts
// Swap `llm` for openaiLlm({ model: 'gpt-4.1-mini' }) to use a real model.
import { createBuilder } from '@buildwright/core';
import { webChecks } from '@buildwright/adapters/checks';
import { localSandbox } from '@buildwright/adapters/local';
import { pgliteStorage } from '@buildwright/adapters/pglite';
import { scriptedLlm } from '@buildwright/adapters/scripted';
import { templates } from '@buildwright/adapters/templates';

const builder = createBuilder({
  llm: scriptedLlm({ transcript: 'examples/transcripts/counter-app.json' }),
  sandbox: localSandbox(),
  storage: pgliteStorage({ dataDir: '.buildwright/example-data' }),
  checks: webChecks(),
  templates,
});

const run = builder.generate({ prompt: 'a habit tracker with streak counters', kind: 'web' });
run.on('plan.created', ({ plan }) => console.log(`plan: ${plan.title} (${plan.steps.length} steps)`));
run.on('file.written', ({ path }) => console.log(`  wrote ${path}`));
run.on('check.passed', ({ check, durationMs }) => console.log(`  ✓ ${check} (${durationMs} ms)`));
run.on('check.failed', ({ check, report }) => console.log(`  ✗ ${check}: ${report.split('\n')[0]}`));
run.on('fix.started', ({ attempt }) => console.log(`  fixing (attempt ${attempt})`));

try {
  const result = await run.result;
  console.log(`version ${result.version.number}: ${Object.keys(result.files).length} files`);
  console.log(`preview: ${result.previewUrl}\nscreenshot: ${result.screenshotPath}`);
} finally {
  await builder.close();
}
