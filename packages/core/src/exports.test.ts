import { describe, expect, it } from 'vitest';

// A change here is an API change: review it as one.
describe('@buildwright/core public exports', () => {
  it('default: @buildwright/core', async () => {
    expect(Object.keys(await import('./index.js')).sort()).toEqual([
      'BuildwrightError',
      'applyEdits',
      'buildNode',
      'buildToolNames',
      'checkImportFiles',
      'createBuilder',
      'createTaggedTextParser',
      'createTurnCursor',
      'createWorker',
      'createZip',
      'defaultImportLimits',
      'defaultLimits',
      'describeTaggedTools',
      'diffFiles',
      'diffVersions',
      'eventSchema',
      'eventSchemas',
      'exportZip',
      'fileToolDefinitions',
      'fileToolSchemas',
      'forkProject',
      'formatTaggedToolCall',
      'formatTaggedToolResult',
      'gitSyncBusy',
      'idTaken',
      'importFiles',
      'importZip',
      'inProcessEventBus',
      'inProcessQueue',
      'isSkippedDirectory',
      'isTerminal',
      'listVersions',
      'maxPromptLength',
      'modelCallCancelled',
      'nonRegistrySpecReason',
      'normalizeImportPath',
      'pacedLlm',
      'packageJsonDependencyProblems',
      'parseEvent',
      'parseTranscript',
      'planNode',
      'planSchema',
      'projectDirectory',
      'projectNotFound',
      'projectPath',
      'readZip',
      'relevantFiles',
      'restoreVersion',
      'runLeaseLost',
      'runNotFound',
      'sleep',
      'terminalEventTypes',
      'toBuildwrightError',
      'toTaggedTextMessages',
      'transcriptSchema',
      'versionConflict',
      'versionOfAnotherProject',
    ]);
  });

  it.each([
    ['http', ['createBuilderHandler', 'formatEvent']],
    ['client', ['BuildwrightError', 'createBuilderClient', 'createRunView', 'foldEvent', 'initialSnapshot', 'isTerminal', 'readEventStream', 'sleep', 'terminalEventTypes', 'toBuildwrightError']],
    [
      'testing',
      ['collectLlmStream', 'createCheckContext', 'memorySandbox', 'memoryStorage', 'runChainSpec', 'runCheckSpec', 'runEventBusSpec', 'runLlmSpec', 'runSandboxSpec', 'runStorageSpec', 'scriptedLlm'],
    ],
    ['doubles', ['memorySandbox', 'memoryStorage', 'scriptedLlm']],
    ['node-http', ['sendWebResponse', 'toNodeListener', 'toWebRequest']],
  ])('default: @buildwright/core/%s', async (entry, expected) => {
    expect(Object.keys(await import(`./entries/${entry}.ts`)).sort()).toEqual(expected);
  });
});
