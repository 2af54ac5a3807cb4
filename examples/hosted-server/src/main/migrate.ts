// `npm run migrate`: creates or updates the SDK's tables and the example's (hs_*), then exits.
import { postgresStorage } from '@buildwright/adapters/postgres';
import { loadConfig } from '../config/config.js';
import { prepareDatabase } from '../runtime/prepare-database.js';

const config = loadConfig();
const storage = postgresStorage({ connectionString: config.databaseUrl });
await prepareDatabase({ databaseUrl: config.databaseUrl, storage, log: (message) => console.log(message) });
await storage.close();
console.log('migrated');
