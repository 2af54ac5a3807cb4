import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshDirectories, runCli } from './run-cli.test-support.js';

const freshDirectory = freshDirectories();

describe('buildwright templates', () => {
  it('default: lists the built-in templates; --json gives one per line; --kind narrows', { timeout: 60_000 }, async () => {
    const cwd = freshDirectory();
    const human = await runCli(['templates'], { cwd });
    expect(human.code).toBe(0);
    expect(human.stdout.split('\n')[0]).toMatch(/^NAME\s+KINDS\s+DESCRIPTION$/);
    expect(human.stdout).toMatch(/^react-vite\s+web\s+React 19/m);
    const json = await runCli(['templates', '--json', '--kind', 'api'], { cwd });
    const lines = json.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { name: string; kinds: string[] });
    expect(lines.map((line) => [line.name, line.kinds])).toEqual([['hono-api', ['api']]]);
  });

  it('behavior: search ranks by similarity with scores; --dir adds folder templates', { timeout: 60_000 }, async () => {
    const cwd = freshDirectory();
    const folder = join(cwd, 'templates/kanban');
    mkdirSync(join(folder, 'files'), { recursive: true });
    writeFileSync(
      join(folder, 'template.json'),
      JSON.stringify({ format: 'buildwright.template/v1', name: 'kanban-board', kinds: ['web'], description: 'A kanban board with drag and drop cards', tags: ['kanban', 'trello'] }),
    );
    writeFileSync(join(folder, 'files/index.html'), '<div id="root"></div>');
    const search = await runCli(['templates', 'search', 'mint an NFT collection with a wallet', '--json', '--limit', '2'], { cwd });
    expect(search.code).toBe(0);
    const matches = search.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { name: string; score: number });
    expect(matches.map((match) => match.name)).toEqual(['dapp-vite', expect.any(String)]);
    expect(matches[0]!.score).toBeGreaterThan(matches[1]!.score);
    const withFolder = await runCli(['templates', 'search', 'a trello style kanban board', '--dir', join(cwd, 'templates')], { cwd });
    expect(withFolder.stdout.split('\n')[1]).toMatch(/^0\.\d{3}\s+kanban-board\s+A kanban board/);
  });

  it('error: a search without a query or an unknown action is a usage error (exit 2); a bad folder says which field', { timeout: 60_000 }, async () => {
    const cwd = freshDirectory();
    expect((await runCli(['templates', 'search'], { cwd })).stderr).toMatch(/templates search needs a query/);
    expect((await runCli(['templates', 'find', 'x'], { cwd })).code).toBe(2);
    mkdirSync(join(cwd, 'bad/files'), { recursive: true });
    writeFileSync(join(cwd, 'bad/template.json'), JSON.stringify({ format: 'buildwright.template/v1', name: 'bad', kinds: [], description: 'x' }));
    writeFileSync(join(cwd, 'bad/files/a.txt'), 'a');
    const bad = await runCli(['templates', '--dir', join(cwd, 'bad')], { cwd });
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/TEMPLATE_INVALID|field "kinds"/);
  });
});
