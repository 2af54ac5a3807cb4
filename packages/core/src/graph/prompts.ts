import type { Plan } from '../events/events.js';
import type { ProjectKind } from '../spec/storage.js';
import type { Template } from '../spec/template.js';
import type { Workspace } from '../protocol/workspace.js';
import { relevantWorkspaceFiles } from './relevant-files.js';

const kindGoals: Record<ProjectKind, string> = {
  web: 'a React web app that builds with Vite and renders in a browser without errors',
  dapp: 'a DApp: Solidity contracts in contracts/ and a React frontend wired to the deployed contract',
  api: 'an HTTP API with an OpenAPI description and tests',
};

/** The system prompt shared by every node. */
export function systemPrompt(kind: ProjectKind, template: Template | undefined): string {
  return [
    `You are Buildwright, an expert engineer. You build ${kindGoals[kind]}.`,
    'You change the project only through the tools. Paths are relative to the project root.',
    'Use edit_file with a search text that matches exactly one place; use write_file for new files or full rewrites.',
    'Add npm packages with add_dependencies and a real version range before importing them.',
    template ? `The project starts from the "${template.name}" template: ${template.description}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

/** The request with the file tree and the files relevant to it (never the whole project). */
export function requestMessage(prompt: string, workspace: Workspace): string {
  const paths = workspace.paths();
  const picked = relevantWorkspaceFiles(workspace, prompt, paths);
  const contents = picked.map((path) => `--- ${path}\n${workspace.read(path)}`).join('\n\n');
  return [`Request: ${prompt}`, paths.length ? `Project files:\n${paths.map((path) => `- ${path}`).join('\n')}` : 'The project is empty.', contents ? `Relevant files:\n${contents}` : '']
    .filter(Boolean)
    .join('\n\n');
}

export function stepMessage(plan: Plan, stepIndex: number): string {
  const step = plan.steps[stepIndex]!;
  return `Plan: ${plan.title} — ${plan.summary}\nNow do step ${stepIndex + 1} of ${plan.steps.length}: ${step.title} (files: ${step.files.join(', ') || 'any'}). Call finish when this step is done.`;
}

export function fixMessage(check: string, report: string, attempt: number): string {
  return `The "${check}" check failed (fix attempt ${attempt}). Fix the cause with the tools, then call finish.\n\n${report}`;
}
