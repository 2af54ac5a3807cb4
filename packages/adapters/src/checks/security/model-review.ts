import { BuildwrightError, formatZodIssues } from '@buildwright/core';
import type { CheckContext, LlmToolDefinition } from '@buildwright/core';
import { z } from 'zod';

/** Options of the security check's model review (`securityCheck({ review })`). */
export interface SecurityReviewOptions {
  /** Most files the model reads (the run's changed source files, in path order). Default 20. */
  maxFiles?: number;
  /** Most characters of source the model reads; the files after it are left out, and a notice names them. Default 60 000. */
  maxChars?: number;
  /** How many lines apart a rule's finding and the model's may be, in the same file, to be the same finding. Default 3. */
  lineTolerance?: number;
}

const findingSchema = z
  .object({
    file: z.string().min(1).describe('Project-relative path of the file, as given'),
    line: z.number().int().min(1).describe('First line of the problem (the numbers given before each line)'),
    endLine: z.number().int().min(1).optional().describe('Last line of the problem, when it spans several'),
    category: z.string().min(1).max(80).describe('Kind of problem: xss, injection, hard-coded-secret, insecure-randomness, open-redirect, ...'),
    severity: z.enum(['low', 'medium', 'high', 'critical']),
    explanation: z.string().min(1).max(2000).describe('What is wrong, how it can be exploited, and how to fix it'),
  })
  .strict();

const reportSchema = z.object({ findings: z.array(findingSchema).max(50) }).strict();

/** One finding of the model review. */
export type ModelFinding = z.infer<typeof findingSchema>;

/** What the review gave: its findings (those naming files it did not read are dropped), or why it has none. */
export type ModelReviewOutcome = { findings: ModelFinding[]; dropped: number; unread: string[] } | { skipped: string };

/** The node name of the review's model call: in `usage` events, and the node a transcript's turn names. */
export const reviewNode = 'security-review';

const toolName = 'report_security_findings';
const { $schema: _schema, ...parameters } = z.toJSONSchema(reportSchema) as Record<string, unknown>;
const reportTool: LlmToolDefinition = {
  name: toolName,
  description: 'Report the security problems found in the files (an empty list when there are none). Call it exactly once.',
  parameters,
};

/** Code the review reads: sources and markup, not dependencies, build output, lockfiles or generated modules. */
const sourcePath = /\.(?:[cm]?[jt]sx?|vue|svelte|html|sol)$/;
const skippedPath = /(?:^|\/)(?:node_modules|dist|build|coverage|\.git)\/|\.generated\.[jt]s$|\.d\.ts$/;

/**
 * Asks the run's model to review the run's changed source files for security problems, answering
 * through one tool whose arguments are checked against a zod schema (file, line, category,
 * severity, explanation). Malformed output — no call, another tool, arguments off the schema — is
 * not retried: the review is skipped with the reason. Errors of the model itself (`LLM_*`) skip it
 * too; budgets and cancellation end the run as for any model call.
 */
export async function runModelReview(context: CheckContext, options: SecurityReviewOptions): Promise<ModelReviewOutcome> {
  if (!context.callModel) return { skipped: 'this check context has no model (a run gives one; a context made by hand needs `llm`)' };
  const { files, unread } = filesToReview(context, options);
  if (files.length === 0) return { skipped: 'the run changed no source file' };
  let answer: Awaited<ReturnType<NonNullable<CheckContext['callModel']>>>;
  try {
    answer = await context.callModel({
      node: reviewNode,
      tools: [reportTool],
      messages: [
        { role: 'system', content: systemPrompt },
        { role: 'user', content: files.map((path) => `File ${path}:\n${numbered(context.files[path]!)}`).join('\n\n') },
      ],
    });
  } catch (error) {
    if (BuildwrightError.isInstance(error) && error.code.startsWith('LLM_')) return { skipped: `the model failed (${error.code}): ${error.message}` };
    throw error;
  }
  const calls = answer.toolCalls.filter((call) => call.name === toolName);
  if (calls.length !== 1) {
    const other = answer.toolCalls.map((call) => call.name).join(', ');
    return { skipped: `the model ${other ? `called ${other} instead of ${toolName} once` : `answered in prose without calling ${toolName}`}` };
  }
  const parsed = reportSchema.safeParse(calls[0]!.arguments);
  if (!parsed.success) {
    return { skipped: `the model's findings do not match the schema (${formatZodIssues(parsed.error, { root: 'arguments', limit: 3 })})` };
  }
  const reviewed = new Set(files);
  const findings = parsed.data.findings.filter((finding) => reviewed.has(finding.file));
  return { findings, dropped: parsed.data.findings.length - findings.length, unread };
}

const systemPrompt = [
  'You review the source code of a generated app for security problems: cross-site scripting (HTML built from input, dangerouslySetInnerHTML, innerHTML),',
  'injection (SQL, shell, eval), hard-coded secrets, broken access control, insecure randomness for secrets, open redirects, unsafe deserialization.',
  `Report only real, exploitable problems, each with its file and the line numbers shown before the lines, through ${toolName}; report none when there are none.`,
  'Your findings are advisory: deterministic rules decide whether the check fails.',
].join(' ');

/** The changed source files (all source files without `changedFiles`), within the bounds; the ones left out by the bounds. */
function filesToReview(context: CheckContext, options: SecurityReviewOptions): { files: string[]; unread: string[] } {
  const maxFiles = options.maxFiles ?? 20;
  const maxChars = options.maxChars ?? 60_000;
  const candidates = (context.changedFiles ?? Object.keys(context.files)).filter((path) => context.files[path] !== undefined && sourcePath.test(path) && !skippedPath.test(path)).sort();
  const files: string[] = [];
  let chars = 0;
  for (const path of candidates) {
    const size = context.files[path]!.length;
    if (files.length >= maxFiles || chars + size > maxChars) continue;
    files.push(path);
    chars += size;
  }
  return { files, unread: candidates.filter((path) => !files.includes(path)) };
}

/** `12| code`: the model cites the numbers it sees. */
function numbered(source: string): string {
  return source
    .split('\n')
    .map((line, index) => `${index + 1}| ${line}`)
    .join('\n');
}
