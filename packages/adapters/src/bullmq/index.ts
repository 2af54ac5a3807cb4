export { bullmqQueue } from './bullmq-queue.js';
export type { BullmqQueueOptions } from './bullmq-queue.js';
