import type { Plan } from '@buildwright/client';

/** A plan being edited before approval: steps renamed, removed or moved. */
export type PlanDraft = Plan;

/** The draft with step `index` renamed. */
export function renameStep(draft: PlanDraft, index: number, title: string): PlanDraft {
  return { ...draft, steps: draft.steps.map((step, at) => (at === index ? { ...step, title } : step)) };
}

/** The draft without step `index`. */
export function removeStep(draft: PlanDraft, index: number): PlanDraft {
  return { ...draft, steps: draft.steps.filter((_, at) => at !== index) };
}

/** The draft with step `index` moved by `offset` (-1 up, +1 down); unchanged at either end. */
export function moveStep(draft: PlanDraft, index: number, offset: -1 | 1): PlanDraft {
  const target = index + offset;
  if (target < 0 || target >= draft.steps.length) return draft;
  const steps = [...draft.steps];
  [steps[index], steps[target]] = [steps[target]!, steps[index]!];
  return { ...draft, steps };
}

/** Why a draft cannot be approved: it has no step, or a step without a title. */
export type DraftProblem = 'noSteps' | 'emptyTitle';

/** Why the draft cannot be approved, or null when it can (the words are the labels' `planProblems`). */
export function draftProblem(draft: PlanDraft): DraftProblem | null {
  if (draft.steps.length === 0) return 'noSteps';
  if (draft.steps.some((step) => step.title.trim() === '')) return 'emptyTitle';
  return null;
}

/** True when the draft differs from the plan the model made (the approval then sends it). */
export function isEdited(draft: PlanDraft, original: Plan): boolean {
  return JSON.stringify(draft.steps) !== JSON.stringify(original.steps);
}

/** A plan with only the fields a plan has (a PlanView's steps also carry a status). */
export function toPlan(plan: { title: string; summary: string; steps: readonly { id: string; title: string; files: readonly string[] }[] }): Plan {
  return { title: plan.title, summary: plan.summary, steps: plan.steps.map((step) => ({ id: step.id, title: step.title, files: [...step.files] })) };
}
