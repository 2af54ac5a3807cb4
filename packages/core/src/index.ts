export { BuildwrightError, isTerminal, sleep, toBuildwrightError } from '@buildwright/client';
export type { BuildwrightErrorCode, BuildwrightErrorOptions, JsonValue, RunMetadata } from '@buildwright/client';
export { eventSchema, eventSchemas, parseEvent, planSchema, requirementsSchema, terminalEventTypes } from './events/events.js';
export type { BuildwrightEvent, EventInput, EventOf, EventType, Plan, Requirements, UserStory } from './events/events.js';
export { deployEventSchema, deployEventSchemas, parseDeployEvent } from './events/deploy-events.js';
export type { DeployEvent, DeployEventType } from './events/deploy-events.js';
export type * from './spec/llm.js';
export type * from './spec/sandbox.js';
export type * from './spec/storage.js';
export type * from './spec/chain.js';
export type * from './spec/check.js';
export type * from './spec/template.js';
export type * from './spec/embedding.js';
export type * from './spec/vector-storage.js';
export type * from './spec/pattern.js';
export { maxGuidanceCharacters, parseTemplateManifest, templateFromManifest, templateKinds, templateManifestFormat, templateManifestSchema } from './templates/template-manifest.js';
export type { TemplateManifest } from './templates/template-manifest.js';
export { estimateTextTokens, maxGuidanceTokens, templateGuidance } from './templates/template-guidance.js';
export { lexicalEmbeddings } from './templates/lexical-embeddings.js';
export type { LexicalEmbeddingsOptions } from './templates/lexical-embeddings.js';
export { hybridEmbeddings } from './templates/hybrid-embeddings.js';
export type { HybridEmbeddingsPart } from './templates/hybrid-embeddings.js';
export { lexicalTerms, stem } from './templates/lexical-terms.js';
export { createTemplateIndex, templateSearchText } from './templates/template-index.js';
export type { TemplateIndex, TemplateMatch, TemplateSearchOptions } from './templates/template-index.js';
export type { TemplateSelection } from './templates/template-selection.js';
export { createSimilarityIndex } from './templates/similarity-index.js';
export { cosineIndex, cosineSimilarity, rankByCosine } from './templates/cosine.js';
export type { CosineCandidate, CosineIndex } from './templates/cosine.js';
export { checkVectorInput, lastItemPerId, vectorDimensionMismatch } from './templates/vector-input.js';
export type { SimilarityEntry, SimilarityIndex, SimilarityIndexStore, SimilarityMatch, SimilaritySearchOptions } from './templates/similarity-index.js';
export { defaultPatternLimits, patternSearchText, selectPatterns } from './templates/pattern-selection.js';
export type { PatternLimits, PatternPick } from './templates/pattern-selection.js';
export { templateSummaries } from './templates/template-summaries.js';
export type { TemplateSummary } from './templates/template-summaries.js';
export { searchTemplates, maxTemplateQueryLength } from './actions/search-templates.js';
export type { SearchTemplatesOptions } from './actions/search-templates.js';
export type * from './spec/event-bus.js';
export type * from './spec/queue.js';
export type * from './spec/deploy.js';
export type * from './spec/tool-provider.js';
export type * from './spec/agent-storage.js';
export {
  agentDefinitionFormat,
  agentDefinitionSchema,
  agentEvalCaseSchema,
  agentEvalExpectationSchema,
  agentFunctionToolSchema,
  agentHttpToolSchema,
  agentLimitsSchema,
  agentMcpToolSchema,
  agentToolSchema,
} from './spec/agent-definition.js';
export type {
  AgentDefinition,
  AgentDefinitionInput,
  AgentEvalCase,
  AgentEvalExpectation,
  AgentFunctionTool,
  AgentHttpTool,
  AgentLimits,
  AgentMcpTool,
  AgentTool,
} from './spec/agent-definition.js';
export { computeAgentStats, nearestRank, roundCost } from './spec/agent-stats.js';
export { agentEventSchema, agentEventSchemas } from './events/agent-events.js';
export type { AgentEvent, AgentEventType } from './events/agent-events.js';
export { agentGenerationEventSchema, agentGenerationEventSchemas } from './events/agent-generation-events.js';
export type { AgentGenerationEvent, AgentGenerationEventType } from './events/agent-generation-events.js';
export { executeAgent } from './actions/agents/execute-agent.js';
export { editAgent, generateAgent } from './actions/agents/generate-agent.js';
export type { AgentGenerationContext, GenerateAgentOptions, GenerateAgentResult } from './actions/agents/generate-agent.js';
export { runAgentEvals } from './actions/agents/run-agent-evals.js';
export type { AgentEvalCheck, AgentEvalReport, AgentEvalResult, AgentEvalUsage, RunAgentEvalsOptions } from './actions/agents/run-agent-evals.js';
export { resumeAgentExecution, resumeInterruptedAgentExecutions } from './actions/agents/resume-agent.js';
export type { ResumeAgentOptions, ResumeInterruptedResult } from './actions/agents/resume-agent.js';
export { agentProgressFormat } from './spec/agent-progress.js';
export type { AgentProgress, AgentToolCallDone } from './spec/agent-progress.js';
export { interruptedToolPolicy } from './actions/agents/agent-moves.js';
export type { AgentContext, ExecuteAgentOptions } from './actions/agents/execute-agent.js';
export { bindAgents, parseAgentDefinition } from './actions/agents/agents-api.js';
export type { AgentExport, AgentRevision, AgentsApi } from './actions/agents/agents-api.js';
export { diffAgentDefinitions } from './actions/agents/agent-diff.js';
export type { AgentDefinitionChange } from './actions/agents/agent-diff.js';
export { agentTypeScript } from './actions/agents/agent-export.js';
export { callHttpTool } from './actions/agents/http-tool.js';
export type { HttpToolResult } from './actions/agents/http-tool.js';
export type { AgentToolResult } from './actions/agents/agent-tool-result.js';
export { agentToolsFromOpenApi } from './actions/agents/agent-tools-from-openapi.js';
export type { AgentToolsFromOpenApiOptions } from './actions/agents/agent-tools-from-openapi.js';
export type { AgentToolsContext } from './actions/agents/agent-tool-runtime.js';
export { agentDraftChanged, agentExecutionNotFound, agentExecutionNotRunning, agentExecutionTakenOver, agentNotFound, agentVersionNotFound } from './versions/agent-errors.js';
export { createTurnCursor, parseTranscript, transcriptSchema } from './protocol/transcript.js';
export type { Transcript, TranscriptTurn } from './protocol/transcript.js';
export { createBuilder } from './builder/create-builder.js';
export type { Builder } from './builder/create-builder.js';
export { createWorker } from './builder/create-worker.js';
export type { Worker, WorkerOptions } from './builder/create-worker.js';
export { inProcessQueue } from './run/in-process-queue.js';
export type { InProcessQueueOptions } from './run/in-process-queue.js';
export { defaultLimits } from './run/run-context.js';
export { inProcessEventBus } from './run/in-process-event-bus.js';
export type { BuilderOptions, RunLimits } from './run/run-context.js';
export type { SpareSandboxOptions } from './run/spare-sandboxes.js';
export type {
  BeforeRunRequest,
  HostHookErrorContext,
  HostHookOptions,
  OwnerLimits,
  RunFinishedReport,
  RunRefusal,
  RunRefusalCode,
  RunUsageTotals,
} from './run/host-hooks.js';
export type { ExistingContractInput, GenerateOptions } from './actions/generate.js';
export type { EditOptions } from './actions/edit.js';
export type { DeployOptions } from './actions/deploy.js';
export { buildForDeploy } from './actions/build-for-deploy.js';
export type { BuildForDeployOptions } from './actions/build-for-deploy.js';
export { maxPromptLength } from './actions/generate.js';
export type { RunHandle, RunResult } from './run/run-handle.js';
export { wrapUntrustedToolResult, unwrapUntrustedToolResult } from './protocol/untrusted-tool-result.js';
export type { RunNode, RunNodeContext } from './graph/run-runtime.js';
export { planNode } from './graph/nodes/plan-node.js';
export { requirementsNode, type RequirementsOptions } from './graph/nodes/requirements-node.js';
export { applyAgents, requirements, type BuilderAgent } from './run/builder-agents.js';
export { buildNode } from './graph/nodes/build-node.js';
export { relevantFiles } from './graph/relevant-files.js';
export type { RelevantFilesOptions } from './graph/relevant-files.js';
export { pacedLlm } from './llm/paced-llm.js';
export { modelCallCancelled } from './llm/model-call-cancelled.js';
export { applyEdits } from './protocol/apply-edits.js';
export type { ApplyEditsResult, FileEdit } from './protocol/apply-edits.js';
export { buildToolNames, fileToolDefinitions, fileToolSchemas } from './protocol/file-tools.js';
export type { FileToolArguments, FileToolName } from './protocol/file-tools.js';
export { canonicalJson } from './protocol/canonical-json.js';
export { formatZodIssues } from './protocol/format-zod-issues.js';
export type { ZodIssuesLike } from './protocol/format-zod-issues.js';
export { projectDirectory, projectPath } from './protocol/project-path.js';
export { isSkippedDirectory } from './protocol/skipped-directory.js';
export { nonRegistrySpecReason, packageJsonDependencyProblems } from './protocol/dependency-specs.js';
export type { DependencyProblem } from './protocol/dependency-specs.js';
export { createTaggedTextParser, describeTaggedTools, formatTaggedToolCall, formatTaggedToolResult, toTaggedTextMessages } from './protocol/tagged-text/index.js';
export type { TaggedTextMessage, TaggedTextParser, TaggedTextParserOptions, TaggedTextPart } from './protocol/tagged-text/index.js';
export { deploymentNotFound, gitSyncBusy, idTaken, projectBusy, projectNotFound, runLeaseLost, runNotFound } from './versions/record-errors.js';
export { defaultProjectPageSize, maxProjectPageSize, projectCursor, projectPageInput } from './versions/project-page.js';
export type { ProjectPageInput } from './versions/project-page.js';
export { versionConflict } from './versions/version-conflict.js';
export type { VersionConflictOptions } from './versions/version-conflict.js';
export { versionOfAnotherProject } from './versions/version-of-another-project.js';
export { diffFiles } from './versions/diff-files.js';
export type { FileDiff } from './versions/diff-files.js';
export { createZip } from './versions/create-zip.js';
export { readZip } from './versions/read-zip.js';
export { checkImportFiles, defaultImportLimits, normalizeImportPath } from './versions/import-limits.js';
export type { ImportLimits } from './versions/import-limits.js';
export type { VersionsContext } from './versions/require-records.js';
export { listVersions } from './versions/list-versions.js';
export type { ListVersionsOptions } from './versions/list-versions.js';
export { diffVersions } from './versions/diff-versions.js';
export type { DiffVersionsOptions } from './versions/diff-versions.js';
export { restoreVersion } from './versions/restore-version.js';
export type { RestoreVersionOptions } from './versions/restore-version.js';
export { forkProject } from './versions/fork-project.js';
export type { ForkProjectOptions, ForkProjectResult } from './versions/fork-project.js';
export { exportZip } from './versions/export-zip.js';
export type { ExportZipOptions, ExportZipResult } from './versions/export-zip.js';
export { saveFiles } from './versions/save-files.js';
export type { SaveFilesOptions, SaveFilesResult } from './versions/save-files.js';
export type { SavedSandboxState, SaveProjectFilesOptions, SaveProjectFilesResult } from './actions/save-project-files.js';
export type { CheckVersionOptions } from './actions/check-version.js';
export { checkProjectName, maxProjectNameLength, renameProject } from './versions/rename-project.js';
export type { RenameProjectOptions } from './versions/rename-project.js';
export { searchProjects } from './versions/search-projects.js';
export type { SearchProjectsOptions } from './versions/search-projects.js';
export { importFiles } from './versions/import-files.js';
export type { ImportFilesOptions, ImportResult } from './versions/import-files.js';
export { importZip } from './versions/import-zip.js';
export type { ImportZipOptions } from './versions/import-zip.js';
