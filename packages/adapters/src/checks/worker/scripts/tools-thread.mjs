/**
 * The check worker's tools thread (run inside the sandbox): the type check (typecheck.mjs) and
 * lint (lint.mjs) in one thread, so the worker holds one TypeScript, the one both the type check
 * and typescript-eslint's parser load. Each message `{ id, tool, request }` is answered
 * `{ id, result }` or `{ id, error }`, one at a time, in the order they came.
 */
// Shipped as a string: after editing, run `node packages/adapters/scripts/generate-file-modules.mjs check-worker`.
import { parentPort } from 'node:worker_threads';
import { lint } from './lint.mjs';
import { typecheck } from './typecheck.mjs';

const tools = { typecheck, lint };

let queue = Promise.resolve();
parentPort.on('message', (message) => {
  queue = queue.then(async () => {
    try {
      if (!Object.hasOwn(tools, message.tool)) throw new Error(`unknown tool ${message.tool}`);
      parentPort.postMessage({ id: message.id, result: await tools[message.tool](message.request) });
    } catch (error) {
      parentPort.postMessage({ id: message.id, error: String(error?.stack || error) });
    }
  });
});
