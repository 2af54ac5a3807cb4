import type { Command } from '../cli-io.js';
import type { CommandName } from '../parse-args.js';

/**
 * Each command's module, imported only when that command runs (so `--help` loads none).
 *
 * @example
 * const exitCode = await (await commands.list())({ args, stdout: process.stdout, stderr: process.stderr, env: process.env });
 */
export const commands: Record<Exclude<CommandName, 'help'>, () => Promise<Command>> = {
  generate: async () => (await import('./generate.js')).generateCommand,
  edit: async () => (await import('./edit.js')).editCommand,
  resume: async () => (await import('./resume.js')).resumeCommand,
  approve: async () => (await import('./approve.js')).approveCommand,
  demo: async () => (await import('./demo.js')).demoCommand,
  list: async () => (await import('./list.js')).listCommand,
  show: async () => (await import('./show.js')).showCommand,
  versions: async () => (await import('./versions.js')).versionsCommand,
  diff: async () => (await import('./diff.js')).diffCommand,
  restore: async () => (await import('./restore.js')).restoreCommand,
  export: async () => (await import('./export.js')).exportCommand,
  save: async () => (await import('./save.js')).saveCommand,
  projects: async () => (await import('./projects.js')).projectsCommand,
  preview: async () => (await import('./preview.js')).previewCommand,
  serve: async () => (await import('./serve.js')).serveCommand,
  worker: async () => (await import('./worker.js')).workerCommand,
  mcp: async () => (await import('./mcp.js')).mcpCommand,
  git: async () => (await import('./git.js')).gitCommand,
  deploy: async () => (await import('./deploy.js')).deployCommand,
  deployments: async () => (await import('./deploy.js')).deploymentsCommand,
  undeploy: async () => (await import('./deploy.js')).undeployCommand,
  agent: async () => (await import('./agent.js')).agentCommand,
  templates: async () => (await import('./templates.js')).templatesCommand,
};
