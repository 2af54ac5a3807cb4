// One process of the two-process event bus test (test use only). Its single argument is a JSON
// BusProcessPlan. It runs a builder on Postgres storage with the plan's event bus (the scripted
// model, paced, and the memory sandbox), starts a generation, prints `RUN <runId>`, and at the
// end `ENDED <completed | error code>`.
import { createBuilder, pacedLlm } from '@buildwright/core';
// The vitest-free doubles (`@buildwright/core/testing` re-exports them beside the vitest suites).
import { memorySandbox, scriptedLlm } from '@buildwright/core/doubles';
import { postgresEventBus, postgresStorage } from '../postgres/index.js';
import { redisEventBus } from '../redis/index.js';
import { longTranscript } from './long-transcript.test-support.js';

export interface BusProcessPlan {
  bus: 'redis' | 'postgres';
  databaseUrl: string;
  redisUrl: string;
  prefix: string;
  ownerId: string;
  steps: number;
  /** pacedLlm's delay per model call (ms). */
  delayMs: number;
}

const plan = JSON.parse(process.argv[2]!) as BusProcessPlan;
const eventBus = plan.bus === 'redis' ? redisEventBus({ url: plan.redisUrl, prefix: plan.prefix }) : postgresEventBus({ connectionString: plan.databaseUrl, prefix: plan.prefix });
const builder = createBuilder({
  llm: pacedLlm(scriptedLlm({ transcript: longTranscript(plan.steps) }), plan.delayMs),
  sandbox: memorySandbox(),
  storage: postgresStorage({ connectionString: plan.databaseUrl }),
  eventBus,
});
const run = builder.generate({ prompt: 'some pages', ownerId: plan.ownerId });
process.stdout.write(`RUN ${run.runId}\n`);
const outcome = await run.result.then(
  () => 'completed',
  (error: { code?: string }) => error.code ?? 'unknown',
);
process.stdout.write(`ENDED ${outcome}\n`);
await builder.close();
