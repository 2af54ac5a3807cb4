import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './parse-args.js';
import { UsageError } from './usage-error.js';

const usageError = (argv: string[]) => {
  try {
    parseCliArgs(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`no usage error for ${argv.join(' ')}`);
};

describe('parseCliArgs', () => {
  it('default: a command, its arguments and flags', () => {
    const args = parseCliArgs(['generate', 'a pomodoro timer', '--kind', 'web', '--llm', 'script:app.json', '--json', '--max-fix-attempts', '1']);
    expect(args.command).toBe('generate');
    expect(args.positionals).toEqual(['a pomodoro timer']);
    expect(args.flags).toEqual({ json: true, exit: false, serve: false, kind: 'web', llm: 'script:app.json', maxFixAttempts: 1 });
  });

  it('args: deploy takes the version as --version N or as a positional, and a --target', () => {
    const flagged = parseCliArgs(['deploy', 'project-1', '--version', '2', '--target', 'static']);
    expect(flagged).toMatchObject({ command: 'deploy', positionals: ['project-1', '2'], version: false, flags: { target: 'static' } });
    expect(parseCliArgs(['deploy', 'project-1', '3']).positionals).toEqual(['project-1', '3']);
    expect(() => parseCliArgs(['deploy', 'project-1', '--version', 'two'])).toThrow(/<version>/);
  });

  it('args: --kind api is a kind like the others (apiChecks verify it)', () => {
    expect(parseCliArgs(['generate', 'a todo API', '--kind', 'api']).flags.kind).toBe('api');
  });

  it('args: --sandbox local:none asks for no OS isolation by name, for runs and the demo', () => {
    expect(parseCliArgs(['generate', 'x', '--sandbox', 'local:none']).flags.sandbox).toBe('local:none');
    expect(parseCliArgs(['demo', '--sandbox', 'local:none']).flags.sandbox).toBe('local:none');
  });

  it('args: --requirements turns the requirements analyst on for every command that runs a builder', () => {
    expect(parseCliArgs(['generate', 'a todo app']).flags.requirements).toBeUndefined();
    expect(parseCliArgs(['generate', 'a todo app', '--requirements']).flags.requirements).toBe(true);
    expect(parseCliArgs(['resume', 'run-1', '--requirements']).flags.requirements).toBe(true);
    expect(usageError(['list', '--requirements'])).toMatch(/list does not take --requirements/);
  });

  it('args: no command, --help and --version', () => {
    expect(parseCliArgs([])).toMatchObject({ command: undefined, help: false, version: false });
    expect(parseCliArgs(['-h'])).toMatchObject({ command: undefined, help: true });
    expect(parseCliArgs(['--version'])).toMatchObject({ command: undefined, version: true });
    expect(parseCliArgs(['export', '--help'])).toMatchObject({ command: 'export', help: true, positionals: [] });
  });

  it('args: optional positionals and the storage, chain and export forms', () => {
    expect(parseCliArgs(['diff', 'p1', '1']).positionals).toEqual(['p1', '1']);
    expect(parseCliArgs(['diff', 'p1', '1', '3']).positionals).toEqual(['p1', '1', '3']);
    expect(parseCliArgs(['export', 'p1', '2', '--dir', 'out']).flags.dir).toBe('out');
    expect(parseCliArgs(['list', '--storage', 'postgres://postgres@127.0.0.1:5432/test']).flags.storage).toBe('postgres://postgres@127.0.0.1:5432/test');
    expect(parseCliArgs(['list', '--storage', 'pglite:/tmp/data']).flags.storage).toBe('pglite:/tmp/data');
    expect(parseCliArgs(['generate', 'a token page', '--kind', 'dapp', '--chain', 'http://127.0.0.1:8545']).flags.chain).toBe('http://127.0.0.1:8545');
    expect(parseCliArgs(['generate', '--', '-a prompt with a dash']).positionals).toEqual(['-a prompt with a dash']);
  });

  it('args: --server runs generate and edit on a buildwright serve, with --owner in --owner-header', () => {
    expect(parseCliArgs(['edit', 'p1', 'x', '--server', 'http://127.0.0.1:3000/', '--owner', 'alice']).flags).toMatchObject({ server: 'http://127.0.0.1:3000', owner: 'alice' });
    expect(parseCliArgs(['generate', 'x', '--server', 'https://builder.example/api', '--owner-header', 'X-User', '--kind', 'api']).flags).toMatchObject({
      server: 'https://builder.example/api',
      ownerHeader: 'x-user',
      kind: 'api',
    });
    expect(usageError(['edit', 'p1', 'x', '--server', 'localhost:3000'])).toMatch(/^--server "localhost:3000" is not the http\(s\) address of a buildwright serve/);
    expect(usageError(['edit', 'p1', 'x', '--server', 'http://127.0.0.1:3000', '--llm', 'script:a.json'])).toMatch(
      /^--llm sets up the engine of this process; with --server the run uses the server's/,
    );
    expect(usageError(['generate', 'x', '--server', 'http://127.0.0.1:3000', '--storage', 'pglite:data'])).toMatch(/^--storage sets up the engine/);
    expect(usageError(['edit', 'p1', 'x', '--owner-header', 'x-user'])).toMatch(/^--owner-header goes with --server/);
    expect(usageError(['list', '--server', 'http://127.0.0.1:3000'])).toMatch(/list does not take --server/);
  });

  it('args: --spare names the templates serve and worker keep a spare sandbox of', () => {
    expect(parseCliArgs(['serve', '--spare', 'react-vite, hono-api']).flags.spare).toEqual(['react-vite', 'hono-api']);
    expect(parseCliArgs(['worker', '--queue', 'redis://127.0.0.1:6379', '--spare', 'react-vite']).flags.spare).toEqual(['react-vite']);
  });

  it('error: unknown flags and commands', () => {
    expect(usageError(['generate', 'x', '--bogus'])).toMatch(/^Unknown option --bogus\./);
    expect(usageError(['launch'])).toMatch(/^Unknown command "launch"/);
    expect(usageError(['--json'])).toMatch(/--json needs a command/);
  });

  it('error: flags a command does not take', () => {
    expect(usageError(['list', '--llm', 'script:a.json'])).toBe('list does not take --llm. Run buildwright list --help.');
    expect(usageError(['edit', 'p', 'x', '--kind', 'web'])).toMatch(/edit does not take --kind/);
  });

  it('error: missing and extra arguments', () => {
    expect(usageError(['generate'])).toMatch(/generate needs a prompt \(quote it/);
    expect(usageError(['edit', 'p1'])).toMatch(/edit needs a prompt/);
    expect(usageError(['generate', 'a', 'todo', 'app'])).toMatch(/unexpected argument "todo"\. Quote the prompt/);
    expect(usageError(['restore', 'p1'])).toMatch(/restore needs a version\. Usage: buildwright restore <project> <version>/);
  });

  it('error: malformed values', () => {
    expect(usageError(['generate', 'x', '--kind', 'ios'])).toMatch(/--kind "ios" is not one of web, dapp, api/);
    expect(usageError(['generate', 'x', '--sandbox', 'docker'])).toMatch(/--sandbox "docker" is not one of local, local:none, e2b/);
    expect(usageError(['generate', 'x', '--llm', 'openai'])).toMatch(/--llm "openai" is not one of/);
    expect(usageError(['generate', 'x', '--storage', 'sqlite:db'])).toMatch(/--storage "sqlite:db" is not one of/);
    expect(usageError(['generate', 'x', '--chain', 'sepolia'])).toMatch(/--chain "sepolia" is not "local" or an http\(s\) JSON-RPC URL/);
    expect(usageError(['generate', 'x', '--max-fix-attempts', '-1'])).toMatch(/--max-fix-attempts/);
    expect(usageError(['generate', 'x', '--max-fix-attempts', '99'])).toMatch(/--max-fix-attempts must be a whole number from 0 to 20/);
    expect(usageError(['preview', 'p', '--port', '70000'])).toMatch(/--port must be a whole number from 1 to 65535/);
    expect(usageError(['diff', 'p', 'one'])).toMatch(/<from> must be a whole number of at least 1/);
    expect(usageError(['export', 'p', '--out', 'a.zip', '--dir', 'out'])).toBe('Give either --out <file.zip> or --dir <path>, not both.');
    expect(usageError(['demo', '--exit', '--serve'])).toBe('Give either --exit or --serve, not both.');
    expect(usageError(['generate', 'x', '--llm'])).toBe('--llm needs a value. Run buildwright --help.');
  });
});
