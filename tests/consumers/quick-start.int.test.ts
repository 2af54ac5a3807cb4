import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositoryRoot } from '../packaging/pack-workspace.js';
import { installConsumer, runIn, type ConsumerProject } from './consumer-project.js';
import { printTimings } from './consumer-timings.js';

// The README's quick start, read from the README: its `npm install` line and its script, run with
// the real defaults (local sandbox, PGlite, the web checks in Chromium, the templates). The one
// change: the model is the scripted one (the same counter-app transcript the demo replays), since
// CI has no model API key.
const readme = readFileSync(join(repositoryRoot, 'README.md'), 'utf8');
const quickStart = readme.slice(readme.indexOf('## Quick start'));
const installLine = /^npm install (.+)$/m.exec(quickStart)![1]!;
const script = /```ts\n([\s\S]*?)```/.exec(quickStart)![1]!;
const liveModel = { import: "import { openaiLlm } from '@buildwright/adapters/openai';", call: "openaiLlm({ model: 'gpt-4.1-mini' })" };

/** The registry packages of the install line with their ranges (`typescript@"<7"` → typescript: <7). */
function registryDependencies(line: string): Record<string, string> {
  const specs = line.split(/\s+/).filter((spec) => !spec.startsWith('@buildwright/'));
  return Object.fromEntries(specs.map((spec) => /^(@?[^@]+)(?:@"?([^"]*)"?)?$/.exec(spec)!).map(([, name, range]) => [name!, range || 'latest']));
}

let project: ConsumerProject;
beforeAll(async () => {
  expect(script).toContain(liveModel.import);
  expect(script).toContain(liveModel.call);
  expect(installLine).toMatch(/^@buildwright\/core @buildwright\/adapters /);
  project = await installConsumer({
    name: 'readme-quick-start',
    packages: ['core', 'adapters'],
    dependencies: registryDependencies(installLine),
    files: {
      'transcript.json': readFileSync(join(repositoryRoot, 'examples/transcripts/counter-app.json'), 'utf8'),
      'quick-start.mjs': script.replace(liveModel.import, "import { scriptedLlm } from '@buildwright/adapters/scripted';").replace(liveModel.call, "scriptedLlm({ transcript: 'transcript.json' })"),
    },
  });
}, 300_000);

afterAll(printTimings);

describe('the README quick start, installed from the packed packages as its npm install line says', () => {
  it('default: generates and verifies a web app with the real defaults, prints the version and exits', async () => {
    const output = await runIn(project, 'generation (real checks)', process.execPath, ['quick-start.mjs']);
    expect(output).toMatch(/^src\/App\.tsx$/m);
    expect(output).toMatch(/^version 1 /m);
  }, 300_000);
});
