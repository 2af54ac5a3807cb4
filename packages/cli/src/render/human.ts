import type { BuildwrightEvent, EventOf } from '@buildwright/core';
import { contractReportLines } from './contract-report.js';
import { firstLine, formatBytes, formatCost, formatDuration, formatTokens } from './format.js';
import type { Renderer } from './renderer.js';
import { stripAnsi, truncate, type Terminal } from './terminal.js';

export interface HumanRendererOptions {
  terminal: Terminal;
  /** Fix attempts allowed, to show `fix 1/3`. */
  maxFixAttempts: number;
  /** How often a long activity prints a progress line when the output is not interactive. Default 10 s. */
  progressEveryMs?: number;
  /** The preview keeps serving after the run (the demo); otherwise the summary says how to serve it again. */
  servesAfterRun?: boolean;
  /** Clock, for tests. */
  now?: () => number;
}

interface Activity {
  label: string;
  startedAt: number;
}

interface RunningCommand {
  command: string;
  startedAt: number;
  tail: string;
}

const kindLabels = { web: 'a web app', dapp: 'a DApp', api: 'an API' } as const;

const spinnerFrames = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/**
 * Output for people: a live step list (plan, build steps, each check, fix attempts) with a
 * spinner line showing the running activity, its elapsed time, the tail of the running command
 * and a token/cost meter; file-write lines under each step; an API's contract report, one line per
 * operation; and at the end the preview URL, the
 * screenshot path and the version. When the terminal is not interactive nothing is redrawn:
 * plain lines, plus a progress line every 10 s while something long (an install, a build) runs.
 *
 * @example
 * const renderer = humanRenderer({ terminal: streamTerminal(process.stdout), maxFixAttempts: 3 });
 * for await (const event of run) renderer.event(event);
 * renderer.close();
 */
export function humanRenderer(options: HumanRendererOptions): Renderer & { readonly summary: RunSummary } {
  const { terminal, maxFixAttempts } = options;
  const { paint } = terminal;
  const now = options.now ?? Date.now;
  const progressEveryMs = options.progressEveryMs ?? 10_000;
  const summary: RunSummary = { previewUrl: null, screenshotPath: null, docsUrl: null, version: null, inputTokens: 0, outputTokens: 0, costUsd: 0, estimated: false };
  const stepNumbers = new Map<string, string>();
  const stepTitles = new Map<string, string>();
  // By step: a step may run checks of its own (the spec step), which take the activity line over.
  const stepStarts = new Map<string, number>();
  const checkStarts = new Map<string, number>();
  let activity: Activity | undefined;
  let command: RunningCommand | undefined;
  let frame = 0;
  let statusShown = false;
  let lastProgressAt = 0;
  /** The failing check's issues were just shown in a report of their own (the contract report). */
  let issuesShown = false;

  const meter = () => {
    const tokens = summary.inputTokens + summary.outputTokens;
    if (tokens === 0) return '';
    return `${formatTokens(tokens)} tokens${summary.estimated ? ' (est.)' : ''} · ${formatCost(summary.costUsd)}`;
  };

  const statusLine = () => {
    if (!activity) return '';
    const elapsed = formatDuration(now() - activity.startedAt);
    const parts = [`${paint.cyan(spinnerFrames[frame % spinnerFrames.length]!)} ${activity.label} ${paint.dim(elapsed)}`];
    const detail = command ? `$ ${command.command}${command.tail ? ` › ${command.tail}` : ''}` : '';
    const right = meter();
    const budget = terminal.columns - 1 - visibleLength(parts[0]!) - (right ? right.length + 3 : 0) - 3;
    if (detail && budget > 10) parts.push(paint.dim(truncate(detail, budget)));
    if (right) parts.push(paint.dim(right));
    return parts.join(paint.dim(' · '));
  };

  const clearStatus = () => {
    if (statusShown) terminal.write('\r\u001b[2K');
    statusShown = false;
  };
  const drawStatus = () => {
    if (!terminal.interactive) return;
    const line = statusLine();
    if (line === '' && !statusShown) return;
    terminal.write(`\r\u001b[2K${line}`);
    statusShown = line !== '';
  };
  const print = (line: string) => {
    clearStatus();
    terminal.write(`${line}\n`);
    drawStatus();
  };

  const timer = setInterval(() => {
    frame++;
    if (terminal.interactive) {
      drawStatus();
      return;
    }
    // Not a terminal: no redraws, but a long install or build still shows it is alive.
    const since = activity ? now() - Math.max(activity.startedAt, lastProgressAt) : 0;
    if (activity && since >= progressEveryMs) {
      lastProgressAt = now();
      const running = command ? ` · $ ${truncate(command.command, 60)}${command.tail ? ` › ${truncate(command.tail, 80)}` : ''}` : '';
      print(paint.dim(`  … ${activity.label} ${formatDuration(now() - activity.startedAt)}${running}`));
    }
  }, 80);
  timer.unref?.();

  const begin = (label: string) => {
    activity = { label, startedAt: now() };
    lastProgressAt = 0;
    command = undefined;
    drawStatus();
  };
  const end = () => {
    activity = undefined;
    command = undefined;
    clearStatus();
  };
  const took = (startedAt: number | undefined, durationMs?: number) => paint.dim(`(${formatDuration(durationMs ?? (startedAt === undefined ? 0 : now() - startedAt))})`);

  const handlers: { [T in BuildwrightEvent['type']]?: (event: EventOf<T>) => void } = {
    'run.started': (event) => {
      const what = { generate: `Generating ${kindLabels[event.kind]}`, edit: 'Editing the project', check: 'Checking a saved version', resume: 'Resuming the run' }[event.mode];
      print(`${paint.bold(what)}: ${truncate(event.prompt.replace(/\s+/g, ' '), Math.max(20, terminal.columns - what.length - 4))}`);
      print(paint.dim(`  project ${event.projectId} · run ${event.runId}`));
      if (event.mode !== 'resume' && event.mode !== 'check') begin('plan');
    },
    'notice.posted': (event) => print(event.level === 'warn' ? paint.yellow(`⚠ ${event.message}`) : paint.dim(`ℹ ${event.message}`)),
    'llm.retried': (event) => print(paint.yellow(`⚠ model call retried (attempt ${event.attempt}, after ${formatDuration(event.waitMs)}): ${event.message}`)),
    'requirements.created': (event) => {
      const startedAt = activity?.startedAt;
      end();
      const { stories, template } = event.requirements;
      print(`${paint.green('✔')} requirements ${paint.dim(`· ${stories.length} stor${stories.length === 1 ? 'y' : 'ies'}${template ? ` · template ${template}` : ''}`)} ${took(startedAt)}`);
      stories.forEach((story, index) => {
        print(paint.dim(`    ${index + 1}. As ${story.as}, I want ${story.want}`));
        for (const criterion of story.acceptance) print(paint.dim(`       ✓ ${criterion}`));
      });
      begin('plan');
    },
    'plan.created': (event) => {
      const startedAt = activity?.startedAt;
      end();
      print(`${paint.green('✔')} plan ${paint.bold(event.plan.title)} ${paint.dim(`· ${event.plan.steps.length} step${event.plan.steps.length === 1 ? '' : 's'}`)} ${took(startedAt)}`);
      event.plan.steps.forEach((step, index) => {
        stepNumbers.set(step.id, `${index + 1}/${event.plan.steps.length}`);
        stepTitles.set(step.id, step.title);
        print(paint.dim(`    ${index + 1}. ${step.title}`));
      });
    },
    'step.started': (event) => {
      stepTitles.set(event.stepId, event.title);
      stepStarts.set(event.stepId, now());
      begin(`step ${stepNumbers.get(event.stepId) ?? ''} ${event.title}`.replace('  ', ' '));
    },
    'step.completed': (event) => {
      const startedAt = stepStarts.get(event.stepId) ?? activity?.startedAt;
      end();
      print(`${paint.green('✔')} step ${stepNumbers.get(event.stepId) ?? ''} ${stepTitles.get(event.stepId) ?? event.stepId} ${took(startedAt)}`.replace('  ', ' '));
    },
    'file.written': (event) => print(`    ${paint.green('+')} ${event.path} ${paint.dim(formatBytes(event.bytes))}`),
    'file.edited': (event) => print(`    ${paint.yellow('~')} ${event.path} ${paint.dim(`${event.edits} edit${event.edits === 1 ? '' : 's'}`)}`),
    'file.edit_failed': (event) => print(`    ${paint.red('✖')} edit of ${event.path} failed: ${firstLine(event.reason)}`),
    'file.deleted': (event) => print(`    ${paint.red('-')} ${event.path}`),
    'dependency.added': (event) => print(`    ${paint.green('+')} ${event.dev ? 'dev dependency' : 'dependency'} ${event.name}@${event.version}`),
    'command.started': (event) => {
      command = { command: event.command, startedAt: now(), tail: '' };
      drawStatus();
    },
    'command.output': (event) => {
      const line = stripAnsi(event.text)
        .split(/[\r\n]+/)
        .map((part) => part.trim())
        .filter(Boolean)
        .at(-1);
      if (command && line) command.tail = line;
    },
    'command.exited': () => {
      command = undefined;
    },
    'check.started': (event) => {
      checkStarts.set(event.check, now());
      begin(`check ${event.check}`);
    },
    'check.passed': (event) => {
      end();
      print(`${paint.green('✔')} check ${event.check} ${took(undefined, event.durationMs)}`);
    },
    'check.failed': (event) => {
      end();
      print(`${paint.red('✖')} check ${event.check} ${took(undefined, event.durationMs)} ${firstLine(event.report)}`);
      const shown = issuesShown;
      issuesShown = false;
      if (shown) return;
      for (const issue of event.issues.slice(0, 5)) {
        const place = issue.file ? `${issue.file}${issue.line === undefined ? '' : `:${issue.line}${issue.column === undefined ? '' : `:${issue.column}`}`} ` : '';
        print(paint.dim(`    ${place}${firstLine(issue.message)}`));
      }
      if (event.issues.length > 5) print(paint.dim(`    … and ${event.issues.length - 5} more`));
    },
    'check.skipped': (event) => {
      end();
      print(`${paint.yellow('○')} check ${event.check} skipped: ${event.reason}`);
    },
    'fix.started': (event) => {
      print(`${paint.magenta('↻')} fix ${event.attempt}/${maxFixAttempts}: the model fixes the ${event.check} failure`);
      begin(`fix ${event.attempt}/${maxFixAttempts}`);
    },
    'contract.compiled': (event) =>
      print(
        `${paint.green('✔')} compiled ${event.contracts.map((contract) => contract.name).join(', ')}${event.warnings.length ? paint.yellow(` (${event.warnings.length} warning${event.warnings.length === 1 ? '' : 's'})`) : ''}`,
      ),
    'contract.compile_failed': (event) => {
      print(`${paint.red('✖')} contract compile failed`);
      for (const error of event.errors.slice(0, 5)) print(paint.dim(`    ${error.file ?? ''}${error.line === undefined ? '' : `:${error.line}`} ${firstLine(error.message)}`));
    },
    'contract.deployed': (event) => print(`${paint.green('✔')} deployed ${event.name} at ${event.address} on ${event.network}${event.explorerUrl ? ` ${paint.dim(event.explorerUrl)}` : ''}`),
    'api.contract_checked': (event) => {
      for (const line of contractReportLines(event, paint)) print(line);
      issuesShown = !event.passed;
    },
    'preview.ready': (event) => {
      summary.previewUrl = event.url;
      summary.screenshotPath = event.screenshotPath;
      summary.docsUrl = event.docsUrl ?? null;
    },
    usage: (event) => {
      summary.inputTokens += event.inputTokens;
      summary.outputTokens += event.outputTokens;
      summary.costUsd += event.costUsd;
      summary.estimated ||= event.estimated;
      drawStatus();
    },
    'version.created': (event) => {
      summary.version = event.number;
      print(`${paint.green('✔')} version ${paint.bold(String(event.number))} saved ${paint.dim(`· ${event.fileCount} files`)}`);
    },
    'run.completed': (event) => {
      end();
      print('');
      print(`${paint.green(paint.bold('Done.'))} ${lastLine(event.summary)}`);
      if (summary.previewUrl)
        print(`  preview     ${paint.cyan(summary.previewUrl)}${options.servesAfterRun ? '' : paint.dim(` (stops with this command; serve it again: buildwright preview ${event.projectId})`)}`);
      if (summary.docsUrl) print(`  docs        ${paint.cyan(summary.docsUrl)}`);
      if (summary.screenshotPath) print(`  screenshot  ${summary.screenshotPath}`);
      print(`  version     ${event.versionNumber} of project ${event.projectId}`);
      const tokens = meter();
      if (tokens) print(`  usage       ${tokens}`);
    },
    'run.failed': (event) => {
      end();
      print('');
      print(`${paint.red(paint.bold('Run failed'))} ${paint.dim(`[${event.code}]`)}${event.check ? ` in check ${event.check}` : ''}: ${event.message}`);
      if (event.code === 'STORAGE_UNAVAILABLE') print(`  resume it once the database is back: buildwright resume ${event.runId}`);
      const tokens = meter();
      if (tokens) print(paint.dim(`  usage       ${tokens}`));
    },
    'run.cancelled': (event) => {
      end();
      print('');
      print(`${paint.yellow(paint.bold('Run cancelled'))}: ${event.reason}`);
      print(`  resume it with: buildwright resume ${event.runId}`);
    },
  };

  return {
    summary,
    event(event) {
      (handlers[event.type] as ((event: BuildwrightEvent) => void) | undefined)?.(event);
    },
    note: (message) => print(message),
    close() {
      clearInterval(timer);
      end();
    },
  };
}

/** What the human renderer gathered from the events. */
export interface RunSummary {
  previewUrl: string | null;
  screenshotPath: string | null;
  /** The API's interactive docs page, when the run served one. */
  docsUrl: string | null;
  version: number | null;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  estimated: boolean;
}

function lastLine(text: string): string {
  return (
    text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .at(-1)
      ?.trim() ?? ''
  );
}

function visibleLength(text: string): number {
  return stripAnsi(text).length;
}
