import type { EventOf } from '@buildwright/core';
import type { Paint } from './terminal.js';

/**
 * An API's contract check (`api.contract_checked`) for people: a heading, one line per operation
 * (`✔`/`✘`, operationId, method, path, valid+invalid requests), and under each operation that broke
 * the spec its first failing request, what was expected and what came back.
 *
 * @example
 * for (const line of contractReportLines(event, createPaint(false))) console.log(line);
 * //   contract of openapi.yaml (seed 1): 6 operations, 21 requests (13 valid, 8 invalid), all as documented
 * //     ✔ createTodo  POST    /todos       4+4
 * //     ✘ getTodo     GET     /todos/{id}  1+0
 * //         request:  GET /todos/8c1f… (example)
 */
export function contractReportLines(event: EventOf<'api.contract_checked'>, paint: Paint): string[] {
  const { operations } = event;
  const valid = operations.reduce((sum, operation) => sum + operation.valid, 0);
  const invalid = operations.reduce((sum, operation) => sum + operation.invalid, 0);
  const failing = operations.filter((operation) => operation.failure !== null).length;
  const width = (pick: (operation: (typeof operations)[number]) => string) => Math.max(0, ...operations.map((operation) => pick(operation).length));
  const [idWidth, methodWidth, pathWidth] = [width((operation) => operation.operationId), width((operation) => operation.method), width((operation) => operation.path)];
  const outcome = failing === 0 ? 'all as documented' : `${failing} not as documented`;
  const lines = [
    `  contract of ${event.specPath} ${paint.dim(`(seed ${event.seed})`)}: ${operations.length} operation${operations.length === 1 ? '' : 's'}, ${valid + invalid} request${valid + invalid === 1 ? '' : 's'} (${valid} valid, ${invalid} invalid), ${outcome}`,
  ];
  for (const operation of operations) {
    const mark = operation.failure ? paint.red('✘') : paint.green('✔');
    lines.push(`    ${mark} ${operation.operationId.padEnd(idWidth)}  ${operation.method.padEnd(methodWidth)}  ${operation.path.padEnd(pathWidth)}  ${operation.valid}+${operation.invalid}`);
    if (operation.failure) {
      lines.push(paint.dim(`        request:  ${operation.failure.request}`), paint.dim(`        expected: ${operation.failure.expected}`), paint.dim(`        actual:   ${operation.failure.actual}`));
    }
  }
  return lines;
}
