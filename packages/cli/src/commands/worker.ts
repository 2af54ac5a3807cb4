import type { Command } from '../cli-io.js';
import { print } from '../cli-io.js';
import { waitForStop } from '../interrupts.js';
import { resolveBuilderOptions } from '../open-builder.js';
import { eventBusFromFlags, queueFromFlags, spareSandboxes } from '../scale-from-flags.js';
import { UsageError } from '../usage-error.js';

/**
 * `buildwright worker --queue redis://… --storage postgres://…`: executes the runs that
 * `buildwright serve --queue` (or any `createBuilder({ queue })`) enqueues, `--concurrency` at once
 * (default 1), with the model and sandbox flags of generate and the checks of every kind. A run
 * of a worker that died is resumed from its checkpoint by another worker. Ctrl-C or SIGTERM
 * stops gracefully: each run goes on to its next checkpoint, gives its lease up and goes back on
 * the queue for another worker (a second Ctrl-C exits at once).
 *
 * @example
 * buildwright worker --queue redis://127.0.0.1:6379 --storage postgres://postgres@127.0.0.1:5432/app --concurrency 2 --llm openai:gpt-4.1-mini
 */
export const workerCommand: Command = async (context) => {
  const { flags } = context.args;
  if (flags.queue === undefined) throw new UsageError('worker needs --queue redis://host:6379: the queue buildwright serve --queue (or createBuilder({ queue })) enqueues runs on.');
  if (!/^postgres(ql)?:\/\//.test(flags.storage ?? '')) {
    throw new UsageError(
      'worker needs --storage postgres://…, the database of the serve process: a PGlite directory is opened by one process at a time, so it cannot be shared between a server and its workers.',
    );
  }
  const queue = (await queueFromFlags(flags))!;
  const eventBus = await eventBusFromFlags(flags).catch(async (error: unknown) => {
    await queue.close();
    throw error;
  });
  const closeScale = () => Promise.allSettled([queue.close(), eventBus?.close()]);
  let resolved: Awaited<ReturnType<typeof resolveBuilderOptions>>;
  try {
    resolved = await resolveBuilderOptions(flags, { everyKind: true });
  } catch (error) {
    await closeScale();
    throw error;
  }
  const { createWorker } = await import('@buildwright/core');
  const concurrency = flags.concurrency ?? 1;
  const worker = createWorker({ ...resolved.options, queue, concurrency, ...(eventBus ? { eventBus } : {}), ...spareSandboxes(flags) });
  print(
    context,
    { type: 'worker.started', workerId: worker.workerId, concurrency, storage: resolved.storageLabel },
    [
      `Buildwright worker ${worker.workerId}: ${concurrency} run(s) at once from the queue`,
      `  storage: ${resolved.storageLabel}`,
      `  model: ${resolved.llmLabel}`,
      '  Ctrl-C stops after each run reaches its next checkpoint.',
    ].join('\n'),
  );
  const signal = await waitForStop();
  if (!flags.json) context.stdout.write(`Stopping (${signal}): runs go back on the queue at their next checkpoint...\n`);
  await worker.close();
  await Promise.allSettled([resolved.options.storage.close(), resolved.options.chain?.close()]);
  await closeScale();
  print(context, { type: 'worker.stopped', workerId: worker.workerId, signal }, 'Stopped.');
  return 0;
};
