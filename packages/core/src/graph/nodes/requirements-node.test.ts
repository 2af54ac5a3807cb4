import { describe, expect, it } from 'vitest';
import { createBuilder } from '../../builder/create-builder.js';
import type { BuildwrightEvent, Requirements } from '../../events/events.js';
import type { Transcript, TranscriptTurn } from '../../protocol/transcript.js';
import type { BuilderOptions } from '../../run/run-context.js';
import type { LlmAdapter, LlmRequest } from '../../spec/llm.js';
import type { Template } from '../../spec/template.js';
import { memorySandbox } from '../../testing/doubles/memory-sandbox.js';
import { memoryStorage } from '../../testing/doubles/memory-storage.js';
import { scriptedLlm } from '../../testing/doubles/scripted-llm.js';
import type { RunNode } from '../run-runtime.js';

// The requirements node through createBuilder with the vendor-free doubles and scripted transcripts.
const call = (name: string, args: Record<string, unknown>) => ({ name, arguments: args });
const turn = (node: string, ...toolCalls: TranscriptTurn['toolCalls']): TranscriptTurn => ({ node, toolCalls });
const transcript = (...turns: TranscriptTurn[]): Transcript => ({ format: 'buildwright.transcript/v1', turns });

const todoRequirements: Requirements = {
  summary: 'A todo list that keeps tasks in the browser.',
  stories: [
    { as: 'a user', want: 'to add a task', soThat: 'I remember it', acceptance: ['typing a title and pressing Add shows it in the list'] },
    { as: 'a user', want: 'to delete a task', acceptance: ['pressing Delete on a task removes it from the list'] },
  ],
  entities: [{ name: 'Task', fields: ['id: string', 'title: string', 'done: boolean'] }],
  pages: [{ path: '/', purpose: 'the list with the add form' }],
  kind: 'web',
  kindReason: 'a browser app with no server',
  template: 'todo-list',
  templateReason: 'a list with add and delete is what the template starts with',
};

const plan = turn('plan', call('submit_plan', { title: 'Todos', summary: 'todo list', steps: [{ id: 'app', title: 'Write the app', files: ['src/App.tsx'] }] }));
const build = [turn('build', call('write_file', { path: 'src/App.tsx', content: 'export default () => <ul />;\n' }), call('finish', { summary: 'app' }))] as const;
const requirementsTurn = (requirements: Record<string, unknown> = todoRequirements as unknown as Record<string, unknown>) => turn('requirements', call('submit_requirements', requirements));

const counter: Template = {
  name: 'counter',
  kind: 'web',
  description: 'A counter page with a button',
  tags: ['counter', 'button'],
  files: { 'src/App.tsx': 'counter\n', 'src/counter.ts': 'export {};\n' },
};
const todo: Template = {
  name: 'todo-list',
  kind: 'web',
  description: 'A todo list: add, complete and delete tasks',
  tags: ['todo', 'tasks', 'list', 'delete'],
  files: { 'src/App.tsx': 'todo\n', 'src/tasks.ts': 'export const tasks = [];\n' },
};
const templates = { counter, 'todo-list': todo };

/** The scripted model, recording every request as it was sent (the conversation grows after). */
function recording(script: Transcript): { llm: LlmAdapter; requests: LlmRequest[] } {
  const inner = scriptedLlm({ transcript: script });
  const requests: LlmRequest[] = [];
  return { llm: { ...inner, stream: (request) => (requests.push({ ...request, messages: [...request.messages] }), inner.stream(request)) }, requests };
}

const userText = (request: LlmRequest | undefined) => request?.messages.find((message) => message.role === 'user')?.content ?? '';
const toolResults = (request: LlmRequest | undefined) => request?.messages.flatMap((message) => (message.role === 'tool' ? [message.content] : [])) ?? [];

function builderWith(llm: LlmAdapter, options: Partial<BuilderOptions> = {}) {
  return createBuilder({ llm, sandbox: memorySandbox(), storage: memoryStorage(), templates, requirements: true, ...options });
}

/** A node after build that records the requirements it was given. */
function requirementsProbe(): RunNode & { seen: Requirements | null | undefined } {
  const probe: RunNode & { seen: Requirements | null | undefined } = {
    name: 'probe',
    seen: undefined,
    async run(context) {
      probe.seen = context.requirements;
      return { status: 'passed' };
    },
  };
  return probe;
}

async function collect(run: AsyncIterable<BuildwrightEvent>): Promise<BuildwrightEvent[]> {
  const events: BuildwrightEvent[] = [];
  for await (const event of run) events.push(event);
  return events;
}

describe('requirements node', () => {
  it('default: the spec is announced before the plan, kept for later nodes, and the plan prompt holds every acceptance criterion', async () => {
    const { llm, requests } = recording(transcript(requirementsTurn(), plan, ...build));
    const probe = requirementsProbe();
    const builder = builderWith(llm, { graph: { nodes: (defaults) => [...defaults, probe] } });
    const run = builder.generate({ prompt: 'a todo list where I can add and delete tasks', kind: 'web' });
    const events = await collect(run);
    await run.result;

    const types = events.map((event) => event.type);
    expect(types.indexOf('requirements.created')).toBeGreaterThan(types.indexOf('run.started'));
    expect(types.indexOf('requirements.created')).toBeLessThan(types.indexOf('plan.created'));
    expect(events.find((event) => event.type === 'requirements.created')).toMatchObject({ requirements: todoRequirements });
    expect(probe.seen).toEqual(todoRequirements);

    const [analyst, planner] = requests;
    expect(analyst?.node).toBe('requirements');
    expect(analyst?.tools.map((tool) => tool.name)).toEqual(['submit_requirements']);
    expect(userText(analyst)).toMatch(/- todo-list \(similarity 0\.\d\d\): A todo list/);
    expect(userText(analyst)).toContain('- counter (similarity');
    expect(planner?.node).toBe('plan');
    for (const criterion of todoRequirements.stories.flatMap((story) => story.acceptance)) expect(userText(planner)).toContain(criterion);
    expect(userText(planner)).toContain('Task: id: string, title: string, done: boolean');
  });

  it('behavior: a template other than the one the run started from replaces its files and is announced with the reason', async () => {
    const { llm } = recording(transcript(requirementsTurn(), plan, ...build));
    // "a page" is closest to no template: the run starts from the default (counter); the analyst picks todo-list.
    const run = builderWith(llm).generate({ prompt: 'a page', kind: 'web' });
    const events = await collect(run);
    const result = await run.result;

    const selected = events.filter((event) => event.type === 'template.selected');
    expect(selected.at(-1)).toMatchObject({ name: 'todo-list', reason: `chosen by the requirements analyst: ${todoRequirements.templateReason}` });
    expect(Object.keys(result.files).sort()).toEqual(['src/App.tsx', 'src/tasks.ts']);
  });

  it('error: a malformed submission goes back to the model as a tool error, and the corrected one is accepted', async () => {
    const { stories: _stories, ...noStories } = todoRequirements;
    const { llm, requests } = recording(transcript(requirementsTurn({ ...noStories, stories: [{ as: 'a user', want: 'x', acceptance: [] }] }), requirementsTurn(), plan, ...build));
    const run = builderWith(llm).generate({ prompt: 'a todo list', kind: 'web' });
    await run.result;

    const retry = requests.filter((request) => request.node === 'requirements')[1];
    expect(toolResults(retry)).toEqual([expect.stringMatching(/^Error: invalid arguments: stories\.0\.acceptance: .*call submit_requirements again/)]);
  });

  it('error: a template that was not offered is refused naming the offered ones', async () => {
    const { llm, requests } = recording(transcript(requirementsTurn({ ...todoRequirements, template: 'kanban' }), requirementsTurn(), plan, ...build));
    await builderWith(llm).generate({ prompt: 'a todo list', kind: 'web' }).result;

    const retry = requests.filter((request) => request.node === 'requirements')[1];
    expect(toolResults(retry)[0]).toMatch(/^Error: the template "kanban" is not one of the offered web templates: (todo-list, counter|counter, todo-list)\./);
  });

  it('error: another kind is refused: the kind is fixed when the run starts', async () => {
    const { llm, requests } = recording(transcript(requirementsTurn({ ...todoRequirements, kind: 'api' }), requirementsTurn(), plan, ...build));
    await builderWith(llm).generate({ prompt: 'a todo list', kind: 'web' }).result;

    const retry = requests.filter((request) => request.node === 'requirements')[1];
    expect(toolResults(retry)[0]).toMatch(/^Error: this run builds a web project/);
  });

  it('error: refusals past maxAttempts fail the run with LLM_BAD_OUTPUT naming the last problem', async () => {
    const bad = requirementsTurn({ ...todoRequirements, template: 'kanban' });
    const { llm } = recording(transcript(bad, bad));
    const run = builderWith(llm, { requirements: { maxAttempts: 2 } }).generate({ prompt: 'a todo list', kind: 'web' });
    const events = await collect(run).catch(() => []);
    await expect(run.result).rejects.toMatchObject({ code: 'LLM_BAD_OUTPUT', message: expect.stringMatching(/refused 2 times \(last: the template "kanban" is not one/) });
    expect(events.map((event) => event.type)).not.toContain('plan.created');
  });

  it('behavior: generate({ template }) still forces the template: the analyst is offered only it', async () => {
    const { llm, requests } = recording(transcript(requirementsTurn(), requirementsTurn({ ...todoRequirements, template: 'counter' }), plan, ...build));
    const run = builderWith(llm).generate({ prompt: 'a todo list', kind: 'web', template: 'counter' });
    const result = await run.result;

    const [first, second] = requests.filter((request) => request.node === 'requirements');
    expect(userText(first)).toContain('The request names the template: set template to "counter"');
    expect(toolResults(second)[0]).toMatch(/not one of the offered web templates: counter\./);
    expect(Object.keys(result.files).sort()).toEqual(['src/App.tsx', 'src/counter.ts']);
  });

  it('behavior: a run resumed after the requirements node does not run it again; later nodes get the stored spec', async () => {
    const storage = memoryStorage();
    const first = recording(transcript(requirementsTurn(), plan, ...build));
    const run = builderWith(first.llm, { storage }).generate({ prompt: 'a todo list', kind: 'web' });
    // The build's first step starts after the plan's checkpoint (and the requirements' before it) is stored.
    run.on('step.started', () => run.cancel('stop in the build'));
    await expect(run.result).rejects.toMatchObject({ code: 'RUN_CANCELLED' });

    // The resumed process's transcript has no requirements turn: running the node again would fail the run.
    const second = recording(transcript(plan, ...build));
    const probe = requirementsProbe();
    const resumed = await builderWith(second.llm, { storage, graph: { nodes: (defaults) => [...defaults, probe] } }).resume(run.runId).result;
    expect(second.requests.map((request) => request.node)).not.toContain('requirements');
    expect(probe.seen).toEqual(todoRequirements);
    expect(Object.keys(resumed.files).sort()).toEqual(['src/App.tsx', 'src/tasks.ts']);
    const types = (await storage.readEvents({ ownerId: 'local', runId: run.runId })).map((event) => event.type);
    expect(types.filter((type) => type === 'requirements.created')).toHaveLength(1);
  });

  it('behavior: an edit gets the stories of the change from the project it has: its files are in the prompt and no template is offered', async () => {
    const { template: _template, templateReason: _reason, ...change } = todoRequirements;
    const { llm, requests } = recording(transcript(requirementsTurn(), plan, ...build, requirementsTurn({ ...change, summary: 'Tasks get a due date.' }), plan, ...build));
    const builder = builderWith(llm);
    const first = await builder.generate({ prompt: 'a todo list', kind: 'web' }).result;
    const edit = builder.edit(first.project.id, { prompt: 'give tasks a due date' });
    const events = await collect(edit);
    await edit.result;

    const analyst = requests.filter((request) => request.node === 'requirements')[1];
    expect(userText(analyst)).toContain('The request changes an existing project');
    expect(userText(analyst)).toContain('- src/tasks.ts');
    expect(userText(analyst)).toContain('The project keeps its files (no template is chosen in an edit): leave template out.');
    expect(events.find((event) => event.type === 'requirements.created')).toMatchObject({ requirements: { summary: 'Tasks get a due date.' } });
  });

  it('error: bad options fail createBuilder', () => {
    expect(() => builderWith(scriptedLlm({ transcript: transcript() }), { requirements: { templates: 0 } })).toThrow(/Invalid requirements\.templates/);
  });
});
