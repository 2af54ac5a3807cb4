import type { CheckContext } from '@buildwright/core';
import { afterAll, describe, expect, it } from 'vitest';
import { templateProjects } from './template-projects.test-support.js';
import { createWebCheckSession } from './web-check-session.js';

const projects = templateProjects();
afterAll(() => projects.cleanup());

describe('web check session', () => {
  it('error: a check worker that cannot start is a notice.posted warning, once, and the checks fall back to commands', async () => {
    const { context, events } = await projects.open();
    const broken: CheckContext = { ...context, sandbox: { ...context.sandbox, startServer: () => Promise.reject(new Error(`no servers in ${context.sandbox.root}/x`)) } };
    const session = createWebCheckSession();
    expect(await session.worker(broken)).toBeUndefined();
    expect(await session.worker(broken)).toBeUndefined();
    const notices = events.filter((event) => event.type === 'notice.posted');
    expect(notices).toEqual([
      { type: 'notice.posted', level: 'warn', message: expect.stringMatching(/^The check worker is not available \(no servers in \.?\/?x\): tsc, ESLint and Vite run as plain commands/) },
    ]);
    expect(JSON.stringify(notices)).not.toContain(context.sandbox.root);
  });
});
