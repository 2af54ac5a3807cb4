import { expect, it } from 'vitest';

it('default: public exports of @buildwright/react', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toEqual([
    'BuilderChat',
    'BuilderClientContext',
    'BuilderProvider',
    'CodeView',
    'ContractCard',
    'CostMeter',
    'FileTree',
    'Preview',
    'PromptBox',
    'RunChecks',
    'RunPlan',
    'VersionHistory',
    'createBuilderClient',
    'defaultThemeCss',
    'diffLines',
    'languageOf',
    'tokenLines',
    'tokenize',
    'useBuilder',
    'useBuilderSnapshot',
    'useDefaultTheme',
    'useFiles',
    'useMessages',
    'useOptionalBuilder',
    'usePreview',
    'useProject',
    'useRun',
    'useVersions',
  ]);
});
