import { z } from 'zod';

/** Most tests in one flow file, and steps in one test: the interpreter's run time stays bounded. */
export const flowLimits = { maxTests: 20, maxSteps: 40, maxTextLength: 500 } as const;

const text = z.string().min(1).max(flowLimits.maxTextLength);

/** A path of the preview's own origin: `/`, `/todos?x=1`, `/#/game`. Never another origin or scheme. */
const sameOriginPath = z
  .string()
  .max(flowLimits.maxTextLength)
  .regex(/^\/(?![/\\])[^\s]*$/, 'must be a path of the app starting with "/" (e.g. "/" or "/todos"), not a URL');

/** The ARIA roles a test may find elements by (Playwright's getByRole). */
const roles = [
  'button',
  'link',
  'textbox',
  'checkbox',
  'radio',
  'combobox',
  'listbox',
  'option',
  'list',
  'listitem',
  'heading',
  'img',
  'dialog',
  'alert',
  'status',
  'tab',
  'tabpanel',
  'table',
  'row',
  'cell',
  'navigation',
  'main',
  'form',
  'searchbox',
  'spinbutton',
  'slider',
  'switch',
  'menu',
  'menuitem',
  'region',
  'article',
  'paragraph',
] as const;

/**
 * How a step finds an element, as a user would: by role and accessible name, by visible text, by
 * label or placeholder, or by `data-testid`. Never a CSS or XPath selector. `nth` picks one of
 * several matches (0-based); without it a step that acts needs exactly one.
 */
export const targetSchema = z.union([
  z.strictObject({ role: z.enum(roles), name: text.optional(), exact: z.boolean().optional(), nth: z.number().int().min(0).max(99).optional() }),
  z.strictObject({ text, exact: z.boolean().optional(), nth: z.number().int().min(0).max(99).optional() }),
  z.strictObject({ label: text, exact: z.boolean().optional(), nth: z.number().int().min(0).max(99).optional() }),
  z.strictObject({ placeholder: text, exact: z.boolean().optional(), nth: z.number().int().min(0).max(99).optional() }),
  z.strictObject({ testId: text, nth: z.number().int().min(0).max(99).optional() }),
]);
export type FlowTarget = z.infer<typeof targetSchema>;

/** Keys a `press` step may press (Playwright key names, with modifiers). */
const key = z
  .string()
  .regex(
    /^(?:(?:Shift|Control|Alt|Meta)\+)*(?:Enter|Tab|Escape|Backspace|Delete|Space|ArrowUp|ArrowDown|ArrowLeft|ArrowRight|Home|End|PageUp|PageDown|[A-Za-z0-9])$/,
    'must be a key such as "Enter", "Escape", "Tab" or "Control+a"',
  );

/** One step of a test: an action, or an expectation about the page. */
export const stepSchema = z.union([
  z.strictObject({ goto: sameOriginPath }),
  z.strictObject({ click: targetSchema }),
  z.strictObject({ fill: targetSchema, value: z.string().max(flowLimits.maxTextLength) }),
  z.strictObject({ press: key, on: targetSchema.optional() }),
  z.strictObject({ check: targetSchema }),
  z.strictObject({ uncheck: targetSchema }),
  z.strictObject({ select: targetSchema, option: text }),
  z.strictObject({
    expect: targetSchema,
    visible: z.boolean().optional(),
    count: z.number().int().min(0).max(1000).optional(),
    hasText: z.string().max(flowLimits.maxTextLength).optional(),
    value: z.string().max(flowLimits.maxTextLength).optional(),
    checked: z.boolean().optional(),
  }),
  z.strictObject({ expectUrl: sameOriginPath }),
]);
export type FlowStep = z.infer<typeof stepSchema>;

/** One test: a user's flow through the app, from a fresh browser context at `/`. */
export const flowTestSchema = z.strictObject({
  name: z.string().min(1).max(200),
  /** The acceptance criterion the test proves (shown in reports). */
  criterion: z.string().max(flowLimits.maxTextLength).optional(),
  steps: z.array(stepSchema).min(1).max(flowLimits.maxSteps),
});
export type FlowTest = z.infer<typeof flowTestSchema>;

/** A flow file (`tests/e2e/app.flow.json`): the end-to-end tests of the app, as data the check interprets. */
export const flowFileSchema = z
  .strictObject({
    format: z.literal('buildwright.e2e/v1'),
    tests: z.array(flowTestSchema).min(1).max(flowLimits.maxTests),
  })
  .refine((file) => new Set(file.tests.map((test) => test.name)).size === file.tests.length, { message: 'test names must be unique', path: ['tests'] });
export type FlowFile = z.infer<typeof flowFileSchema>;

/** The outcome of reading a flow file: the tests, or what is wrong with it (one line per problem, with its JSON path). */
export type ParsedFlowFile = { ok: true; file: FlowFile } | { ok: false; problems: string[] };

/**
 * Parses a flow file's text. Nothing in it is ever run as code: it is JSON data that the e2e
 * check interprets step by step (`runFlowTest`).
 *
 * @example
 * const parsed = parseFlowFile(files['tests/e2e/app.flow.json']);
 * if (!parsed.ok) console.log(parsed.problems.join('\n'));
 */
export function parseFlowFile(source: string): ParsedFlowFile {
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    return { ok: false, problems: [`not valid JSON: ${(error as Error).message}`] };
  }
  const parsed = flowFileSchema.safeParse(json);
  if (parsed.success) return { ok: true, file: parsed.data };
  return { ok: false, problems: parsed.error.issues.slice(0, 10).map((issue) => `${issuePath(issue.path)}: ${issue.message}`) };
}

function issuePath(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return '(file)';
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`)).join('');
}

/** What the tests step is told about the flow format (the phase's instructions). */
export function flowInstructions(path: string): string {
  return [
    `Write the tests as JSON data in ${path} (no code: the checks interpret it in a real browser):`,
    '{ "format": "buildwright.e2e/v1", "tests": [ { "name": "deletes a todo", "criterion": "a deleted todo leaves the list", "steps": [ ... ] } ] }',
    'Each test starts in a fresh browser at "/". Steps (one key each, plus its options):',
    '- { "goto": "/path" } opens a route of the app',
    '- { "click": T }, { "fill": T, "value": "text" }, { "press": "Enter", "on": T }, { "check": T }, { "uncheck": T }, { "select": T, "option": "label" }',
    '- { "expect": T, "visible": true|false, "count": n, "hasText": "text", "value": "text", "checked": true|false } (at least one of them; waits up to the step timeout)',
    '- { "expectUrl": "/path" }',
    'T finds an element as a user would: { "role": "button", "name": "Delete" }, { "text": "Buy milk" }, { "label": "New todo" }, { "placeholder": "What to do?" } or { "testId": "todo-list" }; "exact": true matches the whole text; "nth": 0 picks one of several matches.',
    `At most ${flowLimits.maxTests} tests of ${flowLimits.maxSteps} steps. Follow every action with an expectation that proves it worked (after deleting "Buy milk", expect { "text": "Buy milk" } with "count": 0).`,
  ].join('\n');
}
