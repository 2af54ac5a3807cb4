import { readdirSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

// A change here is an API change: review it as one.
it('default: public exports of @buildwright/client', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toEqual([
    'BuildwrightError',
    'createAgentsClient',
    'createBuilderClient',
    'createRunView',
    'foldEvent',
    'followRunEvents',
    'initialSnapshot',
    'isTerminal',
    'maxRunMetadataBytes',
    'parseRunMetadata',
    'readEventStream',
    'requestJson',
    'runFinish',
    'sleep',
    'sseRunEvents',
    'terminalEventTypes',
    'toBuildwrightError',
  ]);
});

it('default: the package has no dependencies, so a browser app that uses it installs nothing else', () => {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  expect(manifest.dependencies ?? {}).toEqual({});
  expect(manifest.peerDependencies ?? {}).toEqual({});
});

it('default: its source imports only its own modules (no Node built-ins, no packages: it runs in browsers)', () => {
  const directory = new URL('./', import.meta.url);
  const sources = readdirSync(directory).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.test-support.ts'));
  const outside = sources.flatMap((name) =>
    [...readFileSync(new URL(name, directory), 'utf8').matchAll(/^(?:import|export)[^'"]*from\s+'([^']+)'/gm)]
      .map((match) => match[1]!)
      .filter((specifier) => !specifier.startsWith('./'))
      .map((specifier) => `${name}: ${specifier}`),
  );
  expect(outside).toEqual([]);
});
