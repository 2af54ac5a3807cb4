export { postgresEventBus } from './postgres-event-bus.js';
export type { PostgresEventBusOptions } from './postgres-event-bus.js';
export { postgresStorage } from './postgres-storage.js';
export type { PostgresStorageOptions } from './postgres-storage.js';
