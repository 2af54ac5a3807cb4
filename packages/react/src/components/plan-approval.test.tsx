import type { Plan } from '@buildwright/client';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PlanApproval } from './plan-approval.js';
import { draftProblem, isEdited, moveStep, removeStep, renameStep, toPlan } from './plan-editing.js';

const plan: Plan = {
  title: 'Notes',
  summary: 'three files',
  steps: [
    { id: 'page', title: 'page', files: ['index.html'] },
    { id: 'style', title: 'style', files: ['style.css'] },
    { id: 'script', title: 'script', files: ['main.js'] },
  ],
};

describe('<PlanApproval/>', () => {
  it('default: shows each step as an editable title with move and remove buttons, Build and Reject', () => {
    const html = renderToStaticMarkup(<PlanApproval plan={plan} unstyled />);
    expect(html).toContain('aria-label="Plan to approve: Notes"');
    expect(html.match(/aria-label="Step \d title"/g)).toHaveLength(3);
    expect(html).toMatch(/aria-label="Step 1 title" value="page"/);
    expect(html).toMatch(/aria-label="Move step 1 up" disabled=""/);
    expect(html).toMatch(/aria-label="Move step 3 down" disabled=""/);
    expect(html.match(/aria-label="Remove step \d"/g)).toHaveLength(3);
    expect(html).toMatch(/<button type="button">Build<\/button>/);
    expect(html).toContain('Reject');
  });

  it('behavior: renders nothing without a plan waiting', () => {
    expect(renderToStaticMarkup(<PlanApproval plan={null} unstyled />)).toBe('');
  });

  it('behavior: editing renames, removes and reorders steps; an emptied or untitled plan cannot be approved', () => {
    const removed = removeStep(plan, 1);
    expect(removed.steps.map((step) => step.id)).toEqual(['page', 'script']);
    expect(isEdited(removed, plan)).toBe(true);
    expect(moveStep(plan, 2, -1).steps.map((step) => step.id)).toEqual(['page', 'script', 'style']);
    expect(moveStep(plan, 0, -1)).toBe(plan);
    expect(renameStep(plan, 0, 'landing page').steps[0]).toEqual({ id: 'page', title: 'landing page', files: ['index.html'] });
    expect(isEdited(toPlan({ ...plan, steps: plan.steps.map((step) => ({ ...step, status: 'pending' })) }), plan)).toBe(false);
    expect(draftProblem(plan)).toBeNull();
    expect(draftProblem(renameStep(plan, 1, ' '))).toBe('emptyTitle');
    expect(draftProblem(removeStep(removeStep(removeStep(plan, 0), 0), 0))).toBe('noSteps');
  });
});
