import type { RunStatus } from '../spec/storage.js';

/** A run that may still store events: executing, queued until a worker takes it, or waiting for its plan's approval. */
export const runInProgress = (status: RunStatus): boolean => status === 'running' || status === 'queued' || status === 'awaiting_approval';
