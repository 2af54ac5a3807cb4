import { memorySandbox } from '../testing/doubles/memory-sandbox.js';
import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { scriptedLlm } from '../testing/doubles/scripted-llm.js';
import { describe, expect, it } from 'vitest';
import { createBuilder } from '../builder/create-builder.js';
import type { BuilderOptions } from './run-context.js';
import { BuildwrightError } from '@buildwright/client';
import { eventSchema, type BuildwrightEvent } from '../events/events.js';
import type { Transcript, TranscriptTurn } from '../protocol/transcript.js';
import type { Check } from '../spec/check.js';
import type { LlmAdapter } from '../spec/llm.js';

const plan = (files: string[]): TranscriptTurn => ({
  node: 'plan',
  toolCalls: [{ name: 'submit_plan', arguments: { title: 'App', summary: 'A small app', steps: [{ id: 'files', title: 'Write the files', files }] } }],
});
const write = (path: string, content: string) => ({ name: 'write_file', arguments: { path, content } });
const finish = (summary = 'done'): TranscriptTurn => ({ node: 'build', toolCalls: [{ name: 'finish', arguments: { summary } }] });
const transcript = (...turns: TranscriptTurn[]): Transcript => ({ format: 'buildwright.transcript/v1', turns });

const threeFiles = {
  'index.html': '<div id="root"></div><script type="module" src="/src/main.js"></script>',
  'src/main.js': "import { greet } from './greet.js';\ndocument.getElementById('root').textContent = greet('world');\n",
  'src/greet.js': 'export const greet = (name) => `Hello, ${name}!`;\n',
};
const threeFileApp = transcript(
  plan(Object.keys(threeFiles)),
  { node: 'build', text: 'Writing the app.', toolCalls: Object.entries(threeFiles).map(([path, content]) => write(path, content)) },
  finish('Wrote a three-file app.'),
);

function setup(llmTranscript: Transcript, extra: Partial<BuilderOptions> = {}) {
  const storage = memoryStorage();
  const builder = createBuilder({ llm: scriptedLlm({ transcript: llmTranscript }), sandbox: memorySandbox(), storage, ...extra });
  return { storage, builder };
}

/** The scripted model, recording the tool results of the conversation it was last sent. */
function recordToolResults(script: Transcript): { llm: LlmAdapter; toolResults: string[] } {
  const toolResults: string[] = [];
  const inner = scriptedLlm({ transcript: script });
  const llm: LlmAdapter = {
    ...inner,
    stream(request) {
      toolResults.splice(0, toolResults.length, ...request.messages.flatMap((message) => (message.role === 'tool' ? [message.content] : [])));
      return inner.stream(request);
    },
  };
  return { llm, toolResults };
}

async function collect(run: AsyncIterable<BuildwrightEvent>): Promise<BuildwrightEvent[]> {
  const events: BuildwrightEvent[] = [];
  for await (const event of run) events.push(event);
  return events;
}

const failing = (name: string, outcomes: Array<'pass' | string>): Check & { calls: number } => {
  const check = {
    name,
    calls: 0,
    async run() {
      const outcome = outcomes[Math.min(check.calls++, outcomes.length - 1)]!;
      return outcome === 'pass' ? { status: 'passed' as const } : { status: 'failed' as const, report: outcome, issues: [{ file: 'src/main.js', line: 1, message: outcome }] };
    },
  };
  return check;
};

describe('generate', () => {
  it('default: a three-file app is stored as a version with exactly those files and every event in order', async () => {
    const { builder, storage } = setup(threeFileApp);
    const run = builder.generate({ prompt: 'a greeting page', kind: 'web' });
    const events = await collect(run);
    const result = await run.result;

    expect(result.version.number).toBe(1);
    expect(result.files).toEqual(threeFiles);
    const stored = await storage.getVersionFiles({ ownerId: 'local', projectId: run.projectId });
    expect(stored?.files).toEqual(threeFiles);

    expect(events.map((event) => event.type)).toEqual([
      'run.started',
      'notice.posted',
      'usage',
      'plan.created',
      'step.started',
      'llm.delta',
      'usage',
      'file.written',
      'file.written',
      'file.written',
      'usage',
      'step.completed',
      'notice.posted',
      'version.created',
      'run.completed',
    ]);
    expect(events.at(-3)).toMatchObject({ type: 'notice.posted', level: 'warn', message: expect.stringContaining('not verified') });
    expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => index + 1));
    for (const event of events) expect(eventSchema.safeParse(event).success).toBe(true);

    const replayed = await storage.readEvents({ ownerId: 'local', runId: run.runId });
    expect(replayed).toEqual(events);
    const fromFive = await builder.events(run.runId, { afterSeq: 5 });
    expect(fromFive.map((event) => event.seq)).toEqual(events.slice(5).map((event) => event.seq));
  });

  it('behavior: .on receives typed events of one type', async () => {
    const { builder } = setup(threeFileApp);
    const run = builder.generate({ prompt: 'a greeting page' });
    const paths: string[] = [];
    run.on('file.written', (event) => paths.push(event.path));
    await run.result;
    expect(paths).toEqual(Object.keys(threeFiles));
  });

  it('behavior: an edit that misses gets file.edit_failed with the nearest lines, then the next turn applies it', async () => {
    const { builder } = setup(
      transcript(
        plan(['src/greet.js']),
        { node: 'build', toolCalls: [write('src/greet.js', 'export const greet = (name) => `Hello, ${name}!`;\n')] },
        { node: 'build', toolCalls: [{ name: 'edit_file', arguments: { path: 'src/greet.js', edits: [{ search: 'Hullo, ${name}', replace: 'Hi, ${name}' }] } }] },
        { node: 'build', toolCalls: [{ name: 'edit_file', arguments: { path: 'src/greet.js', edits: [{ search: 'Hello, ${name}', replace: 'Hi, ${name}' }] } }] },
        finish(),
      ),
    );
    const run = builder.generate({ prompt: 'greet' });
    const events = await collect(run);
    const failed = events.filter((event) => event.type === 'file.edit_failed');
    const edited = events.filter((event) => event.type === 'file.edited');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ path: 'src/greet.js', reason: 'search text not found', nearest: expect.stringContaining('1: export const greet') });
    expect(edited).toHaveLength(1);
    expect(failed[0]!.seq).toBeLessThan(edited[0]!.seq);
    expect((await run.result).files['src/greet.js']).toBe('export const greet = (name) => `Hi, ${name}!`;\n');
  });

  it('behavior: a check that fails then passes after a fix completes the run', async () => {
    const check = failing('lint', ['missing semicolon', 'pass']);
    const { builder } = setup(
      transcript(
        plan(['a.js']),
        { node: 'build', toolCalls: [write('a.js', 'x')] },
        finish(),
        { node: 'fix', toolCalls: [write('a.js', 'x;')] },
        { node: 'fix', toolCalls: [{ name: 'finish', arguments: { summary: 'fixed' } }] },
      ),
      { checks: [check] },
    );
    const run = builder.generate({ prompt: 'x' });
    const events = await collect(run);
    const result = await run.result;
    expect(result.files['a.js']).toBe('x;');
    expect(check.calls).toBe(2);
    const types = events.map((event) => event.type);
    expect(types.indexOf('check.failed')).toBeLessThan(types.indexOf('fix.started'));
    expect(types.filter((type) => type === 'check.passed')).toHaveLength(1);
    expect(events.find((event) => event.type === 'fix.started')).toMatchObject({ attempt: 1, check: 'lint', report: 'missing semicolon' });
  });

  it('error: the same failure twice with no file change stops with run.failed naming the check', async () => {
    const check = failing('typecheck', ['TS2322: Type string is not assignable to number']);
    const { builder, storage } = setup(
      transcript(plan(['a.ts']), { node: 'build', toolCalls: [write('a.ts', 'const n: number = "x"')] }, finish(), {
        node: 'fix',
        text: 'I think it is fine.',
        toolCalls: [{ name: 'finish', arguments: { summary: 'nothing to fix' } }],
      }),
      { checks: [check] },
    );
    const run = builder.generate({ prompt: 'x' });
    const events = await collect(run);
    await expect(run.result).rejects.toMatchObject({ code: 'NO_PROGRESS' });
    const last = events.at(-1)!;
    expect(last).toMatchObject({ type: 'run.failed', code: 'NO_PROGRESS', check: 'typecheck' });
    expect(last.type === 'run.failed' && last.message).toContain('TS2322');
    expect(check.calls).toBe(2);
    expect((await storage.getRun({ ownerId: 'local', runId: run.runId }))?.status).toBe('failed');
    expect(await storage.listVersions({ ownerId: 'local', projectId: run.projectId })).toEqual([]);
  });

  it('error: fix attempts are bounded by limits.maxFixAttempts', async () => {
    const check = failing('build-app', ['error 1', 'error 2', 'error 3']);
    const fixTurn = (content: string): TranscriptTurn[] => [
      { node: 'fix', toolCalls: [write('a.js', content)] },
      { node: 'fix', toolCalls: [{ name: 'finish', arguments: { summary: 'tried' } }] },
    ];
    const { builder } = setup(transcript(plan(['a.js']), { node: 'build', toolCalls: [write('a.js', '0')] }, finish(), ...fixTurn('1'), ...fixTurn('2')), {
      checks: [check],
      limits: { maxFixAttempts: 2 },
    });
    const run = builder.generate({ prompt: 'x' });
    const events = await collect(run);
    await expect(run.result).rejects.toMatchObject({ code: 'CHECK_FAILED' });
    expect(events.filter((event) => event.type === 'fix.started')).toHaveLength(2);
    expect(events.at(-1)).toMatchObject({ type: 'run.failed', check: 'build-app' });
  });

  it('behavior: cancel mid-run stores run.cancelled, emits nothing after it and stores no version', async () => {
    const { builder, storage } = setup(threeFileApp);
    const run = builder.generate({ prompt: 'x' });
    run.on('plan.created', () => run.cancel('user pressed stop'));
    const events = await collect(run);
    await expect(run.result).rejects.toMatchObject({ code: 'RUN_CANCELLED' });
    expect(events.at(-1)).toMatchObject({ type: 'run.cancelled' });
    expect(events.some((event) => event.type === 'file.written')).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await storage.readEvents({ ownerId: 'local', runId: run.runId })).toEqual(events);
    expect((await storage.getRun({ ownerId: 'local', runId: run.runId }))?.status).toBe('cancelled');
    expect(await storage.listVersions({ ownerId: 'local', projectId: run.projectId })).toEqual([]);
  });

  it('error: paths outside the project are refused and the model is told', async () => {
    const { builder } = setup(
      transcript(
        plan(['x']),
        { node: 'build', toolCalls: [write('../../etc/passwd', 'root::0:0'), write('/etc/passwd', 'root::0:0'), write('src/../../outside.txt', 'x'), write('ok.txt', 'fine')] },
        finish(),
      ),
    );
    const run = builder.generate({ prompt: 'x' });
    const events = await collect(run);
    const result = await run.result;
    expect(Object.keys(result.files)).toEqual(['ok.txt']);
    const refusals = events.filter((event) => event.type === 'notice.posted' && event.message.startsWith('Refused'));
    expect(refusals).toHaveLength(3);
    expect(refusals.map((event) => event.type === 'notice.posted' && event.message).join('\n')).toMatch(/leaves the project[\s\S]*is absolute[\s\S]*leaves the project/);
  });

  it('error: protected paths and non-registry dependencies get tool errors and warnings, reach neither workspace nor sandbox, and the run completes', async () => {
    const refused = ['.git/config', 'node_modules/react/index.js', '.npmrc', 'package.json'];
    const script = transcript(
      plan(['src/main.js']),
      {
        node: 'build',
        toolCalls: [
          write('.git/config', '[core]\n\thooksPath = .githooks\n'),
          write('node_modules/react/index.js', 'module.exports = {};\n'),
          write('.npmrc', 'registry=https://evil.test/\n'),
          write('package.json', JSON.stringify({ name: 'app', dependencies: { react: 'git+https://github.com/evil/react.git' } })),
          write('src/main.js', 'console.log(1);\n'),
        ],
      },
      finish(),
    );
    const { llm, toolResults } = recordToolResults(script);
    const sandbox = memorySandbox();
    const { builder } = setup(script, { llm, sandbox });
    const run = builder.generate({ prompt: 'x' });
    const events = await collect(run);
    const result = await run.result;

    expect(events.at(-1)).toMatchObject({ type: 'run.completed' });
    expect(Object.keys(result.files)).toEqual(['src/main.js']);
    const box = await sandbox.open({ projectId: run.projectId });
    expect(await box.readFile('src/main.js')).toBe('console.log(1);\n');
    for (const path of refused) expect(await box.readFile(path)).toBeUndefined();

    const errors = toolResults.filter((content) => content.startsWith('Error: '));
    expect(errors).toHaveLength(4);
    expect(errors[0]).toMatch(/^Error: Path "\.git\/config" is protected: the project may not write git metadata/);
    expect(errors[1]).toMatch(/^Error: Path "node_modules\/react\/index\.js" is protected: the project may not write installed dependencies/);
    expect(errors[2]).toMatch(/^Error: Path "\.npmrc" is protected: the project may not configure the package manager/);
    expect(errors[3]).toMatch(/^Error: package\.json has dependencies that are not from the npm registry: dependencies "react": "git\+https:\/\/github\.com\/evil\/react\.git" is a git repository/);
    const warnings = events.filter((event) => event.type === 'notice.posted' && event.level === 'warn' && event.message.startsWith('Refused write_file'));
    expect(warnings.map((event) => event.type === 'notice.posted' && event.message)).toEqual(errors.map((content) => `Refused write_file: ${content.slice('Error: '.length)}`));
    expect(events.filter((event) => event.type === 'file.written').map((event) => event.type === 'file.written' && event.path)).toEqual(['src/main.js']);
  });

  it('error: bad names, clashes and oversized writes are tool errors the model can fix, never a failed run', async () => {
    const many = Array.from({ length: 5_100 }, (_, index) => write(`gen/f${index}.txt`, 'x'));
    const script = transcript(
      plan(['src/main.js']),
      {
        node: 'build',
        toolCalls: [
          write(`src/${'n'.repeat(300)}.js`, 'x'),
          write('a', 'file'),
          write('a/b.txt', 'under a file'),
          write('src/\ud800.js', 'lone surrogate'),
          write('src/\u202egnp.js', 'bidi'),
          write('Readme.md', 'one'),
          write('README.md', 'two'),
          write('big.txt', 'z'.repeat(100 * 1024 * 1024)),
          write('src/main.js', 'console.log(1);\n'),
        ],
        // A model (or a proxy in front of one) that reports tiny usage: the size limit still holds.
        usage: { inputTokens: 10, outputTokens: 10 },
      },
      { node: 'build', toolCalls: many, usage: { inputTokens: 10, outputTokens: 10 } },
      finish(),
    );
    const { llm, toolResults } = recordToolResults(script);
    const { builder } = setup(script, { llm });
    const run = builder.generate({ prompt: 'x' });
    const events = await collect(run);
    const result = await run.result;

    expect(events.at(-1)).toMatchObject({ type: 'run.completed' });
    const errors = toolResults.filter((content) => content.startsWith('Error: '));
    expect(errors.filter((error) => !error.includes('gen/f'))).toEqual([
      expect.stringMatching(/has a name longer than 255 bytes/),
      expect.stringMatching(/"a\/b\.txt" needs a folder "a", but that is a file/),
      expect.stringMatching(/lone UTF-16 surrogate/),
      expect.stringMatching(/bidirectional control character \(U\+202E\)/),
      expect.stringMatching(/"README\.md" differs only in letter case from "Readme\.md"/),
      expect.stringMatching(/big\.txt would be 104857600 bytes, over the limit of 2097152 bytes per file/),
    ]);
    // 5,000 files at most, as an import: the files past the limit are refused one by one.
    const countErrors = errors.filter((error) => error.includes('gen/f'));
    expect(countErrors.length).toBeGreaterThan(0);
    expect(countErrors[0]).toMatch(/already holds 5000 files, the limit \(5000\)/);
    expect(Object.keys(result.files)).toHaveLength(5_000);
    expect(result.files['src/main.js']).toBe('console.log(1);\n');
    expect(result.files['big.txt']).toBeUndefined();
    expect(result.files['README.md']).toBeUndefined();
  }, 60_000);

  it('error: malformed tool JSON, an unknown tool and bad arguments go back to the model as tool errors', async () => {
    const malformed = transcript(
      plan(['a.js']),
      {
        node: 'build',
        toolCalls: [
          { name: 'write_file', arguments: '{"path": "a.js", "content": "x' },
          { name: 'run_shell', arguments: { command: 'rm -rf /' } },
          { name: 'write_file', arguments: { path: 'a.js' } },
        ],
      },
      { node: 'build', toolCalls: [write('a.js', 'ok')] },
      finish(),
    );
    const toolResults: string[] = [];
    const inner = scriptedLlm({ transcript: malformed });
    const llm: LlmAdapter = {
      ...inner,
      stream(request) {
        toolResults.push(...request.messages.flatMap((message) => (message.role === 'tool' ? [message.content] : [])));
        return inner.stream(request);
      },
    };
    const { builder } = setup(malformed, { llm });
    const result = await builder.generate({ prompt: 'x' }).result;
    expect(result.files).toEqual({ 'a.js': 'ok' });
    const seen = toolResults.join('\n');
    expect(seen).toMatch(/arguments of write_file are not valid JSON/);
    expect(seen).toMatch(/unknown tool "run_shell"/);
    expect(seen).toMatch(/invalid arguments for write_file: content/);
  });

  it('error: a transcript that runs out fails the run with TRANSCRIPT_EXHAUSTED naming the node', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const { builder } = setup(transcript(plan(['a.js'])));
      const run = builder.generate({ prompt: 'x' });
      const events = await collect(run);
      expect(events.at(-1)).toMatchObject({ type: 'run.failed', code: 'TRANSCRIPT_EXHAUSTED' });
      expect(events.at(-1)?.type === 'run.failed' && events.at(-1)).toMatchObject({ message: expect.stringContaining('"build"') });
      const error = await run.result.catch((caught: unknown) => caught);
      expect(BuildwrightError.isInstance(error)).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('behavior: a custom node inserted after build runs, and its events come in order', async () => {
    const order: string[] = [];
    const securityReview = {
      name: 'security-review',
      async run(context: { files: Readonly<Record<string, string>>; emit: (event: { type: 'notice.posted'; level: 'info'; message: string }) => Promise<void> }) {
        order.push('security-review');
        await context.emit({ type: 'notice.posted', level: 'info', message: `reviewed ${Object.keys(context.files).length} files` });
        return { status: 'passed' as const };
      },
    };
    const later = failing('later', ['pass']);
    const { builder } = setup(threeFileApp, { checks: [later], graph: { nodes: (defaults) => [...defaults.slice(0, 2), securityReview, ...defaults.slice(2)] } });
    const run = builder.generate({ prompt: 'x' });
    const events = await collect(run);
    await run.result;
    const interesting = events
      .filter((event) => ['step.completed', 'check.started', 'check.passed', 'notice.posted', 'version.created'].includes(event.type))
      .map((event) => (event.type === 'check.started' || event.type === 'check.passed' ? `${event.type}:${event.check}` : event.type === 'notice.posted' ? `notice:${event.message}` : event.type));
    expect(interesting.slice(1)).toEqual([
      'step.completed',
      'check.started:security-review',
      'notice:reviewed 3 files',
      'check.passed:security-review',
      'check.started:later',
      'check.passed:later',
      'version.created',
    ]);
  });

  it('error: bad input is refused at the boundary', () => {
    const { builder } = setup(threeFileApp);
    expect(() => builder.generate({ prompt: '   ' })).toThrow(/prompt is empty/);
    expect(() => builder.generate({ prompt: 'x'.repeat(20_001) })).toThrow(/longer than 20000/);
    expect(() => builder.generate({ prompt: 'x', kind: 'mobile' as never })).toThrow(BuildwrightError);
  });
});
