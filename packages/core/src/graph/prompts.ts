import type { Plan, Requirements } from '../events/events.js';
import type { ProjectKind } from '../spec/storage.js';
import type { Template } from '../spec/template.js';
import type { Workspace } from '../protocol/workspace.js';
import { templateGuidance } from '../templates/template-guidance.js';
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
    template ? templateRules(template) : '',
  ]
    .filter(Boolean)
    .join('\n');
}

/** The template's guidance (capped in tokens) and the paths it protects, for the system prompt. */
function templateRules(template: Template): string {
  const guidance = templateGuidance(template).text;
  const protectedPaths = template.protectedPaths?.length ? `Do not write, delete or rename these paths (the template protects them): ${template.protectedPaths.join(', ')}.` : '';
  return [guidance ? `Template guidance:\n${guidance}` : '', protectedPaths].filter(Boolean).join('\n');
}

/**
 * The request with the file tree and the files relevant to it (never the whole project).
 * `alsoRelevant`: paths that count as named by the request (the spec a build implements).
 */
export function requestMessage(prompt: string, workspace: Workspace, alsoRelevant: readonly string[] = []): string {
  const paths = workspace.paths();
  const picked = relevantWorkspaceFiles(workspace, alsoRelevant.length ? `${prompt}\n${alsoRelevant.join(' ')}` : prompt, paths);
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

/** What the spec node asks for: the description of the API, in the files only it writes, before any code. */
export function specMessage(paths: readonly string[], plan: Plan | null): string {
  const list = paths.join(', ');
  return [
    plan ? `Plan: ${plan.title} — ${plan.summary}` : '',
    `Now write the description of the API the request asks for in ${list} (write_file, or edit_file to change what is there): every operation the request needs, each with its request and response schemas and examples.`,
    `This step may change only ${list}, and the checks of ${list} judge it before anything implements it. The build step then implements it as it is and cannot change it. Call finish when ${list} is complete.`,
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * What the plan, build and fix steps are told about the files the spec node owns (nothing when
 * the run has none): the plan leaves them to the spec step, build and fix implement them.
 */
export function specPathsNote(paths: readonly string[], role: 'plan' | 'implement'): string {
  if (paths.length === 0) return '';
  const list = paths.join(', ');
  return role === 'plan'
    ? `\n\nA spec step writes ${list} right after this plan and before the build: plan the steps that implement it (they cannot change ${list}).`
    : `\n\n${list} was written and checked in the spec step: implement it as it is (this step cannot change ${list}).`;
}

/** The tool error for a change outside the spec node's files, in the spec node. */
export function outsideSpecStep(path: string, paths: readonly string[]): string {
  const list = paths.join(', ');
  return `this step may change only ${list}; ${path} is written in the build step, after ${list} is complete. Call finish when it is.`;
}

/** The tool error for a change to a file the spec node owns, in any other step. */
export function specFileLocked(path: string): string {
  return `${path} is the API's description, written and checked in the spec step: this step implements it as it is and cannot change it. Make the code answer as ${path} says (to change the API itself, edit the project with a prompt that asks for it).`;
}

/** The requirements analyst's system prompt: a short, testable spec of the request, no code. */
export function requirementsSystemPrompt(kind: ProjectKind): string {
  return [
    `You are Buildwright's requirements analyst. The team will build ${kindGoals[kind]}.`,
    'Turn the request into a short spec with submit_requirements, before anything is planned or built: a one-paragraph summary;',
    'user stories ("as a <role>, I want <capability>, so that <benefit>"), each with acceptance criteria that a browser or HTTP test can check (what the user does and what they then see or get);',
    'the data entities with their fields; the pages (routes or API resources) with their purpose; the kind and the template, each with its reason.',
    'Keep it to what the request asks for: no features it does not need. Write no files.',
  ].join('\n');
}

/**
 * The request (for an edit, with the project's file tree and relevant files, as `requestMessage`
 * gives them) and the templates the analyst may choose from (best match first, with its similarity).
 */
export function requirementsRequestMessage(
  request: string,
  kind: ProjectKind,
  templates: readonly { name: string; score: number; description: string }[],
  choice: { forced: boolean; current: string | undefined; mode: 'generate' | 'edit' },
): string {
  const list = templates.map((template) => `- ${template.name} (similarity ${template.score.toFixed(2)}): ${template.description}`).join('\n');
  const templateLine =
    templates.length === 0
      ? choice.current
        ? `The project starts from the "${choice.current}" template: leave template out.`
        : choice.mode === 'edit'
          ? 'The project keeps its files (no template is chosen in an edit): leave template out.'
          : 'No template applies: leave template out.'
      : choice.forced
        ? `The request names the template: set template to "${templates[0]!.name}" and say in templateReason how the app uses it.\n${list}`
        : `Choose the template the app starts from (template, with templateReason) among these ${kind} templates, most similar to the request first:\n${list}`;
  const edit = choice.mode === 'edit' ? 'The request changes an existing project: write the stories of the change (and of what it must keep working).' : '';
  return [request, edit, `This run builds a ${kind} project: set kind to "${kind}" and say in kindReason why it fits.`, templateLine, 'Call submit_requirements once.'].filter(Boolean).join('\n\n');
}

/** The requirements in the plan's prompt: the plan covers every story and its acceptance criteria. */
export function requirementsMessage(requirements: Requirements | null | undefined): string {
  if (!requirements) return '';
  return `\n\nRequirements (from the requirements analyst; the plan must meet every acceptance criterion):\n${requirementsText(requirements)}`;
}

/** The requirements analyst's spec as text: summary, user stories with their acceptance criteria, entities, pages. */
export function requirementsText(requirements: Requirements): string {
  const stories = requirements.stories
    .map(
      (story, index) => `${index + 1}. As ${story.as}, I want ${story.want}${story.soThat ? `, so that ${story.soThat}` : ''}.\n${story.acceptance.map((criterion) => `   - ${criterion}`).join('\n')}`,
    )
    .join('\n');
  const entities = requirements.entities.map((entity) => `- ${entity.name}: ${entity.fields.join(', ') || 'no fields'}`).join('\n');
  const pages = requirements.pages.map((page) => `- ${page.path}: ${page.purpose}`).join('\n');
  return [requirements.summary, `User stories and acceptance criteria:\n${stories}`, entities ? `Data entities:\n${entities}` : '', pages ? `Pages:\n${pages}` : ''].filter(Boolean).join('\n');
}
