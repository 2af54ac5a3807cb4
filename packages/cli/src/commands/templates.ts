import { print, type Command } from '../cli-io.js';
import { table } from '../render/table.js';
import { UsageError } from '../usage-error.js';

/**
 * `buildwright templates [--kind k] [--dir folder]`: the templates a generation can start from
 * (the built-in ones, plus the folder templates of `--dir`). `buildwright templates search "<query>"
 * [--limit n]`: those most similar to the query, best first, with their scores (the offline
 * lexical embedder). `--json`: one template per line.
 *
 * @example
 * buildwright templates search "an nft minting page" --json | jq -r .name
 */
export const templatesCommand: Command = async (context) => {
  const { flags, positionals } = context.args;
  const [action, query] = positionals as [string | undefined, string | undefined];
  if (action !== undefined && action !== 'search') throw new UsageError(`templates takes "search", not "${action.slice(0, 40)}". Usage: buildwright templates [search "<query>"]`);
  if (action === undefined && query !== undefined) throw new UsageError('Usage: buildwright templates [search "<query>"]');
  if (action === 'search' && !query?.trim()) throw new UsageError('templates search needs a query (quote it: "a kanban board"). Usage: buildwright templates search "<query>"');
  const [core, builtIn] = await Promise.all([import('@buildwright/core'), import('@buildwright/adapters/templates')]);
  const fromFolder = flags.dir ? await (await import('@buildwright/adapters/template-folder')).loadTemplatesFromFolder(flags.dir) : {};
  const templates = { ...builtIn.templates, ...fromFolder };
  if (action === undefined) {
    const listed = core.templateSummaries(templates).filter((template) => !flags.kind || template.kinds.includes(flags.kind));
    const shown = flags.limit === undefined ? listed : listed.slice(0, flags.limit);
    if (flags.json) for (const template of shown) print(context, template, '');
    else context.stdout.write(`${table([['NAME', 'KINDS', 'DESCRIPTION'], ...shown.map((template) => [template.name, template.kinds.join(','), firstSentence(template.description)])])}\n`);
    return 0;
  }
  const index = core.createTemplateIndex(core.lexicalEmbeddings());
  const matches = await index.search(templates, query!, { limit: flags.limit ?? 5, ...(flags.kind ? { kind: flags.kind } : {}) });
  if (flags.json) for (const match of matches) print(context, match, '');
  else context.stdout.write(`${table([['SCORE', 'NAME', 'DESCRIPTION'], ...matches.map((match) => [match.score.toFixed(3), match.name, firstSentence(match.description)])])}\n`);
  return 0;
};

function firstSentence(text: string): string {
  const line = text.split(/(?<=\.)\s/)[0] ?? text;
  return line.length > 90 ? `${line.slice(0, 87)}...` : line;
}
