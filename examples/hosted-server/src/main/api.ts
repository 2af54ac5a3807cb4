// The API process: `npm run api` (or `node --import tsx src/main/api.ts`). Migrates, then serves.
import { loadConfig } from '../config/config.js';
import { createAppServices } from '../runtime/app-services.js';
import { prepareDatabase } from '../runtime/prepare-database.js';
import { startApi } from '../runtime/start-api.js';
import { stopOnSignal } from './stop-on-signal.js';

const services = createAppServices(loadConfig(), { name: 'api' });
await prepareDatabase({ databaseUrl: services.config.databaseUrl, storage: services.shared.storage, log: (message) => services.logger.debug(message) });
const api = await startApi(services);
services.logger.info({ url: api.url, model: services.config.llm }, 'api listening');
stopOnSignal(
  async () => {
    await api.close();
    await services.close();
  },
  (message) => services.logger.info(message),
);
