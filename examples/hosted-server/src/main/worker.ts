// A worker process: `npm run worker`. Start as many as you like; SIGTERM hands runs back to the queue.
import { loadConfig } from '../config/config.js';
import { createAppServices } from '../runtime/app-services.js';
import { prepareDatabase } from '../runtime/prepare-database.js';
import { startWorker } from '../runtime/start-worker.js';
import { stopOnSignal } from './stop-on-signal.js';

const services = createAppServices(loadConfig(), { name: 'worker' });
await prepareDatabase({ databaseUrl: services.config.databaseUrl, storage: services.shared.storage, log: (message) => services.logger.debug(message) });
const worker = await startWorker(services);
services.logger.info({ workerId: worker.workerId, metrics: `${worker.url}/metrics` }, 'worker ready');
stopOnSignal(
  async () => {
    await worker.close();
    await services.close();
  },
  (message) => services.logger.info(message),
);
